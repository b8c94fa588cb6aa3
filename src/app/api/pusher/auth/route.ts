import { isConversationParticipant } from "@/features/messaging/server";
import { loadSessionUser } from "@/server/api/trpc";
import { auth } from "@/server/auth";
import { db } from "@/server/db";
import { authorizeChannel, channelAuthForm } from "@/server/realtime/authorize";

/**
 * pusher-js channel authorisation (`channelAuthorization.endpoint`): signs a subscription to a
 * private or presence channel only for those allowed in (see `authorizeChannel`): a person's own
 * channel, a conversation's participants, a workshop's staff. 200 `{ auth, channel_data? }`, else 403.
 */
export async function POST(req: Request): Promise<Response> {
  const session = await auth();
  const user = await loadSessionUser(db, session?.user?.id);
  const body = await req.formData().catch(() => null);
  const parsed = channelAuthForm.safeParse(body ? Object.fromEntries(body) : null);
  if (!parsed.success) return Response.json({ error: "invalid_request" }, { status: 400 });
  const result = await authorizeChannel(db, user, parsed.data.socket_id, parsed.data.channel_name, {
    conversation: isConversationParticipant,
  });
  return Response.json(result.body, { status: result.status, headers: { "Cache-Control": "no-store" } });
}

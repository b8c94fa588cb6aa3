import { recordPresenceEvents } from "@/features/messaging/server";
import { db } from "@/server/db";
import { verifyWebhookPayload } from "@/server/realtime";

/**
 * Webhooks from the realtime server (soketi locally, Pusher Channels in production): channel
 * occupied/vacated and presence member added/removed, signed with the app secret. They keep who is
 * online and when they were last seen. 401 when the signature does not match; 200 otherwise.
 */
export async function POST(req: Request): Promise<Response> {
  const rawBody = await req.text();
  const payload = verifyWebhookPayload({ headers: req.headers, rawBody });
  if (!payload) return Response.json({ error: "invalid_signature" }, { status: 401 });
  await recordPresenceEvents(
    db,
    payload.events.map((e) => ({ name: e.name, channel: e.channel, user_id: "user_id" in e ? e.user_id : undefined })),
    payload.timeMs,
  );
  return Response.json({ ok: true });
}

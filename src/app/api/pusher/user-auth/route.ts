import { z } from "zod";
import { loadSessionUser } from "@/server/api/trpc";
import { auth } from "@/server/auth";
import { db } from "@/server/db";
import { SOCKET_ID, authenticateUser } from "@/server/realtime";

const form = z.object({ socket_id: z.string().regex(SOCKET_ID) });

/**
 * pusher-js user authentication (`pusher.signin()`, `userAuthentication.endpoint`): signs the
 * connection `socket_id` (form-encoded POST) as the signed-in user, so the realtime server knows
 * who holds it (Pusher: "Authenticating users").
 *
 * 200 `{ auth, user_data }` with `user_data` = `{ id, user_info: { name, role } }`; 401 when signed
 * out or the account is gone; 400 on a malformed form.
 */
export async function POST(req: Request): Promise<Response> {
  const session = await auth();
  const user = await loadSessionUser(db, session?.user?.id);
  if (!user) return Response.json({ error: "signed_out" }, { status: 401 });
  const body = await req.formData().catch(() => null);
  const parsed = form.safeParse(body ? Object.fromEntries(body) : null);
  if (!parsed.success) return Response.json({ error: "invalid_request" }, { status: 400 });
  const signature = authenticateUser(parsed.data.socket_id, { id: user.id, user_info: { name: user.name ?? "", role: user.role } });
  return Response.json(signature, { headers: { "Cache-Control": "no-store" } });
}

import { env } from "@/env";
import { handleChat, offlineModel, type ChatDeps } from "@/features/diagnosis/server";
import { configuredModel } from "@/server/ai";
import { clientIp, loadSessionUser } from "@/server/api/trpc";
import { auth } from "@/server/auth";
import { db } from "@/server/db";
import { hashGuestToken, readGuestToken } from "@/server/guest";

let deps: ChatDeps | undefined;

/** The chat's dependencies from the environment (OPENAI_API_KEY / OPENAI_BASE_URL / OPENAI_MODEL / AI_TIMEOUT_MS). */
function chatDeps(): ChatDeps {
  deps ??= { db, configured: configuredModel(env), offline: offlineModel(), timeoutMs: env.AI_TIMEOUT_MS };
  return deps;
}

/** The AI mechanic's answers, streamed as an AI SDK UI message stream (see `handleChat`). */
export async function POST(req: Request): Promise<Response> {
  const session = await auth();
  const user = await loadSessionUser(db, session?.user?.id);
  const token = readGuestToken(req.headers);
  const body: unknown = await req.json().catch(() => null);
  return handleChat(chatDeps(), { user, guestTokenHash: token ? hashGuestToken(token) : null, ip: clientIp(req.headers) }, body);
}

import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { z } from "zod";
import { participantOf, saveUpload } from "@/features/messaging/server";
import { AppError, isAppError } from "@/lib/errors";
import { loadSessionUser } from "@/server/api/trpc";
import { auth } from "@/server/auth";
import { db } from "@/server/db";

/** A little over 5 MB of file plus the form's own bytes; bigger bodies are refused before parsing. */
const MAX_BODY_BYTES = 5 * 1024 * 1024 + 64 * 1024;

const fields = z.object({ conversationId: z.uuid() });

/** An error as the composer shows it: the i18n key and its parameters, with tRPC's status for its code. */
function failure(error: AppError) {
  const status = getHTTPStatusCodeFromError(new TRPCError({ code: error.code, message: error.message }));
  return Response.json({ error: error.message, params: error.params ?? null }, { status });
}

/**
 * Uploads a chat attachment (multipart: `file`, `conversationId`) for a participant of the
 * conversation; it is sent as a message afterwards with `messaging.send({ type: "attachment" })`.
 * 200 → `AttachmentView`; 4xx → `{ error: i18n key, params }` (too large, wrong type, not a participant, rate limited).
 */
export async function POST(req: Request): Promise<Response> {
  try {
    const session = await auth();
    const user = await loadSessionUser(db, session?.user?.id);
    if (!user) throw new AppError("UNAUTHORIZED", "errors.unauthorized");
    const length = Number(req.headers.get("content-length") ?? 0);
    if (length > MAX_BODY_BYTES) throw new AppError("BAD_REQUEST", "errors.messaging.attachmentTooLarge", { maxMb: 5 });
    const form = await req.formData().catch(() => null);
    const file = form?.get("file");
    const parsed = fields.safeParse({ conversationId: form?.get("conversationId") });
    if (!form || !parsed.success || !(file instanceof File)) throw new AppError("BAD_REQUEST", "errors.validation");
    if (file.size > MAX_BODY_BYTES) throw new AppError("BAD_REQUEST", "errors.messaging.attachmentTooLarge", { maxMb: 5 });
    const participant = await participantOf(db, user, parsed.data.conversationId);
    const view = await saveUpload(db, participant, { data: Buffer.from(await file.arrayBuffer()), name: file.name });
    return Response.json(view);
  } catch (error) {
    if (isAppError(error)) return failure(error);
    console.error("Attachment upload failed:", error);
    return Response.json({ error: "errors.internal", params: null }, { status: 500 });
  }
}

import { z } from "zod";
import { readAttachment } from "@/features/messaging/server";
import { isAppError } from "@/lib/errors";
import { loadSessionUser } from "@/server/api/trpc";
import { auth } from "@/server/auth";
import { db } from "@/server/db";

const id = z.uuid();

/**
 * A chat attachment's bytes (`?variant=thumb` for an image's preview), only for participants of its
 * conversation; 404 for everyone else. Served with its checked type, never sniffed, inside a CSP
 * sandbox (PDFs as downloads), and cached privately (the URL never changes content).
 */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const attachmentId = id.safeParse((await params).id);
  if (!attachmentId.success) return new Response("Not found", { status: 404 });
  const variant = new URL(req.url).searchParams.get("variant") === "thumb" ? "thumb" : "full";
  try {
    const session = await auth();
    const user = await loadSessionUser(db, session?.user?.id);
    const file = await readAttachment(db, user, attachmentId.data, variant);
    // Images show inline; PDFs (stored as uploaded, so possibly hostile) are downloaded, never rendered by us.
    const disposition = file.mime.startsWith("image/") ? "inline" : "attachment";
    return new Response(new Uint8Array(file.data), {
      headers: {
        "content-type": file.mime,
        "content-length": String(file.data.length),
        "content-disposition": `${disposition}; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        "x-content-type-options": "nosniff",
        "content-security-policy": "sandbox; default-src 'none'; img-src 'self'",
        "cache-control": "private, max-age=31536000, immutable",
      },
    });
  } catch (error) {
    if (isAppError(error)) return new Response("Not found", { status: 404 });
    throw error;
  }
}

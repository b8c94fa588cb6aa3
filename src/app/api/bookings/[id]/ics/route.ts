import { calendarFileFor } from "@/features/bookings/server";
import { getLocale } from "next-intl/server";
import { auth } from "@/server/auth";
import { db } from "@/server/db";

/**
 * GET: a booking's calendar file (.ics, METHOD:PUBLISH, same UID/SEQUENCE as the e-mailed invites)
 * for its customer or its workshop's staff. 401 signed out; 404 for anyone else or an unknown id.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const session = await auth();
  if (!session?.user) return Response.json({ error: "errors.unauthorized" }, { status: 401 });
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) return Response.json({ error: "errors.bookings.notFound" }, { status: 404 });
  const file = await calendarFileFor(db, session.user.id, await getLocale(), id);
  if (!file) return Response.json({ error: "errors.bookings.notFound" }, { status: 404 });
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

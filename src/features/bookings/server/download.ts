import "server-only";
import { and, eq, or, sql } from "drizzle-orm";
import { env } from "@/env";
import type { DbOrTx } from "@/server/db";
import { bookings, workshopMembers } from "@/server/db/schema";
import { bookingCalendarFile, type BookingCalendarFile } from "./ics";
import { loadBookingSnapshot } from "./notify";

/**
 * The .ics file of a booking for its customer or its workshop's staff ("Add to calendar"), with
 * descriptions in `locale` and a link back to the booking's page for that person.
 * @returns null when the booking does not exist or the person may not see it (the route answers 404).
 */
export async function calendarFileFor(db: DbOrTx, userId: string, locale: string, bookingId: string): Promise<BookingCalendarFile | null> {
  const [access] = await db
    .select({ customer: sql<boolean>`${bookings.customerId} = ${userId}::uuid`, workshopId: bookings.workshopId })
    .from(bookings)
    .where(
      and(
        eq(bookings.id, bookingId),
        or(
          eq(bookings.customerId, userId),
          sql`exists (select 1 from ${workshopMembers} where ${workshopMembers.workshopId} = ${bookings.workshopId} and ${workshopMembers.userId} = ${userId}::uuid)`,
        ),
      ),
    );
  if (!access) return null;
  const snapshot = await loadBookingSnapshot(db, bookingId);
  if (!snapshot) return null;
  const url = access.customer
    ? `${env.APP_URL}/bookings/${bookingId}`
    : `${env.APP_URL}/dashboard/${access.workshopId}/bookings/${bookingId}`;
  return bookingCalendarFile(snapshot.booking, { workshop: snapshot.workshop, locale, url });
}

import "server-only";
import { addDays } from "date-fns";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { DbOrTx } from "@/server/db";
import {
  bayBlocks,
  bookings,
  workshopBays,
  workshopBookingSettings,
  workshopDateOverrides,
  workshopOpeningHours,
  workshopServices,
  workshops,
  type OverrideInterval,
} from "@/server/db/schema";
import { ACTIVE_BOOKING_STATUSES, BOOKING_DEFAULTS } from "../constants";
import { computeSlots, zonedTime, type BusyRange, type DaySlots } from "../slots";

export type BookingSettings = {
  slotIntervalMinutes: number;
  minNoticeMinutes: number;
  horizonDays: number;
  cancellationNoticeMinutes: number;
  autoConfirm: boolean;
};

/** A workshop's booking rules, or the defaults when it never set them. */
export async function settingsOf(db: DbOrTx, workshopId: string): Promise<BookingSettings> {
  const [row] = await db.select().from(workshopBookingSettings).where(eq(workshopBookingSettings.workshopId, workshopId));
  if (!row) return { ...BOOKING_DEFAULTS };
  return {
    slotIntervalMinutes: row.slotIntervalMinutes,
    minNoticeMinutes: row.minNoticeMinutes,
    horizonDays: row.horizonDays,
    cancellationNoticeMinutes: row.cancellationNoticeMinutes,
    autoConfirm: row.autoConfirm,
  };
}

export type BookableService = typeof workshopServices.$inferSelect;

/**
 * An active service of an active workshop, with the workshop's zone.
 * @throws AppError NOT_FOUND `errors.bookings.serviceNotFound`.
 */
export async function bookableService(db: DbOrTx, workshopId: string, serviceId: string) {
  const [row] = await db
    .select({
      service: workshopServices,
      workshop: { id: workshops.id, name: workshops.name, timeZone: workshops.timeZone, status: workshops.status },
    })
    .from(workshopServices)
    .innerJoin(workshops, eq(workshops.id, workshopServices.workshopId))
    .where(and(eq(workshopServices.id, serviceId), eq(workshopServices.workshopId, workshopId)));
  if (!row || !row.service.active || row.workshop.status !== "active") throw new AppError("NOT_FOUND", "errors.bookings.serviceNotFound");
  return row;
}

type AvailabilityRow = {
  settings: [number, number, number, number, boolean] | null;
  bays: string[];
  hours: [number, number, number][];
  overrides: [string, OverrideInterval[]][];
  blocks: [string | null, number, number][];
  taken: [string, number, number][];
};

export type SlotQuery = {
  workshopId: string;
  timeZone: string;
  service: Pick<BookableService, "durationMinutes" | "bufferBeforeMinutes" | "bufferAfterMinutes">;
  /** Local dates, inclusive. */
  from: string;
  to: string;
  now: Date;
  /** A booking being moved: it does not block itself. */
  excludeBookingId?: string;
  /** Staff moving a booking may place it inside the notice period and past the horizon (never in the past). */
  ignoreNoticeAndHorizon?: boolean;
};

/**
 * Free start times of a service on local dates `from`..`to`: reads the workshop's hours, date
 * overrides, active bays, blocks and active bookings (each widened by its own buffers, as stored in
 * `occupied_from/until`) and runs the pure `computeSlots`. Times are UTC instants. Also returns the
 * workshop's booking rules it read, so callers need not read them again.
 */
export async function slotsFor(db: DbOrTx, q: SlotQuery): Promise<{ days: DaySlots[]; bayIds: string[]; settings: BookingSettings }> {
  // Everything that can touch the local dates, with a day's margin for zone offsets and buffers.
  const windowStart = addDays(zonedTime(q.from, 0, q.timeZone), -1);
  const windowEnd = addDays(zonedTime(q.to, 0, q.timeZone), 2);
  // One round trip for everything (six queries in parallel cost six on a busy pool).
  const statuses = sql.join(
    ACTIVE_BOOKING_STATUSES.map((st) => sql`${st}::booking_status`),
    sql`, `,
  );
  const epochMs = (column: SQL) => sql`(extract(epoch from ${column}) * 1000)::bigint`;
  const [row] = await db.execute<AvailabilityRow>(sql`
    select
      (select json_build_array(slot_interval_minutes, min_notice_minutes, horizon_days, cancellation_notice_minutes, auto_confirm)
        from ${workshopBookingSettings} where workshop_id = ${q.workshopId}) as settings,
      coalesce((select json_agg(id order by position, name) from ${workshopBays}
        where workshop_id = ${q.workshopId} and active), '[]') as bays,
      coalesce((select json_agg(json_build_array(weekday, opens_at, closes_at)) from ${workshopOpeningHours}
        where workshop_id = ${q.workshopId}), '[]') as hours,
      coalesce((select json_agg(json_build_array(to_char(date, 'YYYY-MM-DD'), intervals)) from ${workshopDateOverrides}
        where workshop_id = ${q.workshopId} and date between ${q.from}::date and ${q.to}::date), '[]') as overrides,
      coalesce((select json_agg(json_build_array(bay_id, ${epochMs(sql`starts_at`)}, ${epochMs(sql`ends_at`)})) from ${bayBlocks}
        where workshop_id = ${q.workshopId} and starts_at < ${windowEnd.toISOString()}::timestamptz
          and ends_at > ${windowStart.toISOString()}::timestamptz), '[]') as blocks,
      coalesce((select json_agg(json_build_array(bay_id, ${epochMs(sql`occupied_from`)}, ${epochMs(sql`occupied_until`)})) from ${bookings}
        where workshop_id = ${q.workshopId} and status in (${statuses})
          and occupied_from < ${windowEnd.toISOString()}::timestamptz and occupied_until > ${windowStart.toISOString()}::timestamptz
          and id <> ${q.excludeBookingId ?? "00000000-0000-0000-0000-000000000000"}::uuid), '[]') as taken`);
  const settings: BookingSettings = row?.settings
    ? {
        slotIntervalMinutes: row.settings[0],
        minNoticeMinutes: row.settings[1],
        horizonDays: row.settings[2],
        cancellationNoticeMinutes: row.settings[3],
        autoConfirm: row.settings[4],
      }
    : { ...BOOKING_DEFAULTS };
  const bays = (row?.bays ?? []).map((id) => ({ id }));
  const hours = (row?.hours ?? []).map(([weekday, opensAt, closesAt]) => ({ weekday, opensAt, closesAt }));
  const overrides = (row?.overrides ?? []).map(([date, intervals]) => ({ date, intervals }));
  const toBusy = ([bayId, from, until]: [string | null, number, number]): BusyRange => ({
    bayId,
    from: new Date(Number(from)),
    until: new Date(Number(until)),
  });
  const blocks = (row?.blocks ?? []).map(toBusy);
  const taken = (row?.taken ?? []).map(toBusy);
  const bayIds = bays.map((b) => b.id);
  const busy: BusyRange[] = [...blocks, ...taken];
  const days = computeSlots({
    timeZone: q.timeZone,
    weeklyHours: hours,
    overrides,
    bayIds,
    busy,
    durationMinutes: q.service.durationMinutes,
    bufferBeforeMinutes: q.service.bufferBeforeMinutes,
    bufferAfterMinutes: q.service.bufferAfterMinutes,
    slotIntervalMinutes: settings.slotIntervalMinutes,
    minNoticeMinutes: q.ignoreNoticeAndHorizon ? 0 : settings.minNoticeMinutes,
    horizonDays: q.ignoreNoticeAndHorizon ? 3650 : settings.horizonDays,
    now: q.now,
    from: q.from,
    to: q.to,
  });
  return { days, bayIds, settings };
}

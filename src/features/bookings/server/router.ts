import "server-only";
import { TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import {
  createTRPCRouter,
  customerProcedure,
  protectedProcedure,
  publicProcedure,
  workshopOwnerProcedure,
  workshopProcedure,
} from "@/server/api/trpc";
import { bookings } from "@/server/db/schema";
import {
  blockInput,
  bookingIdInput,
  calendarInput,
  cancelInput,
  createBayInput,
  createBookingInput,
  moveInput,
  myBookingsInput,
  proposeInput,
  removeBlockInput,
  removeOverrideInput,
  rescheduleInput,
  respondToProposalInput,
  setOverrideInput,
  setStatusInput,
  slotsInput,
  staffBookingInput,
  staffCancelInput,
  updateBayInput,
  updateSettingsInput,
} from "../schemas";
import { localDate } from "../slots";
import { bookableService, settingsOf, slotsFor } from "./availability";
import { proposeBooking, respondToProposal } from "./proposals";
import { bookingDetail, bookingPage, calendarOf, myBookings, pendingCount, pendingRequests, servicesForStaff } from "./queries";
import { cancelBooking, confirmBooking, setBookingStatus } from "./lifecycle";
import { createBooking, rescheduleBooking, toSlotView } from "./service";
import {
  createBay,
  createBlock,
  listBays,
  listOverrides,
  removeBlock,
  removeOverride,
  saveSettings,
  setOverride,
  updateBay,
} from "./settings";

/**
 * Staff side: the calendar, requests, actions on bookings, and the workshop's booking settings.
 * Every procedure is scoped by the caller's membership (`workshopProcedure`): a member of another
 * workshop gets FORBIDDEN, a booking of another workshop NOT_FOUND `errors.bookings.notFound`.
 * Settings (rules, bays, overrides) are for owners (`errors.ownerOnly`); blocks and bookings for all staff.
 */
const staffRouter = createTRPCRouter({
  /** `{ workshopId, from, to }` (local dates, ≤ 31 days) → bays, bookings, blocks, hours, overrides, requests. */
  calendar: workshopProcedure
    .input(calendarInput)
    .query(({ ctx, input }) => calendarOf(ctx.db, ctx.workshop.id, ctx.workshop.timeZone, input.from, input.to)),
  /** Requests waiting for an answer, soonest first. */
  requests: workshopProcedure.query(({ ctx }) => pendingRequests(ctx.db, ctx.workshop.id)),
  /** `{ count }` of requests waiting (navigation badge). */
  pendingCount: workshopProcedure.query(async ({ ctx }) => ({ count: await pendingCount(ctx.db, ctx.workshop.id) })),
  /** One booking with vehicle, diagnosis, history and customer contact. */
  byId: workshopProcedure
    .input(staffBookingInput)
    .query(({ ctx, input }) => bookingDetail(ctx.db, { side: "workshop", workshopId: ctx.workshop.id }, input.bookingId)),
  /** requested → confirmed. CONFLICT `errors.bookings.notPending` when already answered. */
  confirm: workshopProcedure
    .input(staffBookingInput)
    .mutation(({ ctx, input }) => confirmBooking(ctx.db, ctx.workshop.id, ctx.user.id, input.bookingId)),
  /** Declines a request or cancels a confirmed visit; `reason` (required) is shown to the customer. */
  cancel: workshopProcedure
    .input(staffCancelInput)
    .mutation(({ ctx, input }) =>
      cancelBooking(ctx.db, { side: "workshop", userId: ctx.user.id, workshopId: ctx.workshop.id }, input.bookingId, input.reason),
    ),
  /** Moves a booking to `startsAt` (UTC), optionally onto `bayId`; `{ ok: false, reason: "slot_taken", slots }` when not free. */
  move: workshopProcedure
    .input(moveInput)
    .mutation(({ ctx, input }) =>
      rescheduleBooking(
        ctx.db,
        { side: "workshop", userId: ctx.user.id, workshopId: ctx.workshop.id, ...(input.bayId ? { bayId: input.bayId } : {}) },
        input.bookingId,
        input.startsAt,
      ),
    ),
  /** confirmed → in_progress / completed / no_show; in_progress → completed. CONFLICT `errors.bookings.badTransition`. */
  setStatus: workshopProcedure
    .input(setStatusInput)
    .mutation(({ ctx, input }) => setBookingStatus(ctx.db, ctx.workshop.id, ctx.user.id, input.bookingId, input.status)),
  /** Free starts for moving a booking (notice and horizon do not apply to staff); `{ workshopId, bookingId, date }`. */
  moveSlots: workshopProcedure
    .input(z.object({ bookingId: z.uuid({ error: "validation.invalid" }), date: z.iso.date({ error: "validation.bookings.date" }) }))
    .query(async ({ ctx, input }) => {
      const [b] = await ctx.db
        .select({ serviceId: bookings.serviceId })
        .from(bookings)
        .where(and(eq(bookings.id, input.bookingId), eq(bookings.workshopId, ctx.workshop.id)));
      if (!b?.serviceId) throw new TRPCError({ code: "NOT_FOUND", message: "errors.bookings.notFound" });
      const { service, workshop } = await bookableService(ctx.db, ctx.workshop.id, b.serviceId);
      const { days } = await slotsFor(ctx.db, {
        workshopId: workshop.id,
        timeZone: workshop.timeZone,
        service,
        from: input.date,
        to: input.date,
        now: new Date(),
        excludeBookingId: input.bookingId,
        ignoreNoticeAndHorizon: true,
      });
      return (days[0]?.slots ?? []).map(toSlotView);
    }),
  /** Blocks time on a bay (or all bays with `bayId: null`). CONFLICT `errors.bookings.blockOverlaps` over active bookings. */
  block: workshopProcedure.input(blockInput).mutation(({ ctx, input }) =>
    createBlock(ctx.db, ctx.workshop.id, ctx.user.id, {
      bayId: input.bayId,
      startsAt: new Date(input.startsAt),
      endsAt: new Date(input.endsAt),
      reason: input.reason,
    }),
  ),
  unblock: workshopProcedure.input(removeBlockInput).mutation(({ ctx, input }) => removeBlock(ctx.db, ctx.workshop.id, input.blockId)),
  /** Settings page: rules, bays, upcoming overrides, services with durations and buffers. */
  settings: workshopProcedure.query(async ({ ctx }) => {
    const today = localDate(new Date(), ctx.workshop.timeZone);
    const [settings, bays, overrides, services] = await Promise.all([
      settingsOf(ctx.db, ctx.workshop.id),
      listBays(ctx.db, ctx.workshop.id),
      listOverrides(ctx.db, ctx.workshop.id, today),
      servicesForStaff(ctx.db, ctx.workshop.id),
    ]);
    return { timeZone: ctx.workshop.timeZone, settings, bays, overrides, services };
  }),
  updateSettings: workshopOwnerProcedure
    .input(updateSettingsInput)
    .mutation(({ ctx, input }) => saveSettings(ctx.db, ctx.workshop.id, input.settings)),
  createBay: workshopOwnerProcedure.input(createBayInput).mutation(({ ctx, input }) => createBay(ctx.db, ctx.workshop.id, input.name)),
  updateBay: workshopOwnerProcedure
    .input(updateBayInput)
    .mutation(({ ctx, input }) => updateBay(ctx.db, ctx.workshop.id, input.bayId, { name: input.name, active: input.active })),
  setOverride: workshopOwnerProcedure
    .input(setOverrideInput)
    .mutation(({ ctx, input }) => setOverride(ctx.db, ctx.workshop.id, input.date, input.intervals, input.note)),
  removeOverride: workshopOwnerProcedure
    .input(removeOverrideInput)
    .mutation(({ ctx, input }) => removeOverride(ctx.db, ctx.workshop.id, input.date)),
});

/**
 * Bookings (seed 000 calendar phase, seed 003 appointments). Customers see and change only their
 * own bookings (anyone else's is NOT_FOUND `errors.bookings.notFound`); free times are public.
 * A time taken by someone else a moment ago is a normal answer (`{ ok: false, reason: "slot_taken",
 * date, slots }` with fresh times), never an error.
 */
export const bookingsRouter = createTRPCRouter({
  /**
   * Booking page data by workshop slug: workshop, services, policy, and — signed in as a customer —
   * their vehicles and the newest diagnosis of `diagnosisSessionId` (their own only) to attach.
   */
  page: publicProcedure
    .input(z.object({ slug: z.string().trim().min(1).max(80), diagnosisSessionId: z.uuid().optional() }))
    .query(({ ctx, input }) =>
      bookingPage(ctx.db, input.slug, ctx.user?.role === "customer" ? ctx.user.id : null, input.diagnosisSessionId),
    ),
  /**
   * Free start times: `{ workshopId, serviceId, from, to, excludeBookingId? }` → `[{ date, slots: [{ startsAt, endsAt, freeBays }] }]`
   * (UTC ISO). `excludeBookingId` is honoured only for its own customer (rescheduling).
   */
  slots: publicProcedure.input(slotsInput).query(async ({ ctx, input }) => {
    const { service, workshop } = await bookableService(ctx.db, input.workshopId, input.serviceId);
    let excludeBookingId: string | undefined;
    if (input.excludeBookingId && ctx.user) {
      const [own] = await ctx.db
        .select({ id: bookings.id })
        .from(bookings)
        .where(and(eq(bookings.id, input.excludeBookingId), eq(bookings.customerId, ctx.user.id)));
      excludeBookingId = own?.id;
    }
    const { days } = await slotsFor(ctx.db, {
      workshopId: workshop.id,
      timeZone: workshop.timeZone,
      service,
      from: input.from,
      to: input.to,
      now: new Date(),
      ...(excludeBookingId ? { excludeBookingId } : {}),
    });
    return days.map((d) => ({ date: d.date, slots: d.slots.map(toSlotView) }));
  }),
  /** A customer books: see `createBooking` (idempotent on `idempotencyKey`). */
  create: customerProcedure.input(createBookingInput).mutation(({ ctx, input }) => createBooking(ctx.db, ctx.user, input)),
  /** `{ when: "upcoming" | "past" }` → the caller's bookings. */
  mine: customerProcedure.input(myBookingsInput).query(({ ctx, input }) => myBookings(ctx.db, ctx.user.id, input.when)),
  /** One of the caller's bookings in full, with the policy deadline. */
  byId: customerProcedure
    .input(bookingIdInput)
    .query(({ ctx, input }) => bookingDetail(ctx.db, { side: "customer", userId: ctx.user.id }, input.bookingId)),
  /** The customer moves their booking (until the policy deadline). FORBIDDEN `errors.bookings.tooLate`. */
  reschedule: customerProcedure
    .input(rescheduleInput)
    .mutation(({ ctx, input }) => rescheduleBooking(ctx.db, { side: "customer", userId: ctx.user.id }, input.bookingId, input.startsAt)),
  /** The customer cancels (until the policy deadline); `reason` optional. FORBIDDEN `errors.bookings.tooLate`. */
  cancel: customerProcedure
    .input(cancelInput)
    .mutation(({ ctx, input }) => cancelBooking(ctx.db, { side: "customer", userId: ctx.user.id }, input.bookingId, input.reason)),
  /** Staff propose a visit in a conversation (a `booking` message). */
  propose: protectedProcedure.input(proposeInput).mutation(({ ctx, input }) => proposeBooking(ctx.db, ctx.user, input)),
  /** The customer accepts (books, confirmed) or declines a proposal. */
  respondToProposal: protectedProcedure
    .input(respondToProposalInput)
    .mutation(({ ctx, input }) => respondToProposal(ctx.db, ctx.user, input)),
  staff: staffRouter,
});

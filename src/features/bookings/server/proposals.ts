import "server-only";
import { addMinutes } from "date-fns";
import { and, desc, eq } from "drizzle-orm";
import { lockPendingProposal, publishProposal, sendProposal, settleProposal, participantOf } from "@/features/messaging/server";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/server/api/trpc";
import type { DbOrTx } from "@/server/db";
import { vehicles } from "@/server/db/schema";
import type { z } from "zod";
import type { proposeInput, respondToProposalInput } from "../schemas";
import { localDate } from "../slots";
import { bookableService, slotsFor } from "./availability";
import { createBooking, toSlotView, type BookingAttempt } from "./service";

/**
 * Staff propose a visit in a conversation: a service of their workshop at a start time it offers
 * now. Sent as a `booking` message the customer can accept in one tap.
 * @returns the message, or `{ ok: false, reason: "slot_taken", … }` when the time is not free.
 * @throws messaging's errors (NOT_FOUND, staff only, closed, rate limit); NOT_FOUND `errors.bookings.serviceNotFound`.
 */
export async function proposeBooking(db: DbOrTx, user: SessionUser, input: z.infer<typeof proposeInput>, now = new Date()) {
  const participant = await participantOf(db, user, input.conversationId);
  if (participant.side !== "workshop") throw new AppError("FORBIDDEN", "errors.messaging.staffOnly");
  const { service, workshop } = await bookableService(db, participant.conversation.workshopId, input.serviceId);
  const startsAt = new Date(input.startsAt);
  const date = localDate(startsAt, workshop.timeZone);
  const { days } = await slotsFor(db, { workshopId: workshop.id, timeZone: workshop.timeZone, service, from: date, to: date, now });
  const slots = days[0]?.slots ?? [];
  if (!slots.some((s) => s.startsAt.getTime() === startsAt.getTime())) {
    return { ok: false as const, reason: "slot_taken" as const, date, slots: slots.map(toSlotView) };
  }
  const sent = await sendProposal(db, user, {
    conversationId: input.conversationId,
    clientId: input.clientId,
    proposal: {
      serviceId: service.id,
      serviceName: service.name,
      startsAt: startsAt.toISOString(),
      endsAt: addMinutes(startsAt, service.durationMinutes).toISOString(),
      ...(input.note ? { note: input.note } : {}),
    },
  });
  return { ok: true as const, message: sent.message };
}

/**
 * The customer answers a proposal. Accepting books it (confirmed at once: the workshop offered the
 * time) for their chosen vehicle, or their default one; declining only records the answer.
 * The proposal row stays locked while the booking is written, so a double tap books once.
 * @returns `{ ok: true, booking | null }` or `{ ok: false, reason: "slot_taken", … }` (proposal stays open).
 * @throws AppError NOT_FOUND `errors.messaging.proposalNotFound` / `errors.bookings.vehicleNotFound`;
 *   CONFLICT `errors.messaging.proposalAnswered`; FORBIDDEN `errors.messaging.customerOnly`.
 */
export async function respondToProposal(
  db: DbOrTx,
  user: SessionUser,
  input: z.infer<typeof respondToProposalInput>,
  now = new Date(),
): Promise<BookingAttempt | { ok: true; booking: null; duplicate: false }> {
  if (!input.accept) {
    await db.transaction(async (tx) => {
      await lockPendingProposal(tx, user, input.messageId);
      await settleProposal(tx, input.messageId, false, null);
    });
    await publishProposal(db, input.messageId);
    return { ok: true, booking: null, duplicate: false };
  }
  // Read (with a clear error) before booking; locked again inside the booking's transaction.
  const { proposal, conversation } = await db.transaction((tx) => lockPendingProposal(tx, user, input.messageId));
  const [vehicle] = await db
    .select({ id: vehicles.id })
    .from(vehicles)
    .where(and(eq(vehicles.ownerId, user.id), input.vehicleId ? eq(vehicles.id, input.vehicleId) : undefined))
    .orderBy(desc(vehicles.isDefault))
    .limit(1);
  if (!vehicle) throw new AppError("NOT_FOUND", "errors.bookings.vehicleNotFound");
  const result = await createBooking(
    db,
    user,
    {
      workshopId: conversation.workshopId,
      serviceId: proposal.serviceId,
      vehicleId: vehicle.id,
      startsAt: proposal.startsAt,
      notes: proposal.note ?? "",
      // One booking per proposal, however often it is tapped.
      idempotencyKey: `proposal-${input.messageId}`,
    },
    now,
    {
      confirmed: true,
      conversationId: conversation.id,
      within: async (tx, booking) => {
        await lockPendingProposal(tx, user, input.messageId);
        await settleProposal(tx, input.messageId, true, booking.id);
      },
    },
  );
  if (result.ok) await publishProposal(db, input.messageId);
  return result;
}

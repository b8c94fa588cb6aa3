import "server-only";
import { createTRPCRouter, customerProcedure, publicProcedure, type TRPCContext } from "@/server/api/trpc";
import { AppError } from "@/lib/errors";
import { guestCookie, hashGuestToken, newGuestToken } from "@/server/guest";
import { consume, type LimiterSpec } from "@/server/rate-limit";
import { historyInput, rateSessionInput, sessionIdInput, startSessionInput } from "../schemas";
import { historyOf, sessionView } from "./queries";
import { claimGuestSessions, markAbandonedSessions, rateSession, startSession, type Requester } from "./service";

/** New sessions per hour, per customer or per guest IP (each session is a row and a `conversation_start` event). */
export const START_LIMIT: LimiterSpec = { name: "diagnosis-start", points: 20, durationSeconds: 3600 };

const requester = (ctx: TRPCContext): Requester => ({
  user: ctx.user,
  guestTokenHash: ctx.guestToken ? hashGuestToken(ctx.guestToken) : null,
});

/**
 * The AI mechanic's sessions (the answers themselves stream from `POST /api/diagnosis/chat`).
 * Customers and guests only; a session is visible to its customer, or to the guest whose cookie made it.
 */
export const diagnosisRouter = createTRPCRouter({
  /**
   * Starts a session. Input: `startSessionInput` (garage vehicle id or a typed vehicle, optional
   * workshop slug, locale). A guest without the guest cookie gets one. Returns `{ sessionId }`.
   * Errors: FORBIDDEN `errors.diagnosis.customersOnly` (staff, admins); NOT_FOUND `errors.garage.notFound`;
   * TOO_MANY_REQUESTS `errors.diagnosis.rateLimited` past 20 new sessions an hour (per customer, or per IP for guests).
   */
  start: publicProcedure.input(startSessionInput).mutation(async ({ ctx, input }) => {
    const wait = await consume(START_LIMIT, ctx.user?.id ?? `ip:${ctx.ip}`);
    if (wait > 0) throw new AppError("TOO_MANY_REQUESTS", "errors.diagnosis.rateLimited", { minutes: Math.ceil(wait / 60) });
    let who = requester(ctx);
    if (!ctx.user && !who.guestTokenHash) {
      const token = newGuestToken();
      ctx.setCookie(guestCookie(token));
      who = { user: null, guestTokenHash: hashGuestToken(token) };
    }
    return startSession(ctx.db, who, input, ctx.headers.get("user-agent"));
  }),

  /** One session with its messages and rating (`SessionView`). Errors: NOT_FOUND `errors.diagnosis.notFound`. */
  byId: publicProcedure.input(sessionIdInput).query(({ ctx, input }) => sessionView(ctx.db, input.sessionId, requester(ctx))),

  /**
   * The signed-in customer's past sessions, newest first (20 per page; cursor = `nextCursor`).
   * Sessions they started as a guest in this browser move into it first; active sessions silent for
   * 24 hours are marked abandoned.
   */
  history: customerProcedure.input(historyInput).query(async ({ ctx, input }) => {
    const { guestTokenHash } = requester(ctx);
    if (guestTokenHash) await claimGuestSessions(ctx.db, ctx.user.id, guestTokenHash);
    await markAbandonedSessions(ctx.db, ctx.user.id);
    return historyOf(ctx.db, ctx.user.id, input);
  }),

  /**
   * Rates the session's answer: 1–5, helpful, would use again, comment (≤ 1,000 characters).
   * Errors: NOT_FOUND; BAD_REQUEST `errors.diagnosis.nothingToRate` before any answer.
   */
  rate: publicProcedure.input(rateSessionInput).mutation(async ({ ctx, input }) => {
    await rateSession(ctx.db, requester(ctx), input);
    return { ok: true as const };
  }),
});

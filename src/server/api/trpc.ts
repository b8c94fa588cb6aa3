import "server-only";
import { initTRPC, TRPCError } from "@trpc/server";
import { and, eq } from "drizzle-orm";
import superjson from "superjson";
import { z, ZodError } from "zod";
import { isAppError } from "@/lib/errors";
import type { DbOrTx } from "@/server/db";
import { users, workshopMembers, workshops } from "@/server/db/schema";

/** The signed-in person as the database says now (role is never taken from the cookie alone). */
export type SessionUser = {
  id: string;
  email: string;
  name: string | null;
  role: "customer" | "provider" | "admin";
  locale: "pl" | "en";
};

export type TRPCContext = {
  db: DbOrTx;
  user: SessionUser | null;
  /** Caller's IP address as the proxy in front of Pitstop reports it; used for rate limits. */
  ip: string;
  headers: Headers;
  /** The signed-out visitor's token from the `pitstop_guest` cookie (see `src/server/guest.ts`), else null. */
  guestToken: string | null;
  /** Adds a Set-Cookie header to the response (a no-op where there is no response, e.g. Server Components). */
  setCookie: (cookie: string) => void;
};

/** Looks up the user a session names; null when the account no longer exists. */
export async function loadSessionUser(db: DbOrTx, userId: string | undefined | null): Promise<SessionUser | null> {
  if (!userId || !z.uuid().safeParse(userId).success) return null;
  const [row] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, locale: users.locale })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row ?? null;
}

/**
 * The caller's IP for rate limits: the LAST X-Forwarded-For entry, i.e. the address the nearest
 * proxy saw (nginx's $proxy_add_x_forwarded_for and Caddy append it; earlier entries are whatever
 * the client sent). Next.js itself only sets the header when it is missing, so deployments facing
 * the internet belong behind such a proxy (README, "Running for real").
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers
    .get("x-forwarded-for")
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  return forwarded?.at(-1) || headers.get("x-real-ip") || "127.0.0.1";
}

const t = initTRPC.context<TRPCContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const zodError = error.cause instanceof ZodError ? z.flattenError(error.cause) : null;
    const appParams = isAppError(error.cause) ? error.cause.params : undefined;
    return {
      ...shape,
      // Internal errors never leak details to the client; their message becomes a translatable key.
      message: shape.data.code === "INTERNAL_SERVER_ERROR" ? "errors.internal" : shape.message,
      data: { ...shape.data, stack: undefined, zodError, params: appParams ?? null },
    };
  },
});

export const createCallerFactory = t.createCallerFactory;
export const createTRPCRouter = t.router;

/** Turns the services' AppError into a TRPCError with the same code and i18n key; logs the unexpected. */
const errorMapping = t.middleware(async ({ next, path }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (isAppError(cause)) throw new TRPCError({ code: cause.code, message: cause.message, cause });
  if (result.error.code === "BAD_REQUEST" && cause instanceof ZodError) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "errors.validation", cause });
  }
  if (result.error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path} failed:`, cause ?? result.error);
  return result;
});

/** Anyone, signed in or not. */
export const publicProcedure = t.procedure.use(errorMapping);

/** Any signed-in person. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "errors.unauthorized" });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** Customers (drivers) only. */
export const customerProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (ctx.user.role !== "customer") throw new TRPCError({ code: "FORBIDDEN", message: "errors.forbidden" });
  return next();
});

/** Platform admins only. */
export const adminProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (ctx.user.role !== "admin") throw new TRPCError({ code: "FORBIDDEN", message: "errors.forbidden" });
  return next();
});

/**
 * Staff of the workshop named by `workshopId` in the input. Resolves the caller's membership
 * and puts `ctx.workshop` and `ctx.role` (owner | mechanic) in context, or throws FORBIDDEN.
 * Tenant data must be read through `ctx.workshop.id`, never through a client-sent id alone.
 */
export const workshopProcedure = protectedProcedure
  .input(z.object({ workshopId: z.uuid({ error: "validation.invalid" }) }))
  .use(async ({ ctx, input, next }) => {
    const [membership] = await ctx.db
      .select({
        role: workshopMembers.role,
        workshop: { id: workshops.id, slug: workshops.slug, name: workshops.name, status: workshops.status, timeZone: workshops.timeZone },
      })
      .from(workshopMembers)
      .innerJoin(workshops, eq(workshops.id, workshopMembers.workshopId))
      .where(and(eq(workshopMembers.workshopId, input.workshopId), eq(workshopMembers.userId, ctx.user.id)))
      .limit(1);
    if (!membership) throw new TRPCError({ code: "FORBIDDEN", message: "errors.forbidden" });
    return next({ ctx: { ...ctx, workshop: membership.workshop, role: membership.role } });
  });

/** Owners of the workshop named in the input (editing its profile, services and hours). */
export const workshopOwnerProcedure = workshopProcedure.use(({ ctx, next }) => {
  if (ctx.role !== "owner") throw new TRPCError({ code: "FORBIDDEN", message: "errors.ownerOnly" });
  return next();
});

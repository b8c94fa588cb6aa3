import "server-only";
import { accountsRouter } from "@/features/accounts/server/router";
import { garageRouter } from "@/features/garage/server/router";
import { workshopsRouter } from "@/features/workshops/server/router";
import { createCallerFactory, createTRPCRouter } from "./trpc";

/** Pitstop's API: one router per feature. */
export const appRouter = createTRPCRouter({
  accounts: accountsRouter,
  garage: garageRouter,
  workshops: workshopsRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);

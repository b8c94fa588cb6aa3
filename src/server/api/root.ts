import "server-only";
import { accountsRouter } from "@/features/accounts/server";
import { bookingsRouter } from "@/features/bookings/server";
import { catalogRouter } from "@/features/catalog/server";
import { diagnosisRouter } from "@/features/diagnosis/server";
import { garageRouter } from "@/features/garage/server";
import { messagingRouter } from "@/features/messaging/server";
import { workshopsRouter } from "@/features/workshops/server";
import { createCallerFactory, createTRPCRouter } from "./trpc";

/** Pitstop's API: one router per feature. */
export const appRouter = createTRPCRouter({
  accounts: accountsRouter,
  bookings: bookingsRouter,
  catalog: catalogRouter,
  diagnosis: diagnosisRouter,
  garage: garageRouter,
  messaging: messagingRouter,
  workshops: workshopsRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);

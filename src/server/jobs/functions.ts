import "server-only";
import { bookingChangedJob, bookingReminderJob } from "@/features/bookings/server";
import { aiModerationJob, unreadEmailJob } from "@/features/messaging/server";
import { toInngestFunction } from "./inngest";
import type { AnyJobDefinition } from "./step";

/**
 * Every background job, from the features' `server/jobs.ts` (imported through their
 * `server/index.ts`). Inline mode runs the ones whose event is sent; Inngest mode serves them
 * all at /api/inngest. Add a job here and it runs in both.
 */
export const jobDefinitions: AnyJobDefinition[] = [unreadEmailJob, aiModerationJob, bookingChangedJob, bookingReminderJob];

export const inngestFunctions = jobDefinitions.map((definition) => toInngestFunction(definition));

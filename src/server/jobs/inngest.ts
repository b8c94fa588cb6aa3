import "server-only";
import type { InngestFunction } from "inngest";
import { inngest } from "./client";
import type { JobEventName, JobEvents } from "./events";
import { DEFAULT_JOB_RETRIES, type JobDefinition, type JobStep } from "./step";

/**
 * Wraps a job definition as an Inngest function: triggered by the definition's event, with its
 * retries, and its handler given Inngest's `step.run` / `step.sleep` behind the `JobStep`
 * interface (seconds → milliseconds for `sleep`). Returns the function to list in `serve()`.
 */
export function toInngestFunction<N extends JobEventName>(definition: JobDefinition<N>, client = inngest): InngestFunction.Any {
  return client.createFunction(
    { id: definition.id, triggers: [{ event: definition.event }], retries: definition.retries ?? DEFAULT_JOB_RETRIES },
    async ({ event, step }) => {
      const jobStep: JobStep = {
        // Inngest types the result as its JSON form; JobStep documents the same round trip.
        run: <T>(id: string, fn: () => Promise<T>) => step.run(id, fn) as Promise<T>,
        sleep: (id, seconds) => step.sleep(id, Math.max(0, seconds) * 1000),
      };
      // Events reach this function only from our own sendEvent, through Inngest (signed requests).
      const data = event.data as JobEvents[N];
      return definition.handler({ data, step: jobStep, now: () => new Date() });
    },
  );
}

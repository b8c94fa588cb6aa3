/**
 * Background jobs: features define them with `defineJob` (src/features/<domain>/server/jobs.ts),
 * list them in ./functions.ts, and start them with `sendEvent`. docs/jobs.md covers the two modes.
 * (./functions is not re-exported: it imports the features, which import this file.)
 */
export {
  drainInlineJobs,
  installManualJobClock,
  jobsMode,
  sendEvent,
  settleInlineJobs,
  type JobsMode,
  type ManualJobClock,
  type SendEventOptions,
} from "./client";
export type { JobEventName, JobEvents } from "./events";
export { defineJob, JobStepError, type AnyJobDefinition, type JobContext, type JobDefinition, type JobRetries, type JobStep } from "./step";
/** Throw it from job code to stop retries (a bad input will not get better), in both modes. */
export { NonRetriableError } from "inngest";

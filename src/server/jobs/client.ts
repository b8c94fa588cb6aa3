import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { Inngest } from "inngest";
import { after } from "next/server";
import { env } from "@/env";
import type { JobEventName, JobEvents } from "./events";
import { createManualClock, runJobInline, systemClock, type AnyJobDefinition, type JobClock, type JobDefinition } from "./step";

export type JobsMode = "inngest" | "inline";

export type JobsEnv = { INNGEST_DEV?: string; INNGEST_EVENT_KEY?: string };

/** "0"/"false" switch dev mode off, as the Inngest SDK reads INNGEST_DEV. */
const devServerConfigured = (value: string | undefined) => !!value && !/^(0|false)$/i.test(value.trim());

/**
 * Where background jobs run: "inngest" when INNGEST_DEV (dev server: "1" or its URL) or
 * INNGEST_EVENT_KEY (Inngest Cloud) is set, else "inline" (in this process, after the response).
 */
export function jobsMode(settings: JobsEnv = env): JobsMode {
  return devServerConfigured(settings.INNGEST_DEV) || settings.INNGEST_EVENT_KEY ? "inngest" : "inline";
}

/**
 * The Inngest client. Dev mode follows INNGEST_DEV (the SDK itself reads a URL from it); in cloud
 * mode the event key sends events and the signing key verifies Inngest's calls to /api/inngest.
 * In inline mode it exists only so /api/inngest can be served; nothing is sent through it.
 */
export const inngest = new Inngest({
  id: "pitstop",
  isDev: devServerConfigured(env.INNGEST_DEV),
  eventKey: env.INNGEST_EVENT_KEY,
  signingKey: env.INNGEST_SIGNING_KEY,
});

export type SendEventOptions = {
  /**
   * Idempotency key: another event with the same id within 24 hours is dropped (Inngest's
   * deduplication window; inline mode keeps the ids it saw in this process for as long).
   */
  id?: string;
};

// ---------------------------------------------------------------------------------------------
// Inline mode. State lives on globalThis: Next can load this module more than once per process
// (route handlers, RSC, instrumentation), and there must be one set of runs and one id memory.

type InlineRun = { job: string; asleep: number };
type InlineState = {
  runs: Set<InlineRun>;
  /** sendEvent calls still looking up their jobs (a caller may not await sendEvent). */
  sending: number;
  seenIds: Map<string, number>;
  clock: JobClock;
  manual: boolean;
  /** Resolved (and replaced) whenever a run ends or falls asleep. */
  changed: Signal;
};

type Signal = { promise: Promise<void>; fire: () => void };
// Not Promise.withResolvers: Node 20 lacks it.
function signal(): Signal {
  let fire = () => {};
  const promise = new Promise<void>((resolve) => (fire = resolve));
  return { promise, fire };
}

const DEDUPE_WINDOW_MS = 24 * 60 * 60 * 1000;
const globalForJobs = globalThis as unknown as { __pitstopInlineJobs?: InlineState };
const state = (globalForJobs.__pitstopInlineJobs ??= {
  runs: new Set(),
  sending: 0,
  seenIds: new Map(),
  clock: systemClock,
  manual: false,
  changed: signal(),
});

function notify() {
  const current = state.changed;
  state.changed = signal();
  current.fire();
}

/** Marks code running inside an inline job, whose nested sendEvent calls must not use `after()`. */
const insideInlineJob = new AsyncLocalStorage<true>();

/**
 * Starts `task` after the current response when called in a request (`after()` from next/server),
 * else on the next turn of the event loop (tests, scripts, instrumentation, jobs sending events).
 * The task only launches the runs: a job sleeping for minutes must not hold the request's `after`
 * queue open, nor delay the server's graceful shutdown.
 */
function schedule(task: () => void) {
  if (!insideInlineJob.getStore()) {
    try {
      after(task);
      return;
    } catch {
      // "`after` was called outside a request scope": not in a request.
    }
  }
  setImmediate(task);
}

/** Has this process seen this event id in the last 24 hours? Remembers it if not. */
function seenRecently(id: string): boolean {
  const now = Date.now();
  if (state.seenIds.size > 1_000) {
    for (const [key, at] of state.seenIds) if (now - at > DEDUPE_WINDOW_MS) state.seenIds.delete(key);
  }
  const at = state.seenIds.get(id);
  if (at !== undefined && now - at <= DEDUPE_WINDOW_MS) return true;
  state.seenIds.set(id, now);
  return false;
}

// The clock is read at every call, so a manual clock installed by a test reaches running jobs.
const currentClock: JobClock = { now: () => state.clock.now(), sleep: (ms, onWake) => state.clock.sleep(ms, onWake) };

function launchInline<N extends JobEventName>(name: N, data: JobEvents[N], definitions: JobDefinition<N>[]) {
  for (const definition of definitions) {
    const run: InlineRun = { job: definition.id, asleep: 0 };
    state.runs.add(run);
    schedule(
      () =>
        void insideInlineJob
          .run(true, () =>
            runJobInline(definition, data, {
              clock: currentClock,
              onSleep(asleep) {
                run.asleep += asleep ? 1 : -1;
                if (asleep) notify();
              },
            }),
          )
          .catch((error: unknown) => console.error(`jobs: inline job "${definition.id}" (${name}) failed`, error))
          .finally(() => {
            state.runs.delete(run);
            notify();
          }),
    );
  }
}

/**
 * Sends a background-job event: the one way features start jobs.
 * - Inngest mode: `inngest.send({ name, data, id })`; Inngest runs every function triggered by it.
 * - Inline mode: every job definition for `name` (src/server/jobs/functions.ts) runs in this
 *   process after the current response (`after()`), or on the next tick outside a request.
 * Delays are the job's business (`step.sleep`), so they hold in both modes.
 * Never throws: the caller's work is done by then, a lost job is logged (console.error), and
 * inline job failures are logged when they happen. Resolves once the event is handed over.
 */
export async function sendEvent<N extends JobEventName>(name: N, data: JobEvents[N], options: SendEventOptions = {}): Promise<void> {
  try {
    if (jobsMode() === "inngest") {
      await inngest.send({ name, data, ...(options.id ? { id: options.id } : {}) });
      return;
    }
    if (options.id && seenRecently(`${name}\u0000${options.id}`)) return;
    state.sending++;
    try {
      // Loaded lazily: the registry imports the features' jobs, and the features import sendEvent.
      const { jobDefinitions } = await import("./functions");
      const matching = jobDefinitions.filter((definition: AnyJobDefinition) => definition.event === name) as JobDefinition<N>[];
      launchInline(name, data, matching);
    } finally {
      state.sending--;
      notify();
    }
  } catch (error) {
    console.error(`jobs: could not send "${name}"`, error);
  }
}

/**
 * Waits until every inline job has finished (including jobs those jobs started).
 * With a manual clock, throws instead of waiting forever when the only runs left are asleep.
 */
export async function drainInlineJobs(): Promise<void> {
  while (state.runs.size > 0 || state.sending > 0) {
    if (state.manual && state.sending === 0 && [...state.runs].every((run) => run.asleep > 0)) {
      const jobs = [...state.runs].map((run) => run.job).join(", ");
      throw new Error(`Inline jobs asleep on the manual clock (${jobs}): advance it before draining.`);
    }
    await state.changed.promise;
  }
}

/** Waits until every inline job has finished or is asleep (in `step.sleep`). */
export async function settleInlineJobs(): Promise<void> {
  while (state.sending > 0 || [...state.runs].some((run) => run.asleep === 0)) await state.changed.promise;
}

export type ManualJobClock = {
  now(): Date;
  /** Settles the jobs, moves time by `seconds`, wakes the sleeps due, and settles again. */
  advance(seconds: number): Promise<void>;
  /** Puts the system clock back. */
  uninstall(): void;
};

/**
 * For tests: inline jobs read the time from, and sleep on, a clock that moves only with
 * `advance`, so a job's 120-second wait takes no real time and the test decides when it ends.
 * Install it before the jobs start sleeping.
 */
export function installManualJobClock(start: Date = new Date()): ManualJobClock {
  const clock = createManualClock(start);
  state.clock = clock;
  state.manual = true;
  return {
    now: () => clock.now(),
    async advance(seconds) {
      await settleInlineJobs();
      clock.advance(seconds);
      await settleInlineJobs();
    },
    uninstall() {
      if (state.clock !== clock) return;
      state.clock = systemClock;
      state.manual = false;
    },
  };
}

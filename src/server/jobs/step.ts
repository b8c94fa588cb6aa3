import { NonRetriableError } from "inngest";
import pRetry from "p-retry";
import type { JobEventName, JobEvents } from "./events";

/**
 * The step tools job code is written against. Inngest's `step.run` / `step.sleep` implement it in
 * Inngest mode (src/server/jobs/inngest.ts), `createInlineStep` in-process otherwise, so a job runs
 * the same logic in both modes. Rules that hold in both:
 * - Side effects (writes, e-mails, HTTP calls) go inside `run`: a step that succeeded is not run
 *   again when the job is retried; code outside steps may run several times.
 * - A step's result is plain JSON: it comes back JSON-parsed (a `Date` becomes an ISO string,
 *   `undefined` becomes `null`), in Inngest mode because it is stored between requests, in inline
 *   mode because we do the same round trip so a test catches the difference.
 * - Ids are stable strings. Using an id twice makes a second step `<id>:1` (as Inngest does), so a
 *   loop may reuse one id, but the order of steps must not depend on anything outside steps.
 */
export type JobStep = {
  /** Runs `fn` once (retried on failure) and returns its JSON-parsed result. */
  run<T>(id: string, fn: () => Promise<T>): Promise<T>;
  /** Waits `seconds` (whole or fractional). Inngest rounds waits under 1 s up to 1 s. */
  sleep(id: string, seconds: number): Promise<void>;
};

/** Retries Inngest accepts for a function (0–20); each step gets this many after its first attempt. */
export type JobRetries = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20;

export const DEFAULT_JOB_RETRIES: JobRetries = 3;

/** What a job handler receives: the event's data, the step tools and the job clock. */
export type JobContext<N extends JobEventName> = {
  data: JobEvents[N];
  step: JobStep;
  /**
   * The current time. Inline mode reads the job clock (a test can install a manual one, see
   * `installManualJobClock`), Inngest mode the system clock. Code outside steps runs again on
   * every Inngest request: read it inside `step.run` when the value must not change between them.
   */
  now(): Date;
};

/**
 * One background job: which event starts it and what it does. Features write these in
 * `src/features/<domain>/server/jobs.ts` with `defineJob` and list them in src/server/jobs/functions.ts.
 */
export type JobDefinition<N extends JobEventName> = {
  /** Stable id (Inngest function id): kebab-case, unique, never renamed while runs may be in flight. */
  id: string;
  event: N;
  /** Retries after a failed attempt, per step and for the handler itself. Default 3. */
  retries?: JobRetries;
  handler(args: JobContext<N>): Promise<unknown>;
};

/** Any job definition, typed against its own event (a union over JobEvents, not `any`). */
export type AnyJobDefinition = { [N in JobEventName]: JobDefinition<N> }[JobEventName];

/** Identity: lets TypeScript infer the event's data type for the handler from `event`. */
export function defineJob<N extends JobEventName>(definition: JobDefinition<N>): JobDefinition<N> {
  return definition;
}

/** Where inline jobs read the time and wait. */
export type JobClock = {
  now(): Date;
  /**
   * Resolves after `ms` milliseconds of this clock's time. `onWake` runs synchronously when the
   * time comes, before the promise settles: the inline runner counts sleeping jobs with it, and a
   * test that advances a manual clock must not see a woken job as still asleep.
   */
  sleep(ms: number, onWake?: () => void): Promise<void>;
};

/**
 * Real time. Sleeps are unref'd timers: a sleeping job does not keep a script or test process
 * alive, and it is lost when the process stops (docs/jobs.md says so to operators).
 */
export const systemClock: JobClock = {
  now: () => new Date(),
  sleep: (ms, onWake) =>
    new Promise<void>((resolve) => {
      // Node fires a timer longer than 2^31 − 1 ms (~24.8 days) after 1 ms: wait in legs instead.
      const until = Date.now() + ms;
      const wait = () => {
        const left = until - Date.now();
        if (left > MAX_TIMER_MS) {
          setTimeout(wait, MAX_TIMER_MS).unref();
          return;
        }
        setTimeout(
          () => {
            onWake?.();
            resolve();
          },
          Math.max(0, left),
        ).unref();
      };
      wait();
    }),
};

const MAX_TIMER_MS = 2 ** 31 - 1;

/** A clock that only moves when told to: sleeps wake when `advance` passes their time. */
export type ManualClock = JobClock & {
  /** Moves the time forward by `seconds` and wakes every sleep due by then, earliest first. */
  advance(seconds: number): void;
  /** How many sleeps are waiting. */
  readonly sleeping: number;
};

export function createManualClock(start: Date = new Date()): ManualClock {
  let nowMs = start.getTime();
  const sleepers: { wakeAt: number; order: number; wake: () => void; onWake?: () => void }[] = [];
  let order = 0;
  return {
    now: () => new Date(nowMs),
    sleep: (ms, onWake) =>
      new Promise<void>((resolve) => {
        sleepers.push({ wakeAt: nowMs + Math.max(0, ms), order: order++, wake: resolve, onWake });
      }),
    advance(seconds) {
      if (!(seconds >= 0)) throw new RangeError(`Cannot move a clock by ${seconds} seconds`);
      nowMs += seconds * 1000;
      const due = sleepers.filter((s) => s.wakeAt <= nowMs).sort((a, b) => a.wakeAt - b.wakeAt || a.order - b.order);
      for (const sleeper of due) {
        sleepers.splice(sleepers.indexOf(sleeper), 1);
        sleeper.onWake?.();
        sleeper.wake();
      }
    },
    get sleeping() {
      return sleepers.length;
    },
  };
}

/**
 * A step that failed on every attempt. Thrown into the handler (which may catch it); when it
 * escapes, the run fails without retrying the handler, as in Inngest.
 */
export class JobStepError extends Error {
  constructor(
    readonly stepId: string,
    cause: unknown,
  ) {
    super(`Step "${stepId}" failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = "JobStepError";
  }
}

/** Inngest's `NonRetriableError` stops retries in both modes (job code imports it from src/server/jobs). */
function isNonRetriable(error: unknown): boolean {
  return error instanceof NonRetriableError || (error instanceof Error && error.name === "NonRetriableError");
}

/** The same JSON round trip Inngest applies to event data and step results. */
function asJson<T>(value: T): T {
  return (value === undefined ? null : JSON.parse(JSON.stringify(value))) as T;
}

export type InlineStepOptions = {
  /** Retries after a step's first failed attempt. Default 3. */
  retries?: JobRetries;
  clock?: JobClock;
  /** First backoff between attempts, in milliseconds; it doubles up to 10 s. Default 250. */
  retryDelayMs?: number;
  /** Told when a sleep starts (`true`) and, synchronously, when it ends (`false`): the runner counts idle jobs. */
  onSleep?(asleep: boolean): void;
};

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** The in-process `JobStep`, plus `nextAttempt()` for a retried handler and the outcomes so far. */
export type InlineStep = JobStep & {
  /** Starts a new handler attempt: steps that finished return their memoised outcome. */
  nextAttempt(): void;
  /** Ids (after `:n` suffixing) of the steps that finished, in order. */
  readonly completed: readonly string[];
};

/**
 * In-process step tools for one run. `run` retries `fn` with p-retry (`retries`, short exponential
 * backoff, no retry after a `NonRetriableError`) and memoises each finished step by id for the
 * rest of the run, so a retried handler skips the steps that already succeeded — Inngest's replay.
 */
export function createInlineStep(options: InlineStepOptions = {}): InlineStep {
  const { retries = DEFAULT_JOB_RETRIES, clock = systemClock, retryDelayMs = 250, onSleep } = options;
  const outcomes = new Map<string, Outcome>();
  let seen = new Map<string, number>();

  // Inngest's collision rule: the second use of "x" in one execution is "x:1", the third "x:2"…
  const resolveId = (id: string) => {
    const count = seen.get(id) ?? 0;
    seen.set(id, count + 1);
    return count === 0 ? id : `${id}:${count}`;
  };

  const replay = <T>(outcome: Outcome): T => {
    if (outcome.ok) return outcome.value as T;
    throw outcome.error;
  };

  return {
    async run<T>(id: string, fn: () => Promise<T>): Promise<T> {
      const stepId = resolveId(id);
      const memo = outcomes.get(stepId);
      if (memo) return replay<T>(memo);
      let outcome: Outcome;
      try {
        const value = await pRetry(() => fn(), {
          retries,
          minTimeout: retryDelayMs,
          maxTimeout: 10_000,
          factor: 2,
          unref: true,
          shouldRetry: ({ error }) => !isNonRetriable(error),
        });
        outcome = { ok: true, value: asJson(value) };
      } catch (error) {
        outcome = { ok: false, error: new JobStepError(stepId, error) };
      }
      outcomes.set(stepId, outcome);
      return replay<T>(outcome);
    },

    async sleep(id: string, seconds: number): Promise<void> {
      const stepId = resolveId(id);
      if (outcomes.has(stepId)) return;
      onSleep?.(true);
      await clock.sleep(Math.max(0, seconds) * 1000, () => onSleep?.(false));
      outcomes.set(stepId, { ok: true, value: null });
    },

    nextAttempt() {
      seen = new Map();
    },

    get completed() {
      return [...outcomes.keys()];
    },
  };
}

export type RunInlineOptions = Omit<InlineStepOptions, "retries">;

/**
 * Runs one job in this process: the handler with `createInlineStep`, retried as a whole (up to
 * `definition.retries`) when it throws outside a step; finished steps are not run again.
 * Takes the event's data (JSON round-tripped, as Inngest delivers it); returns the handler's
 * result; throws the last error when the run fails.
 */
export async function runJobInline<N extends JobEventName>(
  definition: JobDefinition<N>,
  data: JobEvents[N],
  options: RunInlineOptions = {},
): Promise<unknown> {
  const retries = definition.retries ?? DEFAULT_JOB_RETRIES;
  const clock = options.clock ?? systemClock;
  const retryDelayMs = options.retryDelayMs ?? 250;
  const step = createInlineStep({ ...options, retries, clock, retryDelayMs });
  const payload = asJson(data);
  let attempt = 0;
  return pRetry(
    () => {
      if (attempt++ > 0) step.nextAttempt();
      return definition.handler({ data: payload, step, now: () => clock.now() });
    },
    {
      retries,
      minTimeout: retryDelayMs,
      maxTimeout: 10_000,
      factor: 2,
      unref: true,
      shouldRetry: ({ error }) => !(error instanceof JobStepError) && !isNonRetriable(error),
    },
  );
}

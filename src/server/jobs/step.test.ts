import { NonRetriableError } from "inngest";
import { afterEach, describe, expect, it, vi } from "vitest";
import { drainInlineJobs, installManualJobClock, jobsMode, sendEvent, settleInlineJobs } from "./client";
import { createInlineStep, createManualClock, defineJob, JobStepError, runJobInline, systemClock, type AnyJobDefinition } from "./step";

// The registry is empty until features add their jobs: sendEvent's tests register their own.
const registry = vi.hoisted(() => ({ jobDefinitions: [] as AnyJobDefinition[] }));
vi.mock("./functions", () => registry);

const sample = { conversationId: "c1", seq: 1, senderSide: "customer" } as const;

/** A function failing its first `failures` calls, then returning `value`. */
function flaky<T>(failures: number, value: T) {
  const fn = vi.fn(async () => {
    if (fn.mock.calls.length <= failures) throw new Error(`attempt ${fn.mock.calls.length} failed`);
    return value;
  });
  return fn;
}

describe("inline step.run", () => {
  it("retries a failing step until it succeeds", async () => {
    const step = createInlineStep({ retries: 3, retryDelayMs: 1 });
    const fn = flaky(2, "done");
    await expect(step.run("send", fn)).resolves.toBe("done");
    expect(fn).toHaveBeenCalledTimes(3);
  });

  it("gives up after its retries with a JobStepError naming the step", async () => {
    const step = createInlineStep({ retries: 2, retryDelayMs: 1 });
    const fn = flaky(10, "never");
    const error = await step.run("send", fn).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobStepError);
    expect((error as JobStepError).stepId).toBe("send");
    expect(((error as JobStepError).cause as Error).message).toBe("attempt 3 failed");
    expect(fn).toHaveBeenCalledTimes(3);
  });

  it("does not retry a NonRetriableError", async () => {
    const step = createInlineStep({ retries: 3, retryDelayMs: 1 });
    const fn = vi.fn(async () => {
      throw new NonRetriableError("bad input");
    });
    await expect(step.run("send", fn)).rejects.toThrow(JobStepError);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it("returns results as JSON, as Inngest does", async () => {
    const step = createInlineStep();
    const at = new Date("2025-05-01T10:00:00Z");
    await expect(step.run("read", async () => ({ at, nothing: undefined }))).resolves.toEqual({ at: at.toISOString() });
    await expect(step.run("void", async () => undefined)).resolves.toBeNull();
  });

  it("runs a reused id again as <id>:1, like Inngest", async () => {
    const step = createInlineStep();
    const fn = vi.fn(async () => fn.mock.calls.length);
    expect([await step.run("tick", fn), await step.run("tick", fn)]).toEqual([1, 2]);
    expect(step.completed).toEqual(["tick", "tick:1"]);
  });
});

describe("runJobInline", () => {
  it("memoises finished steps by id when the handler is retried", async () => {
    const charge = vi.fn(async () => "charged");
    const notify = flaky(0, "sent");
    let attempts = 0;
    const job = defineJob({
      id: "test-memo",
      event: "messaging/message.sent",
      retries: 2,
      async handler({ data, step }) {
        const a = await step.run("charge", charge);
        // Fails outside any step on the first attempt: the whole handler is retried.
        if (attempts++ === 0) throw new Error("flaky read");
        const b = await step.run("notify", notify);
        return `${data.conversationId}:${a}:${b}`;
      },
    });
    await expect(runJobInline(job, sample, { retryDelayMs: 1 })).resolves.toBe("c1:charged:sent");
    expect(attempts).toBe(2);
    expect(charge).toHaveBeenCalledTimes(1);
    expect(notify).toHaveBeenCalledTimes(1);
  });

  it("fails the run without retrying the handler when a step has used its retries", async () => {
    let attempts = 0;
    const job = defineJob({
      id: "test-step-fails",
      event: "messaging/message.sent",
      retries: 1,
      async handler({ step }) {
        attempts++;
        await step.run("always-fails", flaky(10, null));
      },
    });
    await expect(runJobInline(job, sample, { retryDelayMs: 1 })).rejects.toThrow('Step "always-fails" failed');
    expect(attempts).toBe(1);
  });
});

describe("inline step.sleep", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("waits the given seconds on the system clock", async () => {
    vi.useFakeTimers();
    const step = createInlineStep({ clock: systemClock });
    let woke = false;
    const sleeping = step.sleep("wait", 120).then(() => (woke = true));
    await vi.advanceTimersByTimeAsync(119_999);
    expect(woke).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await sleeping;
    expect(woke).toBe(true);
  });

  it("reports falling asleep and waking up", async () => {
    const clock = createManualClock(new Date("2025-05-01T10:00:00Z"));
    const events: boolean[] = [];
    const step = createInlineStep({ clock, onSleep: (asleep) => events.push(asleep) });
    const sleeping = step.sleep("wait", 60);
    expect(events).toEqual([true]);
    clock.advance(60);
    // The wake-up is reported synchronously, before the sleeper resumes.
    expect(events).toEqual([true, false]);
    await sleeping;
  });
});

describe("manual clock", () => {
  it("wakes only the sleeps that are due, earliest first", async () => {
    const clock = createManualClock(new Date("2025-05-01T10:00:00Z"));
    const woke: string[] = [];
    const late = clock.sleep(90_000).then(() => woke.push("late"));
    const early = clock.sleep(30_000).then(() => woke.push("early"));
    clock.advance(60);
    await early;
    expect(woke).toEqual(["early"]);
    expect(clock.sleeping).toBe(1);
    expect(clock.now().toISOString()).toBe("2025-05-01T10:01:00.000Z");
    clock.advance(30);
    await late;
    expect(woke).toEqual(["early", "late"]);
  });
});

describe("sendEvent in inline mode", () => {
  const done: string[] = [];
  const reader = defineJob({
    id: "test-reader",
    event: "messaging/message.sent",
    retries: 0,
    async handler({ data, step, now }) {
      await step.sleep("wait", 120);
      await step.run("record", async () => done.push(`${data.conversationId}#${data.seq} at ${now().toISOString()}`));
    },
  });
  const broken = defineJob({
    id: "test-broken",
    event: "messaging/message.sent",
    retries: 0,
    async handler() {
      throw new NonRetriableError("broken on purpose");
    },
  });

  afterEach(() => {
    registry.jobDefinitions.length = 0;
    done.length = 0;
    vi.restoreAllMocks();
  });

  it("is the mode without INNGEST_DEV or INNGEST_EVENT_KEY", () => {
    expect(jobsMode({})).toBe("inline");
    expect(jobsMode({ INNGEST_DEV: "0" })).toBe("inline");
    expect(jobsMode({ INNGEST_DEV: "1" })).toBe("inngest");
    expect(jobsMode({ INNGEST_DEV: "http://127.0.0.1:8288" })).toBe("inngest");
    expect(jobsMode({ INNGEST_EVENT_KEY: "key" })).toBe("inngest");
  });

  it("runs the event's jobs after the caller, sleeping on the manual clock", async () => {
    registry.jobDefinitions.push(reader);
    const clock = installManualJobClock(new Date("2025-05-01T10:00:00Z"));
    try {
      await sendEvent("messaging/message.sent", { conversationId: "c1", seq: 3, senderSide: "customer" });
      await settleInlineJobs();
      expect(done).toEqual([]);
      await expect(drainInlineJobs()).rejects.toThrow("test-reader");

      await clock.advance(119);
      expect(done).toEqual([]);
      await clock.advance(1);
      await drainInlineJobs();
      expect(done).toEqual(["c1#3 at 2025-05-01T10:02:00.000Z"]);
    } finally {
      clock.uninstall();
    }
  });

  it("drains jobs of a sendEvent the caller did not await", async () => {
    registry.jobDefinitions.push(
      defineJob({
        id: "test-quick",
        event: "messaging/message.sent",
        async handler({ data, step }) {
          await step.run("record", async () => done.push(`quick ${data.conversationId}`));
        },
      }),
    );
    void sendEvent("messaging/message.sent", { conversationId: "c4", seq: 1, senderSide: "customer" });
    await drainInlineJobs();
    expect(done).toEqual(["quick c4"]);
  });

  it("drops a second event with the same id", async () => {
    registry.jobDefinitions.push(reader);
    const clock = installManualJobClock(new Date("2025-05-01T10:00:00Z"));
    try {
      const data = { conversationId: "c2", seq: 1, senderSide: "workshop" } as const;
      await sendEvent("messaging/message.sent", data, { id: "c2:1" });
      await sendEvent("messaging/message.sent", data, { id: "c2:1" });
      await clock.advance(120);
      await drainInlineJobs();
      expect(done).toEqual(["c2#1 at 2025-05-01T10:02:00.000Z"]);
    } finally {
      clock.uninstall();
    }
  });

  it("logs a failing job instead of throwing into the caller", async () => {
    registry.jobDefinitions.push(broken);
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    await expect(sendEvent("messaging/message.sent", { conversationId: "c3", seq: 1, senderSide: "customer" })).resolves.toBeUndefined();
    await drainInlineJobs();
    expect(logged).toHaveBeenCalledWith('jobs: inline job "test-broken" (messaging/message.sent) failed', expect.any(NonRetriableError));
  });
});

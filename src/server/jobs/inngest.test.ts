import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { toInngestFunction } from "./inngest";
import { defineJob } from "./step";

// A sample written the way features write theirs (the real ones: tests/integration/messaging-jobs.test.ts).
const lookUp = vi.fn(async (conversationId: string) => ({ conversationId, unread: 2 }));
const sampleJob = defineJob({
  id: "sample-unread-digest",
  event: "messaging/message.sent",
  retries: 1,
  async handler({ data, step }) {
    await step.sleep("wait-for-reader", 120);
    const found = await step.run("look-up", () => lookUp(data.conversationId));
    return { digest: `${found.unread} unread in ${found.conversationId} (#${data.seq})` };
  },
});

const event = {
  name: "messaging/message.sent",
  data: { conversationId: "conv-1", seq: 7, senderSide: "workshop" },
} as const;

/** @inngest/test keys `state` by Inngest's hashed step id (SHA-1 of the id), not the id itself. */
const hashed = (stepId: string) => createHash("sha1").update(stepId).digest("hex");

describe("toInngestFunction", () => {
  it("registers the definition's id, event and retries with Inngest", () => {
    const fn = toInngestFunction(sampleJob);
    expect(fn.id()).toBe("sample-unread-digest");
    const [config] = fn["getConfig"]({ baseUrl: new URL("http://localhost:3000/api/inngest"), appPrefix: "pitstop" });
    expect(config).toMatchObject({ triggers: [{ event: "messaging/message.sent" }], steps: { step: { retries: { attempts: 1 } } } });
  });

  it("plans the sleep in milliseconds (120 s → Inngest's 2m)", async () => {
    const engine = new InngestTestEngine({ function: toInngestFunction(sampleJob) });
    const { step } = await engine.executeStep("wait-for-reader", { events: [event] });
    expect(step).toMatchObject({ displayName: "wait-for-reader", op: "Sleep", name: "2m" });
  });

  it("runs the sleep and run steps through Inngest and returns the handler's result", async () => {
    lookUp.mockClear();
    const engine = new InngestTestEngine({ function: toInngestFunction(sampleJob) });
    // The engine does not pass sleeps by itself (execute() would never resolve): mark it as done.
    const { result, ctx, state } = await engine.execute({ events: [event], steps: [{ id: "wait-for-reader", handler: () => null }] });

    expect(result).toEqual({ digest: "2 unread in conv-1 (#7)" });
    expect(ctx.step.sleep).toHaveBeenCalledWith("wait-for-reader", 120_000);
    expect(ctx.step.run).toHaveBeenCalledWith("look-up", expect.any(Function));
    expect(lookUp).toHaveBeenCalledExactlyOnceWith("conv-1");
    await expect(state[hashed("look-up")]).resolves.toEqual({ conversationId: "conv-1", unread: 2 });
  });
});

/**
 * A stand-in for the Inngest dev server's event API (`POST /e/<event key>` → `{ ids, status }`),
 * so sendEvent's Inngest mode is tested over HTTP without Inngest.
 */
describe("sendEvent in Inngest mode", () => {
  const received: unknown[] = [];
  let failing = false;
  let server: Server;
  const saved = process.env.INNGEST_DEV;

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString()));
      req.on("end", () => {
        res.setHeader("content-type", "application/json");
        if (req.method !== "POST" || !req.url?.startsWith("/e/")) return res.writeHead(404).end("{}");
        if (failing) return res.writeHead(500).end(JSON.stringify({ status: 500, error: "boom" }));
        const events = JSON.parse(body) as unknown[];
        received.push(...events);
        res.end(JSON.stringify({ ids: events.map((_, i) => `evt-${i}`), status: 200 }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    process.env.INNGEST_DEV = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    if (saved === undefined) delete process.env.INNGEST_DEV;
    else process.env.INNGEST_DEV = saved;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  /** client.ts reads the environment when it loads: a fresh copy sees INNGEST_DEV. */
  async function freshClient() {
    vi.resetModules();
    return import("./client");
  }

  it("sends the event, with its id for deduplication, to the dev server", async () => {
    const { jobsMode, sendEvent } = await freshClient();
    expect(jobsMode()).toBe("inngest");
    await sendEvent("messaging/message.sent", event.data, { id: "conv-1:7" });
    expect(received).toEqual([expect.objectContaining({ name: "messaging/message.sent", data: event.data, id: "conv-1:7" })]);
  });

  it("logs an event Inngest would not take instead of throwing", async () => {
    const { sendEvent } = await freshClient();
    failing = true;
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      await expect(sendEvent("messaging/message.sent", event.data)).resolves.toBeUndefined();
      expect(logged).toHaveBeenCalledWith('jobs: could not send "messaging/message.sent"', expect.any(Error));
    } finally {
      failing = false;
      logged.mockRestore();
    }
  });
});

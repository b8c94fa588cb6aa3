/**
 * Time to first token added by Pitstop: a local fake OpenAI server answers every request with a fixed
 * 200 ms first-token delay. Baseline = `streamText` on the real `@ai-sdk/openai` provider straight at
 * that server (the model's own first token). Pitstop = the chat route's handler (validation, session
 * lookup, storing the message, loading the history, the assistant placeholder, the prompt, the UI
 * message stream) until the first text delta leaves it. Added = Pitstop − baseline, at 1 and at 50
 * concurrent sessions, on Postgres (goal: ≤ 30 ms p95 added). Prints figures; never fails on time.
 */
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { createOpenAI } from "@ai-sdk/openai";
import { streamText } from "ai";
import postgres from "postgres";
import { handleChat, offlineModel, type ChatDeps } from "../../src/features/diagnosis/server";
import { startSession } from "../../src/features/diagnosis/server/service";
import { connect } from "../../src/server/db/client";
import { applyMigrations } from "../../src/server/db/migrate";
import { percentile } from "./stats";

const FIRST_TOKEN_MS = 200;
const ROUNDS = { 1: 60, 50: 4 } as const;

async function firstDelta(body: ReadableStream<Uint8Array>): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) throw new Error("stream ended without a text delta");
    buffered += decoder.decode(value, { stream: true });
    if (buffered.includes('"type":"text-delta"')) {
      // Let the rest of the answer finish in the background, as a browser would keep reading.
      void (async () => {
        while (!(await reader.read()).done);
      })();
      return;
    }
  }
}

const stats = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
};
const f = (n: number) => `${n.toFixed(1)} ms`.padStart(9);

export async function diagnosisTtftBench() {
  console.log(
    `AI mechanic — time to first token added by Pitstop (fake OpenAI, ${FIRST_TOKEN_MS} ms first-token delay; goal ≤ 30 ms p95 added)`,
  );
  const admin = process.env.BENCH_POSTGRES_URL ?? process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const server = postgres(admin, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await server`drop database if exists pitstop_bench_ai`;
    await server`create database pitstop_bench_ai`;
  } catch (error) {
    console.log(`  Postgres: skipped (${(error as Error).message}); set BENCH_POSTGRES_URL to a server where a database may be created.`);
    await server.end();
    return;
  }
  const url = new URL(admin);
  url.pathname = "/pitstop_bench_ai";
  await applyMigrations({ url: url.toString(), pglite: false });
  // The fake model runs in its own process, as a real model server would.
  const fake = spawn(process.execPath, ["--import", "tsx", "tests/fakes/serve-openai.ts"], {
    env: { ...process.env, FAKE_FIRST_TOKEN_MS: String(FIRST_TOKEN_MS) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const [line] = (await once(createInterface({ input: fake.stdout }), "line")) as [string];
  const fakeUrl = (JSON.parse(line) as { url: string }).url;
  const openai = createOpenAI({ baseURL: fakeUrl, apiKey: "bench" });
  const pools: { end: () => Promise<void> }[] = [];
  try {
    const baseline = async () => {
      const started = performance.now();
      const result = streamText({ model: openai("gpt-4o-mini"), prompt: "grinding noise when braking", maxRetries: 0 });
      for await (const part of result.fullStream) if (part.type === "text-delta") break;
      const elapsed = performance.now() - started;
      void result.consumeStream();
      return elapsed;
    };

    const phase = async (label: string, concurrencies: readonly (1 | 50)[]) => {
      const { db, sql } = connect({ url: url.toString(), pglite: false }, { max: Number(process.env.BENCH_POOL ?? 20) });
      pools.push(sql);
      const deps: ChatDeps = {
        db,
        configured: { kind: "openai", modelId: "gpt-4o-mini", model: openai("gpt-4o-mini") },
        offline: offlineModel({ wordDelayMs: 0 }),
        timeoutMs: 10_000,
        rateLimit: false,
      };
      const newSession = async () => {
        const guest = randomUUID();
        const { sessionId } = await startSession(db, { user: null, guestTokenHash: guest }, { locale: "en" }, "bench");
        return { guest, sessionId };
      };
      const pitstop = async ({ guest, sessionId }: { guest: string; sessionId: string }) => {
        const started = performance.now();
        const response = await handleChat(
          deps,
          { user: null, guestTokenHash: guest, ip: "10.0.0.1" },
          { sessionId, message: { id: randomUUID(), role: "user", parts: [{ type: "text", text: "grinding noise when braking" }] } },
        );
        await firstDelta(response.body!);
        return performance.now() - started;
      };
      // Open every pooled connection first (a running server's pool is warm), then warm up JIT and statements.
      await Promise.all(Array.from({ length: 40 }, () => sql`select pg_sleep(0.05)`));
      // Warm-up: JIT, pools, prepared statements.
      for (let i = 0; i < 5; i++) await Promise.all([baseline(), pitstop(await newSession())]);
      // The floor under Pitstop's figure: one durable commit (the customer's message) per customer, all at once.
      const commits: number[] = [];
      for (let round = 0; round < 4; round++) {
        commits.push(
          ...(await Promise.all(
            Array.from({ length: 50 }, async () => {
              const started = performance.now();
              await sql`insert into analytics_events (type) values ('bench')`;
              return performance.now() - started;
            }),
          )),
        );
      }
      const c = stats(commits);
      console.log(`  ${label}: 50 concurrent single-row commits on this server p50 ${f(c.p50)} p95 ${f(c.p95)}`);

      for (const concurrency of concurrencies) {
        const base: number[] = [];
        const ours: number[] = [];
        for (let round = 0; round < ROUNDS[concurrency]; round++) {
          base.push(...(await Promise.all(Array.from({ length: concurrency }, baseline))));
          // Each of the concurrent customers has a session open already; they all send a message at once.
          const sessions = await Promise.all(Array.from({ length: concurrency }, newSession));
          ours.push(...(await Promise.all(sessions.map(pitstop))));
          await new Promise((resolve) => setTimeout(resolve, 300)); // the answers finish writing before the next burst
        }
        const b = stats(base);
        const p = stats(ours);
        console.log(
          `  ${String(concurrency).padStart(2)} concurrent: model alone p50 ${f(b.p50)} p95 ${f(b.p95)} · through Pitstop p50 ${f(p.p50)} p95 ${f(p.p95)} · added p50 ${f(p.p50 - b.p50)} p95 ${f(p.p95 - b.p95)}  (${ours.length} answers)`,
        );
      }
    };

    await phase("durable commits (synchronous_commit=on)", [1, 50]);
    // What the disk's flush costs: the same with commits acknowledged before they reach the disk.
    await server.unsafe("alter database pitstop_bench_ai set synchronous_commit = off");
    await phase("commit flush excluded (synchronous_commit=off, for comparison only)", [50]);
    await new Promise((resolve) => setTimeout(resolve, 500)); // let the last answers finish writing
  } finally {
    fake.kill("SIGTERM");
    for (const pool of pools) await pool.end();
    await server`drop database if exists pitstop_bench_ai`;
    await server.end();
  }
}

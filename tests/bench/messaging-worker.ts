/**
 * The chat's delivery latency, run by `messaging.bench.ts` in a process of its own (Pitstop reads the
 * realtime server's address from the environment once, when it loads; here that is this bench's soketi).
 *
 * - Pitstop: `messaging.send` (the tRPC procedure through `createCaller`: validation, membership,
 *   rate limit, the transaction that numbers and stores the message, then the publish) until the
 *   other side's pusher-js client receives `message.created`.
 * - Baseline: the raw round trip, `pusher` SDK trigger → soketi → the same pusher-js clients.
 *
 * The receiving browsers run in a process of their own (messaging-clients.ts), as browsers do; arrival
 * times are wall-clock (same machine). At 1 and 200 conversations sending at the same instant.
 * Goal: p99 ≤ 50 ms and ≤ 2× the raw round trip.
 */
import { randomUUID } from "node:crypto";
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import { freePort, realtimeEnvFor, startSoketi } from "../helpers/soketi";
import { percentile } from "./stats";

const CONVERSATIONS = 200;
/** Samples per phase: 1 conversation at a time, and rounds of all 200 at once. */
const SOLO_SAMPLES = 200;
const ROUNDS_AT_200 = 5;

const adminUrl = process.env.BENCH_POSTGRES_URL ?? process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const server = postgres(adminUrl, { max: 1, connect_timeout: 3, onnotice: () => {} });
try {
  await server`drop database if exists pitstop_bench_chat with (force)`;
  await server`create database pitstop_bench_chat`;
} catch (error) {
  console.log(`  Postgres: skipped (${(error as Error).message}); set BENCH_POSTGRES_URL to a server where a database may be created.`);
  process.exit(0);
} finally {
  await server.end();
}
const dbUrl = new URL(adminUrl);
dbUrl.pathname = "/pitstop_bench_chat";

// Before any of Pitstop's modules load: point them at this bench's soketi and database.
const soketi = await startSoketi({ port: await freePort() });
Object.assign(process.env, soketi.env, { DATABASE_URL: dbUrl.toString() });
delete process.env.REDIS_URL;

const { applyMigrations } = await import("../../src/server/db/migrate");
const { connect } = await import("../../src/server/db/client");
const { createCaller } = await import("../../src/server/api/root");
const { users, workshops, workshopMembers } = await import("../../src/server/db/schema");
const { isConversationParticipant } = await import("../../src/features/messaging/server");
const { authorizeChannel } = await import("../../src/server/realtime/authorize");
const { conversationChannel, REALTIME_EVENTS } = await import("../../src/lib/realtime/channels");
const { createPusher } = await import("../../src/server/realtime");

await applyMigrations({ url: dbUrl.toString(), pglite: false });
const { db, sql } = connect({ url: dbUrl.toString(), pglite: false }, { max: Number(process.env.BENCH_POOL ?? 20) });

type Person = { id: string; email: string; name: string; role: "customer" | "provider"; locale: "pl" };
const caller = (user: Person) => createCaller({ db, user, ip: "10.9.0.1", headers: new Headers(), guestToken: null, setCookie: () => {} });

// 200 conversations, each with its own customer and workshop (and the workshop's owner).
const person = (role: Person["role"], i: number): Person => ({
  id: randomUUID(),
  email: `bench-${role}-${i}-${randomUUID().slice(0, 6)}@bench.pitstop`,
  name: `Bench ${role} ${i}`,
  role,
  locale: "pl",
});
const customers = Array.from({ length: CONVERSATIONS }, (_, i) => person("customer", i));
const owners = Array.from({ length: CONVERSATIONS }, (_, i) => person("provider", i));
await db.insert(users).values([...customers, ...owners]);
const workshopRows = owners.map((o, i) => ({
  id: randomUUID(),
  slug: `bench-${i}-${o.id.slice(0, 8)}`,
  name: `Bench Workshop ${i}`,
  address: "ul. Testowa 1",
  city: "Kraków",
  lat: 50.06,
  lng: 19.94,
  status: "active" as const,
}));
await db.insert(workshops).values(workshopRows);
await db.insert(workshopMembers).values(owners.map((o, i) => ({ workshopId: workshopRows[i]!.id, userId: o.id, role: "owner" as const })));
const conversations = await Promise.all(
  customers.map(async (c, i) => {
    const { conversationId } = await caller(c).messaging.start({
      workshopId: workshopRows[i]!.id,
      body: "Dzień dobry",
      clientId: randomUUID(),
    });
    return conversationId;
  }),
);

// The workshops' browsers, in a process of their own: one pusher-js connection per conversation.
const browsers = fork(fileURLToPath(new URL("./messaging-clients.ts", import.meta.url)), [], { execArgv: ["--import", "tsx"] });
const arrivals = new Map<string, (at: number) => void>();
browsers.on(
  "message",
  (msg: { type: string; reqId?: number; index?: number; socketId?: string; channelName?: string; id?: string; at?: number }) => {
    if (msg.type === "recv") arrivals.get(msg.id!)?.(msg.at!);
    else if (msg.type === "auth") {
      const owner = owners[msg.index!]!;
      void authorizeChannel(db, owner, msg.socketId!, msg.channelName!, { conversation: isConversationParticipant }).then((result) =>
        browsers.send({ type: "auth", reqId: msg.reqId, ok: result.status === 200, body: result.body }),
      );
    }
  },
);
const ready = new Promise<void>((resolve) => browsers.on("message", (msg: { type: string }) => msg.type === "ready" && resolve()));
browsers.send({
  type: "setup",
  key: soketi.key,
  host: soketi.host,
  port: soketi.port,
  channels: conversations.map((id) => conversationChannel(id)),
  events: ["bench", REALTIME_EVENTS.message],
});
await ready;

/** Resolves with the wall-clock time the other side received the event carrying `id`. */
function arrival(id: string): Promise<number> {
  return new Promise((resolve) =>
    arrivals.set(id, (at) => {
      arrivals.delete(id);
      resolve(at);
    }),
  );
}
const wallClock = () => performance.timeOrigin + performance.now();

const raw = createPusher(realtimeEnvFor(soketi));

async function rawTrip(i: number): Promise<number> {
  const id = randomUUID();
  const got = arrival(id);
  const started = wallClock();
  await raw.trigger(conversationChannel(conversations[i]!), "bench", { id });
  return (await got) - started;
}

/** Each customer may send 10 a minute: a conversation's customer is used at most 9 times in the run. */
const sends = new Map<number, number>();
async function pitstopTrip(i: number): Promise<number> {
  sends.set(i, (sends.get(i) ?? 0) + 1);
  const clientId = randomUUID();
  const got = arrival(clientId);
  const started = wallClock();
  await caller(customers[i]!).messaging.send({ type: "text", conversationId: conversations[i]!, clientId, body: "Czy auto jest gotowe?" });
  return (await got) - started;
}

const summary = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), n: sorted.length };
};
const f = (n: number) => `${n.toFixed(1)} ms`.padStart(9);
const row = (label: string, s: ReturnType<typeof summary>, extra = "") =>
  console.log(`  ${label.padEnd(50)} p50 ${f(s.p50)}  p95 ${f(s.p95)}  p99 ${f(s.p99)}  (${s.n} messages)${extra}`);

// Warm-up: connections, JIT, prepared statements.
for (let i = 0; i < 20; i++) {
  await rawTrip(i);
  await pitstopTrip(i);
}

// One conversation at a time (a different one each time, so no customer meets the rate limit).
const soloRaw: number[] = [];
const soloPitstop: number[] = [];
for (let k = 0; k < SOLO_SAMPLES; k++) {
  const i = k % CONVERSATIONS;
  soloRaw.push(await rawTrip(i));
  soloPitstop.push(await pitstopTrip(i));
}

// All 200 conversations at the same instant.
const manyRaw: number[] = [];
const manyPitstop: number[] = [];
for (let round = 0; round < ROUNDS_AT_200; round++) {
  manyRaw.push(...(await Promise.all(conversations.map((_, i) => rawTrip(i)))));
  manyPitstop.push(...(await Promise.all(conversations.map((_, i) => pitstopTrip(i)))));
}

const ratio = (a: ReturnType<typeof summary>, b: ReturnType<typeof summary>) => `  ×${(a.p99 / b.p99).toFixed(1)} raw at p99`;
const soloR = summary(soloRaw);
const soloP = summary(soloPitstop);
const manyR = summary(manyRaw);
const manyP = summary(manyPitstop);
row("raw pusher → soketi → pusher-js, 1 conversation", soloR);
row("messaging.send → other side's pusher-js, 1", soloP, ratio(soloP, soloR));
row(`raw pusher → soketi → pusher-js, ${CONVERSATIONS} at once`, manyR);
row(`messaging.send → other side's pusher-js, ${CONVERSATIONS} at once`, manyP, ratio(manyP, manyR));

browsers.send({ type: "stop" });
await sql.end();
await soketi.stop();
process.exit(0);

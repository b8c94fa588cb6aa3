/**
 * Bookings against a real Postgres, run by `bookings.bench.ts` in a process of its own (Pitstop reads
 * DATABASE_URL, PUSHER_* and MAIL_CAPTURE_* once, when it loads; here they point at this bench's
 * throwaway database, soketi and SMTP capture, so the realtime publishes and the e-mails that inline
 * jobs send are real).
 *
 * The SMTP capture (scripts/mail-capture-server.mjs) runs in a child process of its own.
 *
 * Workshops in Europe/Warsaw, Mon–Fri 08:00–17:00 with a 12:00–12:30 break, Sat 09:00–13:00, a
 * 60-minute service with 10/5-minute buffers, starts every 15 minutes; "now" is Monday 1 June 2026,
 * 07:00 local (the same as slots.bench.ts).
 *
 * 1. `slotsFor` over 30 days on a workshop with 10 bays and 500 active bookings (placed on random
 *    bays and quarter hours, none overlapping on a bay). Baseline: the pure `computeSlots` on the same
 *    rows already in memory, so the ratio is what the database reads add. Goal: p95 ≤ 10 ms.
 * 2. `createBooking` under contention, through one pool of 10 connections:
 *    a. 200 customers take the same start on a workshop with one bay at the same instant: exactly
 *       one must win; wall time until all settle and each call's latency.
 *    b. 500 bookings at distinct start times (10 bays, 30 days) by 50 concurrent callers, against
 *       the same 500 made one after another (baseline, on a twin workshop); afterwards no bay may
 *       hold overlapping active bookings (SQL self-join).
 * Prints figures; never fails on time.
 */
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { and, eq, inArray } from "drizzle-orm";
import postgres from "postgres";
import { addLocalDays, localDate, occupiedRange, zonedTime, type SlotInput, type WeeklyHours } from "../../src/features/bookings/slots";
import { Rng } from "../../src/server/db/seed/random";
import { freePort, startSoketi } from "../helpers/soketi";
import { measure, ms, percentile, printRow } from "./stats";

const ZONE = "Europe/Warsaw";
const BAYS = 10;
const EXISTING = 500;
const DAYS = 30;
const SLOT_RUNS = 300;
const RACERS = 200;
const THROUGHPUT = 500;
const CALLERS = 50;
const POOL = 10;
// Monday 1 June 2026, 07:00 in Warsaw.
const NOW = new Date("2026-06-01T05:00:00Z");
const SERVICE = { durationMinutes: 60, bufferBeforeMinutes: 10, bufferAfterMinutes: 5 };
const WEEKLY: WeeklyHours = [
  ...[1, 2, 3, 4, 5].flatMap((weekday) => [
    { weekday, opensAt: 8 * 60, closesAt: 12 * 60 },
    { weekday, opensAt: 12 * 60 + 30, closesAt: 17 * 60 },
  ]),
  { weekday: 6, opensAt: 9 * 60, closesAt: 13 * 60 },
];

const DB_NAME = "pitstop_bench_bookings";
const adminUrl = process.env.BENCH_POSTGRES_URL ?? process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const admin = () => postgres(adminUrl, { max: 1, connect_timeout: 3, onnotice: () => {} });
const server = admin();
try {
  await server`drop database if exists ${server(DB_NAME)} with (force)`;
  await server`create database ${server(DB_NAME)}`;
} catch (error) {
  console.log(`  Postgres: skipped (${(error as Error).message}); set BENCH_POSTGRES_URL to a server where a database may be created.`);
  process.exit(0);
} finally {
  await server.end();
}
const dbUrl = new URL(adminUrl);
dbUrl.pathname = `/${DB_NAME}`;

// Before any of Pitstop's modules load: point them at this bench's database, soketi and mail capture.
// The SMTP capture runs in a process of its own, as a mail server would: parsing and storing 2,000
// messages must not take this process's CPU from the bookings being measured.
const mailDir = await mkdtemp(path.join(tmpdir(), "pitstop-bench-mail-"));
const captureScript = pathToFileURL(fileURLToPath(new URL("../../scripts/mail-capture-server.mjs", import.meta.url))).href;
const mail = spawn(
  process.execPath,
  [
    "--input-type=module",
    "-e",
    `import { startMailCapture } from ${JSON.stringify(captureScript)};
     const capture = await startMailCapture({ port: 0, dir: process.argv[1] });
     process.on("disconnect", () => void capture.stop().then(() => process.exit(0)));
     process.send(capture.port);`,
    mailDir,
  ],
  { stdio: ["ignore", "inherit", "inherit", "ipc"] },
);
const [mailPort] = (await once(mail, "message")) as [number];
const soketi = await startSoketi({ port: await freePort() });
Object.assign(process.env, soketi.env, {
  DATABASE_URL: dbUrl.toString(),
  MAIL_CAPTURE_PORT: String(mailPort),
  MAIL_CAPTURE_DIR: mailDir,
});
// Jobs run inline in this process, e-mail goes to the capture server, rate limits stay in memory.
for (const name of ["REDIS_URL", "SMTP_URL", "INNGEST_DEV", "INNGEST_EVENT_KEY"]) delete process.env[name];

const { applyMigrations } = await import("../../src/server/db/migrate");
const { connect } = await import("../../src/server/db/client");
const schema = await import("../../src/server/db/schema");
const { slotsFor } = await import("../../src/features/bookings/server/availability");
const { createBooking } = await import("../../src/features/bookings/server/service");
const { computeSlots } = await import("../../src/features/bookings/slots");
const { settleInlineJobs } = await import("../../src/server/jobs");
const { sql: appSql } = await import("../../src/server/db");

await applyMigrations({ url: dbUrl.toString(), pglite: false });
const { db, sql } = connect({ url: dbUrl.toString(), pglite: false }, { max: POOL });

const today = localDate(NOW, ZONE);
const lastDay = addLocalDays(today, DAYS - 1);
const isoWeekday = (date: string) => ((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;

type Person = { id: string; email: string; name: string; role: "customer" | "provider"; locale: "pl"; passwordHash: string };
const person = (role: Person["role"], label: string): Person => ({
  id: randomUUID(),
  email: `bench-${label}-${randomUUID().slice(0, 8)}@bench.pitstop`,
  name: `Bench ${label}`,
  role,
  locale: "pl",
  // Nobody signs in: any string will do.
  passwordHash: "bench-not-a-hash",
});

/** An active workshop with `bays` bays, the week above, 15-minute starts, the service and an owner (who hears of requests). */
async function createWorkshop(label: string, bays: number) {
  const owner = person("provider", `owner-${label}`);
  await db.insert(schema.users).values(owner);
  const [workshop] = await db
    .insert(schema.workshops)
    .values({
      slug: `bench-${label}-${randomUUID().slice(0, 8)}`,
      name: `Bench ${label}`,
      address: "ul. Testowa 1",
      city: "Kraków",
      lat: 50.06,
      lng: 19.94,
      timeZone: ZONE,
      status: "active",
    })
    .returning();
  const workshopId = workshop!.id;
  await db.insert(schema.workshopMembers).values({ workshopId, userId: owner.id, role: "owner" });
  await db.insert(schema.workshopOpeningHours).values(WEEKLY.map((w) => ({ workshopId, ...w })));
  await db.insert(schema.workshopBookingSettings).values({
    workshopId,
    slotIntervalMinutes: 15,
    minNoticeMinutes: 120,
    horizonDays: 60,
    cancellationNoticeMinutes: 24 * 60,
    autoConfirm: false,
  });
  const [service] = await db
    .insert(schema.workshopServices)
    .values({ workshopId, category: "brakes", name: "Wymiana klocków", priceFrom: 32_000, priceTo: 45_000, ...SERVICE })
    .returning();
  const bayRows = await db
    .insert(schema.workshopBays)
    .values(Array.from({ length: bays }, (_, i) => ({ workshopId, name: `Stanowisko ${i + 1}`, position: i })))
    .returning({ id: schema.workshopBays.id });
  return { workshopId, service: service!, bayIds: bayRows.map((b) => b.id) };
}

/** Customers, each with one car. */
async function createCustomers(count: number) {
  const people = Array.from({ length: count }, (_, i) => person("customer", `customer-${i}`));
  await db.insert(schema.users).values(people);
  const cars = await db
    .insert(schema.vehicles)
    .values(people.map((p) => ({ ownerId: p.id, make: "Skoda", model: "Octavia", year: 2017, fuel: "diesel" as const, engine: "2.0 TDI" })))
    .returning({ id: schema.vehicles.id, ownerId: schema.vehicles.ownerId });
  const carOf = new Map(cars.map((c) => [c.ownerId, c.id]));
  return people.map((p) => ({ user: p, vehicleId: carOf.get(p.id)! }));
}

const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;
const latency = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return `p50 ${ms(percentile(sorted, 50))}, p95 ${ms(percentile(sorted, 95))}`;
};

// ---------------------------------------------------------------------------------------------
// 1. Slots for 30 days from the database.

const busy = await createWorkshop("busy", BAYS);
const seedCustomer = person("customer", "seed");
await db.insert(schema.users).values(seedCustomer);
{
  // Existing bookings of 30–120 minutes on random open days, bays and quarter hours inside the
  // opening intervals, widened by the same buffers; the exclusion constraint drops the overlapping
  // candidates (ON CONFLICT DO NOTHING) and the loop tops up until EXISTING are in.
  const rng = Rng.for("bench", "bookings");
  const openDays = Array.from({ length: DAYS }, (_, i) => addLocalDays(today, i))
    .map((date) => ({ date, intervals: WEEKLY.filter((w) => w.weekday === isoWeekday(date)) }))
    .filter((day) => day.intervals.length > 0);
  let placed = 0;
  for (let round = 0; placed < EXISTING && round < 50; round++) {
    const rows = Array.from({ length: EXISTING - placed }, () => {
      const day = rng.pick(openDays);
      const interval = rng.pick(day.intervals);
      const minutes = rng.int(2, 8) * 15;
      const opensAt = interval.opensAt + rng.int(0, Math.max(0, (interval.closesAt - interval.opensAt - minutes) / 15)) * 15;
      const startsAt = zonedTime(day.date, opensAt, ZONE);
      const endsAt = new Date(startsAt.getTime() + minutes * 60_000);
      const occupied = occupiedRange(startsAt, endsAt, SERVICE.bufferBeforeMinutes, SERVICE.bufferAfterMinutes);
      return {
        workshopId: busy.workshopId,
        customerId: seedCustomer.id,
        vehicleLabel: "Skoda Octavia 2017 (2.0 TDI)",
        serviceId: busy.service.id,
        serviceName: busy.service.name,
        bayId: rng.pick(busy.bayIds),
        startsAt,
        endsAt,
        occupiedFrom: occupied.from,
        occupiedUntil: occupied.until,
        status: rng.chance(0.5) ? ("confirmed" as const) : ("requested" as const),
        priceFrom: busy.service.priceFrom,
        priceTo: busy.service.priceTo,
        idempotencyKey: `seed-${randomUUID()}`,
      };
    });
    placed += (await db.insert(schema.bookings).values(rows).onConflictDoNothing().returning({ id: schema.bookings.id })).length;
  }
}

const slotQuery = { workshopId: busy.workshopId, timeZone: ZONE, service: busy.service, from: today, to: lastDay, now: NOW };
let dbSlots = 0;
const fromDb = await measure(SLOT_RUNS, async () => {
  const { days } = await slotsFor(db, slotQuery);
  dbSlots = days.reduce((sum, day) => sum + day.slots.length, 0);
});

// Baseline: the same rows, read once, through the pure function.
const [activeRows, hourRows] = await Promise.all([
  db
    .select({ bayId: schema.bookings.bayId, from: schema.bookings.occupiedFrom, until: schema.bookings.occupiedUntil })
    .from(schema.bookings)
    .where(
      and(eq(schema.bookings.workshopId, busy.workshopId), inArray(schema.bookings.status, ["requested", "confirmed", "in_progress"])),
    ),
  db
    .select({
      weekday: schema.workshopOpeningHours.weekday,
      opensAt: schema.workshopOpeningHours.opensAt,
      closesAt: schema.workshopOpeningHours.closesAt,
    })
    .from(schema.workshopOpeningHours)
    .where(eq(schema.workshopOpeningHours.workshopId, busy.workshopId)),
]);
const inMemory: SlotInput = {
  timeZone: ZONE,
  weeklyHours: hourRows,
  overrides: [],
  bayIds: busy.bayIds,
  busy: activeRows,
  ...SERVICE,
  slotIntervalMinutes: 15,
  minNoticeMinutes: 120,
  horizonDays: 60,
  now: NOW,
  from: today,
  to: lastDay,
};
let memorySlots = 0;
const pure = await measure(SLOT_RUNS, async () => {
  memorySlots = computeSlots(inMemory).reduce((sum, day) => sum + day.slots.length, 0);
});

console.log(`  1. Slots, ${DAYS} days (${today}..${lastDay}), ${BAYS} bays, ${activeRows.length} active bookings`);
printRow("computeSlots, rows in memory (baseline)", pure, `, mean ${ms(pure.mean)}, ${memorySlots} slots`);
printRow(
  "slotsFor, from the database",
  fromDb,
  `, mean ${ms(fromDb.mean)}, ${dbSlots} slots  ×${(fromDb.p95 / pure.p95).toFixed(1)} baseline at p95`,
);
console.log(
  `  database reads add ${ms(fromDb.p50 - pure.p50)} at p50, ${ms(fromDb.p95 - pure.p95)} at p95; goal p95 ≤ 10 ms: ${fromDb.p95 <= 10 ? "met" : "not met"}`,
);

// ---------------------------------------------------------------------------------------------
// 2a. 200 customers, one bay, the same start, at the same instant.

const customers = await createCustomers(RACERS);
const single = await createWorkshop("one-bay", 1);
// Wednesday 3 June 2026, 08:00 local.
const contested = zonedTime(addLocalDays(today, 2), 8 * 60, ZONE).toISOString();

type Outcome = "won" | "duplicate" | "slot_taken" | "error";
async function book(workshop: Awaited<ReturnType<typeof createWorkshop>>, who: (typeof customers)[number], startsAt: string) {
  const started = performance.now();
  let outcome: Outcome;
  try {
    const result = await createBooking(
      db,
      who.user,
      {
        workshopId: workshop.workshopId,
        serviceId: workshop.service.id,
        vehicleId: who.vehicleId,
        startsAt,
        idempotencyKey: `bench-${randomUUID()}`,
      },
      NOW,
    );
    outcome = result.ok ? (result.duplicate ? "duplicate" : "won") : "slot_taken";
  } catch (error) {
    console.error(`  createBooking failed: ${(error as Error).message}`);
    outcome = "error";
  }
  return { outcome, ms: performance.now() - started };
}
const tally = (results: { outcome: Outcome }[]) => {
  const counts: Record<Outcome, number> = { won: 0, duplicate: 0, slot_taken: 0, error: 0 };
  for (const r of results) counts[r.outcome]++;
  return counts;
};

// Warm-up on a workshop of its own (JIT, prepared statements, the pool's connections, the mail path).
const warm = await createWorkshop("warm-up", BAYS);
const warmStarts = (await slotsFor(db, { ...slotQuery, workshopId: warm.workshopId, service: warm.service })).days.flatMap((day) =>
  day.slots.map((s) => s.startsAt.toISOString()),
);
for (let i = 0; i < 20; i++) await book(warm, customers[i]!, warmStarts[i * 7]!);
await settleInlineJobs();

const raceStarted = performance.now();
const race = await Promise.all(customers.map((c) => book(single, c, contested)));
const raceWall = performance.now() - raceStarted;
const raceCounts = tally(race);
console.log(`  2a. ${RACERS} customers book the same start on 1 bay at once (pool of ${POOL} connections)`);
console.log(
  `  all settled in ${ms(raceWall)}; won ${raceCounts.won} (must be 1), slot_taken ${raceCounts.slot_taken}, errors ${raceCounts.error}; per call ${latency(race.map((r) => r.ms))}`,
);
let jobsStarted = performance.now();
await settleInlineJobs();
console.log(`  inline e-mail jobs settled ${ms(performance.now() - jobsStarted)} after the last call`);

// ---------------------------------------------------------------------------------------------
// 2b. 500 bookings at distinct free times: one after another, then by 50 concurrent callers.

const sequentialShop = await createWorkshop("sequential", BAYS);
const concurrentShop = await createWorkshop("concurrent", BAYS);
const offered = (await slotsFor(db, { ...slotQuery, workshopId: sequentialShop.workshopId, service: sequentialShop.service })).days.flatMap(
  (day) => day.slots.map((s) => s.startsAt.toISOString()),
);
// Spread evenly over the 30 days, so neighbouring requests share bays and race for them.
const targets = Array.from(
  { length: Math.min(THROUGHPUT, offered.length) },
  (_, k) => offered[Math.floor((k * offered.length) / THROUGHPUT)]!,
);
const callers = customers.slice(0, CALLERS);

const sequentialStarted = performance.now();
const sequential: Awaited<ReturnType<typeof book>>[] = [];
for (let k = 0; k < targets.length; k++) sequential.push(await book(sequentialShop, callers[k % CALLERS]!, targets[k]!));
const sequentialWall = performance.now() - sequentialStarted;
jobsStarted = performance.now();
await settleInlineJobs();
const sequentialJobs = performance.now() - jobsStarted;

// Caller w makes bookings w, w + 50, w + 100… one after another; the 50 callers run at once.
const concurrentStarted = performance.now();
const lanes = await Promise.all(
  callers.map(async (caller, w) => {
    const mine: Awaited<ReturnType<typeof book>>[] = [];
    for (let k = w; k < targets.length; k += CALLERS) mine.push(await book(concurrentShop, caller, targets[k]!));
    return mine;
  }),
);
const concurrentWall = performance.now() - concurrentStarted;
const concurrent = lanes.flat();
jobsStarted = performance.now();
await settleInlineJobs();
const concurrentJobs = performance.now() - jobsStarted;

const rate = (count: number, wallMs: number) => (count / wallMs) * 1000;
const sequentialRate = rate(sequential.length, sequentialWall);
const concurrentRate = rate(concurrent.length, concurrentWall);
const sc = tally(sequential);
const cc = tally(concurrent);
console.log(`  2b. ${targets.length} bookings at distinct start times of ${offered.length} offered, ${BAYS} bays, ${DAYS} days`);
console.log(
  `  one after another (baseline)   ${seconds(sequentialWall).padStart(8)}  ${sequentialRate.toFixed(1).padStart(6)} bookings/s  per call ${latency(sequential.map((r) => r.ms))}  (won ${sc.won}, slot_taken ${sc.slot_taken}, errors ${sc.error}; jobs settled +${ms(sequentialJobs)})`,
);
console.log(
  `  ${CALLERS} concurrent callers          ${seconds(concurrentWall).padStart(8)}  ${concurrentRate.toFixed(1).padStart(6)} bookings/s  per call ${latency(concurrent.map((r) => r.ms))}  (won ${cc.won}, slot_taken ${cc.slot_taken}, errors ${cc.error}; jobs settled +${ms(concurrentJobs)})  ×${(concurrentRate / sequentialRate).toFixed(2)} baseline`,
);

const [overlap] = await sql<{ pairs: number; active: number }[]>`
  select
    (select count(*)::int from bookings a join bookings b
       on a.bay_id = b.bay_id and a.id < b.id
      and a.occupied_from < b.occupied_until and b.occupied_from < a.occupied_until
      where a.status in ('requested', 'confirmed', 'in_progress') and b.status in ('requested', 'confirmed', 'in_progress')) as pairs,
    (select count(*)::int from bookings where status in ('requested', 'confirmed', 'in_progress')) as active`;
const mails = (await readdir(mailDir)).filter((f) => f.endsWith(".json")).length;
console.log(`  overlapping active bookings on one bay: ${overlap!.pairs} pairs among ${overlap!.active} active bookings (must be 0)`);
console.log(`  side effects: ${mails} e-mails captured over SMTP, realtime events published to soketi`);

await sql.end();
await appSql.end();
await soketi.stop();
const mailExited = once(mail, "exit");
mail.disconnect();
await mailExited;
await rm(mailDir, { recursive: true, force: true });
const cleanup = admin();
await cleanup`drop database if exists ${cleanup(DB_NAME)} with (force)`;
await cleanup.end();
process.exit(0);

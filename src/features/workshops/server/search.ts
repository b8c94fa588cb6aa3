import "server-only";
import { and, eq, gte, ilike, sql, type SQL } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { DbOrTx } from "@/server/db";
import { workshops } from "@/server/db/schema";
import { MAX_PINS, searchWorkshopsSchema, type SearchWorkshopsInput, type ServiceCategory } from "../schemas";
import { findCity } from "./cities";

const point = sql`ll_to_earth(${workshops.lat}, ${workshops.lng})`;
// Correlated subqueries name the outer row explicitly: in a select list drizzle writes columns
// unqualified, and a bare "id" inside `from workshop_services` would mean the service's id.
const outer = { id: sql.raw(`"workshops"."id"`), timeZone: sql.raw(`"workshops"."time_zone"`) };

/** True while the workshop is open at `at` (its opening hours read in its own time zone). */
export function openAt(at: Date): SQL<boolean> {
  const local = sql`(${at.toISOString()}::timestamptz at time zone ${outer.timeZone})`;
  return sql<boolean>`exists (
    select 1 from workshop_opening_hours h
    where h.workshop_id = ${outer.id}
      and h.weekday = extract(isodow from ${local})
      and h.opens_at <= extract(hour from ${local}) * 60 + extract(minute from ${local})
      and h.closes_at > extract(hour from ${local}) * 60 + extract(minute from ${local}))`;
}

function offersCategory(category: ServiceCategory): SQL {
  return sql`exists (select 1 from workshop_services s
    where s.workshop_id = ${outer.id} and s.active and s.category = ${category})`;
}

/** Lowest active price (grosze), within the category when one is chosen. */
function lowestPrice(category: ServiceCategory | undefined): SQL<number | null> {
  return sql<number | null>`(select min(s.price_from)::int from workshop_services s
    where s.workshop_id = ${outer.id} and s.active ${category ? sql`and s.category = ${category}` : sql``})`;
}

export type WorkshopSearchResult = Awaited<ReturnType<typeof searchWorkshops>>;

/**
 * Finds active workshops, nearest first by default.
 *
 * Distance search runs in SQL with earthdistance: `earth_box` (GiST index on `ll_to_earth(lat, lng)`)
 * prefilters the square around the origin, `earth_distance` keeps the exact circle, and the
 * cube `<->` operator orders nearest-first from the same index (KNN), so only the page is read.
 *
 * @param input origin (`near` lat/lng in WGS84 degrees, or `city` resolved via GeoNames), radius in
 *   metres, filters (service category, open now, minimum rating 0–5, name), sort, page (1-based).
 * @param now the instant "open now" refers to (UTC).
 * @returns `items` for the page (distance in metres, lowest price in grosze, open-now flag,
 *   categories), `hasMore`, `total` matching workshops (capped at MAX_PINS) and their `pins` for
 *   the map, and the resolved `origin` (null without one).
 * @throws AppError NOT_FOUND `errors.workshops.unknownCity` when `city` is not a Polish place.
 */
export async function searchWorkshops(db: DbOrTx, rawInput: SearchWorkshopsInput, now = new Date()) {
  const input = searchWorkshopsSchema.parse(rawInput);
  let origin: { lat: number; lng: number; label: string | null } | null = null;
  if (input.near) origin = { ...input.near, label: null };
  else if (input.city) {
    const city = await findCity(input.city);
    if (!city) throw new AppError("NOT_FOUND", "errors.workshops.unknownCity");
    origin = { lat: city.lat, lng: city.lng, label: city.name };
  }

  const conditions: SQL[] = [eq(workshops.status, "active")];
  let distance: SQL<number | null> = sql<null>`null::float8`;
  let nearestFirst: SQL | null = null;
  if (origin) {
    const center = sql`ll_to_earth(${origin.lat}::float8, ${origin.lng}::float8)`;
    distance = sql<number>`earth_distance(${point}, ${center})`;
    conditions.push(sql`earth_box(${center}, ${input.radiusM}::float8) @> ${point}`);
    conditions.push(sql`earth_distance(${point}, ${center}) <= ${input.radiusM}::float8`);
    nearestFirst = sql`${point} <-> ${center}`;
  }
  if (input.category) conditions.push(offersCategory(input.category));
  if (input.minRating) conditions.push(gte(workshops.rating, input.minRating));
  if (input.openNow) conditions.push(openAt(now));
  if (input.q) conditions.push(ilike(workshops.name, `%${input.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  const where = and(...conditions);

  const sort = input.sort ?? (origin ? "distance" : "rating");
  const price = lowestPrice(input.category);
  const byRating = [sql`${workshops.rating} desc`, sql`${workshops.ratingCount} desc`];
  const tieBreak = nearestFirst ? [nearestFirst, workshops.id] : [workshops.id];
  // Nearest-first orders by distance alone: a tie-breaker column would stop Postgres from reading
  // the order straight off the GiST index (it would fetch the whole radius and sort it).
  const orderBy =
    sort === "distance" && nearestFirst
      ? [nearestFirst]
      : sort === "price"
        ? [sql`${price} asc nulls last`, ...tieBreak]
        : [...byRating, ...tieBreak];

  const pageQuery = (tx: DbOrTx) =>
    tx
      .select({
        id: workshops.id,
        slug: workshops.slug,
        name: workshops.name,
        address: workshops.address,
        city: workshops.city,
        lat: workshops.lat,
        lng: workshops.lng,
        rating: workshops.rating,
        ratingCount: workshops.ratingCount,
        distanceM: distance,
        priceFrom: price,
        openNow: openAt(now),
        categories: sql<ServiceCategory[]>`array(select distinct s.category::text from workshop_services s
          where s.workshop_id = ${outer.id} and s.active order by 1)`,
      })
      .from(workshops)
      .where(where)
      .orderBy(...orderBy)
      .limit(input.pageSize + 1)
      .offset((input.page - 1) * input.pageSize);

  const pinsQuery = (tx: DbOrTx) =>
    tx
      .select({
        id: workshops.id,
        slug: workshops.slug,
        name: workshops.name,
        lat: workshops.lat,
        lng: workshops.lng,
        rating: workshops.rating,
        ratingCount: workshops.ratingCount,
      })
      .from(workshops)
      .where(where)
      .orderBy(...(nearestFirst ? [nearestFirst] : byRating))
      .limit(MAX_PINS);

  // cube's `@>` has no statistics, so Postgres guesses ~0.1% of rows match the box and prefers a
  // bitmap scan that reads every workshop in it (≈18,000 around Katowice in the benchmark) before
  // sorting. Walking the GiST index nearest-first, with the box as index condition, stops at the
  // page or the pin limit instead: 6× faster there. `set local` ends with this read-only transaction.
  const [rows, pins] = await db.transaction(
    async (tx) => {
      if (origin) await tx.execute(sql`set local enable_bitmapscan = off`);
      return Promise.all([pageQuery(tx), pinsQuery(tx)]);
    },
    { accessMode: "read only" },
  );

  return {
    origin,
    radiusM: origin ? input.radiusM : null,
    sort,
    page: input.page,
    pageSize: input.pageSize,
    hasMore: rows.length > input.pageSize,
    total: pins.length,
    items: rows.slice(0, input.pageSize).map((r) => ({ ...r, distanceM: r.distanceM === null ? null : Math.round(r.distanceM) })),
    pins,
  };
}

/**
 * The page query alone (no pins): the `limit` nearest active workshops within `radiusM` metres.
 * Used by the geo-search benchmark; same SQL shape as `searchWorkshops`' distance sort.
 */
export async function nearestWorkshops(db: DbOrTx, origin: { lat: number; lng: number }, radiusM: number, limit = 20) {
  const center = sql`ll_to_earth(${origin.lat}::float8, ${origin.lng}::float8)`;
  return db
    .select({ id: workshops.id, distanceM: sql<number>`earth_distance(${point}, ${center})` })
    .from(workshops)
    .where(
      and(
        eq(workshops.status, "active"),
        sql`earth_box(${center}, ${radiusM}::float8) @> ${point}`,
        sql`earth_distance(${point}, ${center}) <= ${radiusM}::float8`,
      ),
    )
    .orderBy(sql`${point} <-> ${center}`)
    .limit(limit);
}

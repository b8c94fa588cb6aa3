import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import type { DbOrTx } from "@/server/db";
import { fitmentChanges, fitments, products } from "@/server/db/schema";
import type { FitmentCell, FitmentType } from "../constants";
import type { copyShopInput, fitmentMetaInput, matrixSaveInput } from "../schemas";
import type { MatrixConflict, MatrixSaveResult } from "../types";
import { brandAllowed } from "./fitment-queries";
import { shopById } from "./shops";
import { pgArray, pgTextArray } from "./sql";

/** Arbitrary constant: with the shop's hash, serialises fitment writes per shop (matrix saves, copies). */
const FITMENT_LOCK = 727_006;

/** Takes the shop's fitment write lock until the transaction ends. */
async function lockShopFitment(tx: DbOrTx, shopId: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(${FITMENT_LOCK}, hashtext(${shopId}))`);
}

const cellKey = (partId: string, vehicleId: string) => `${partId}:${vehicleId}`;

/**
 * Saves matrix edits in one transaction (all or nothing). Input: `{ shopId, batchId, changes:
 * [{ partId, vehicleId, from, to }] }` where `from` is the cell the editor saw (null = empty).
 * - Conflict-safe: under the shop's lock, every cell is compared with `from`; if another admin
 *   changed any of them, nothing is written and `{ ok: false, conflicts }` gives their current values.
 * - Idempotent: a batch already saved (same `batchId`) answers `{ ok: true, replayed: true }`.
 * - Rules: parts must be parts, vehicles vehicles (BAD_REQUEST `errors.catalog.notAPart` /
 *   `notAVehicle`), vehicle brands accepted by the shop (BAD_REQUEST `errors.catalog.brandNotAllowed`);
 *   the database enforces the same with foreign keys and the `fitments_brand_allowed` trigger.
 *   A vehicle cannot be both original and replacement: a cell holds one type.
 * - Audited: one `fitment_changes` row per changed cell with the batch id and the actor.
 * Changing a cell's type clears its verification. Later changes of the same cell in the list win.
 */
export async function saveMatrix(db: DbOrTx, actorId: string, input: z.output<typeof matrixSaveInput>): Promise<MatrixSaveResult> {
  const wanted = new Map<string, { partId: string; vehicleId: string; from: FitmentCell; to: FitmentCell }>();
  for (const change of input.changes) {
    const key = cellKey(change.partId, change.vehicleId);
    const earlier = wanted.get(key);
    wanted.set(key, { ...change, from: earlier?.from ?? change.from });
  }
  const changes = [...wanted.values()].filter((c) => c.from !== c.to);

  return db.transaction(async (tx) => {
    const shop = await shopById(tx, input.shopId);
    await lockShopFitment(tx, shop.id);
    const [done] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(fitmentChanges)
      .where(eq(fitmentChanges.batchId, input.batchId));
    if (done && done.n > 0) return { ok: true, batchId: input.batchId, applied: done.n, replayed: true };
    if (!changes.length) return { ok: true, batchId: input.batchId, applied: 0, replayed: false };

    const partIds = changes.map((c) => c.partId);
    const vehicleIds = changes.map((c) => c.vehicleId);
    const current = await tx.execute<{ part_id: string; vehicle_id: string; type: FitmentType }>(sql`
      select f.part_id, f.vehicle_id, f.type
      from ${fitments} f
      join unnest(${pgArray(partIds, "uuid")}, ${pgArray(vehicleIds, "uuid")}) as c(part_id, vehicle_id)
        on f.part_id = c.part_id and f.vehicle_id = c.vehicle_id
      where f.shop_id = ${shop.id}`);
    const now = new Map(current.map((r) => [cellKey(r.part_id, r.vehicle_id), r.type]));
    const conflicts: MatrixConflict[] = [];
    for (const c of changes) {
      const actual = now.get(cellKey(c.partId, c.vehicleId)) ?? null;
      if (actual !== c.from) conflicts.push({ partId: c.partId, vehicleId: c.vehicleId, current: actual });
    }
    if (conflicts.length) return { ok: false, conflicts };

    await checkRules(tx, shop, changes);

    const removals = changes.filter((c) => c.to === null);
    const upserts = changes.filter((c): c is typeof c & { to: FitmentType } => c.to !== null);
    if (removals.length) {
      await tx.execute(sql`
        delete from ${fitments} f
        using unnest(${pgArray(
          removals.map((c) => c.partId),
          "uuid",
        )}, ${pgArray(
          removals.map((c) => c.vehicleId),
          "uuid",
        )}) as c(part_id, vehicle_id)
        where f.shop_id = ${shop.id} and f.part_id = c.part_id and f.vehicle_id = c.vehicle_id`);
    }
    if (upserts.length) {
      await tx.execute(sql`
        insert into ${fitments} (shop_id, part_id, vehicle_id, type, created_by)
        select ${shop.id}, c.part_id, c.vehicle_id, c.type, ${actorId}
        from unnest(${pgArray(
          upserts.map((c) => c.partId),
          "uuid",
        )}, ${pgArray(
          upserts.map((c) => c.vehicleId),
          "uuid",
        )}, ${pgArray(
          upserts.map((c) => c.to),
          "fitment_type",
        )}) as c(part_id, vehicle_id, type)
        on conflict (shop_id, part_id, vehicle_id) do update
          set type = excluded.type, updated_at = now(), verified_at = null, verified_by = null`);
    }
    await tx.execute(sql`
      insert into ${fitmentChanges} (batch_id, shop_id, part_id, vehicle_id, before, after, actor_id)
      select ${input.batchId}, ${shop.id}, c.part_id, c.vehicle_id, nullif(c.before, '')::fitment_type, nullif(c.after, '')::fitment_type, ${actorId}
      from unnest(${pgArray(partIds, "uuid")}, ${pgArray(vehicleIds, "uuid")}, ${pgTextArray(changes.map((c) => c.from ?? ""))}, ${pgTextArray(changes.map((c) => c.to ?? ""))}) as c(part_id, vehicle_id, before, after)`);
    return { ok: true, batchId: input.batchId, applied: changes.length, replayed: false };
  });
}

/**
 * The service-level check of the fitment rules for cells being set, so the admin gets a clear
 * message (the constraints would only say "violates…"). One query over the distinct products.
 */
async function checkRules(
  tx: DbOrTx,
  shop: { name: string; allowedBrands: string[] | null },
  changes: { partId: string; vehicleId: string; to: FitmentCell }[],
) {
  const setting = changes.filter((c) => c.to !== null);
  if (!setting.length) return;
  const partIds = [...new Set(setting.map((c) => c.partId))];
  const vehicleIds = [...new Set(setting.map((c) => c.vehicleId))];
  const found = await tx
    .select({ id: products.id, type: products.type, sku: products.sku, brand: products.brand })
    .from(products)
    .where(sql`${products.id} = any(${pgArray([...partIds, ...vehicleIds], "uuid")})`);
  const byId = new Map(found.map((p) => [p.id, p]));
  for (const id of partIds) {
    const p = byId.get(id);
    if (!p) throw new AppError("NOT_FOUND", "errors.catalog.productNotFound");
    if (p.type !== "part") throw new AppError("BAD_REQUEST", "errors.catalog.notAPart", { sku: p.sku });
  }
  for (const id of vehicleIds) {
    const v = byId.get(id);
    if (!v) throw new AppError("NOT_FOUND", "errors.catalog.productNotFound");
    if (v.type !== "vehicle") throw new AppError("BAD_REQUEST", "errors.catalog.notAVehicle", { sku: v.sku });
    if (shop.allowedBrands !== null && !shop.allowedBrands.includes(v.brand))
      throw new AppError("BAD_REQUEST", "errors.catalog.brandNotAllowed", { shop: shop.name, brand: v.brand });
  }
}

/**
 * Copies fitment from one shop to another in one transaction, audited as one batch.
 * `merge`: the source's cells overwrite the target's where they differ, the target's others stay;
 * `replace`: the target's fitment of the chosen parts (all parts when `partIds` is omitted)
 * becomes the source's. Vehicles of brands the target does not accept are skipped.
 * @returns copied = cells added or changed in the target, skipped = source cells of brands the
 *   target refuses, removed = target cells deleted (replace only).
 * Throws NOT_FOUND `errors.catalog.shopNotFound`.
 */
export async function copyShopFitment(
  db: DbOrTx,
  actorId: string,
  input: z.output<typeof copyShopInput>,
): Promise<{ copied: number; skipped: number; removed: number }> {
  return db.transaction(async (tx) => {
    const from = await shopById(tx, input.fromShopId);
    const to = await shopById(tx, input.toShopId);
    await lockShopFitment(tx, to.id);
    const batchId = crypto.randomUUID();
    const partFilter = (column: SQL) => (input.partIds ? sql`and ${column} = any(${pgArray(input.partIds, "uuid")})` : sql``);

    const [counts] = await tx.execute<{ total: number; allowed: number }>(sql`
      select count(*)::int as total, count(*) filter (where ${brandAllowed(sql`v.brand`, to.allowedBrands)})::int as allowed
      from ${fitments} s join ${products} v on v.id = s.vehicle_id
      where s.shop_id = ${from.id} ${partFilter(sql`s.part_id`)}`);

    let removed = 0;
    if (input.mode === "replace") {
      const gone = await tx.execute<{ n: number }>(sql`
        with gone as (
          delete from ${fitments} t
          where t.shop_id = ${to.id} ${partFilter(sql`t.part_id`)}
            and not exists (
              select 1 from ${fitments} s join ${products} v on v.id = s.vehicle_id
              where s.shop_id = ${from.id} and s.part_id = t.part_id and s.vehicle_id = t.vehicle_id
                and ${brandAllowed(sql`v.brand`, to.allowedBrands)})
          returning t.part_id, t.vehicle_id, t.type
        ), audit as (
          insert into ${fitmentChanges} (batch_id, shop_id, part_id, vehicle_id, before, after, actor_id)
          select ${batchId}, ${to.id}, part_id, vehicle_id, type, null, ${actorId} from gone
        )
        select count(*)::int as n from gone`);
      removed = gone[0]?.n ?? 0;
    }

    const copied = await tx.execute<{ n: number }>(sql`
      with src as (
        select s.part_id, s.vehicle_id, s.type
        from ${fitments} s join ${products} v on v.id = s.vehicle_id
        where s.shop_id = ${from.id} ${partFilter(sql`s.part_id`)} and ${brandAllowed(sql`v.brand`, to.allowedBrands)}
      ), cur as (
        select t.part_id, t.vehicle_id, t.type from ${fitments} t join src using (part_id, vehicle_id) where t.shop_id = ${to.id}
      ), up as (
        insert into ${fitments} (shop_id, part_id, vehicle_id, type, created_by)
        select ${to.id}, part_id, vehicle_id, type, ${actorId} from src
        on conflict (shop_id, part_id, vehicle_id) do update
          set type = excluded.type, updated_at = now(), verified_at = null, verified_by = null
          where ${fitments}.type is distinct from excluded.type
        returning part_id, vehicle_id, type
      ), audit as (
        insert into ${fitmentChanges} (batch_id, shop_id, part_id, vehicle_id, before, after, actor_id)
        select ${batchId}, ${to.id}, up.part_id, up.vehicle_id, cur.type, up.type, ${actorId}
        from up left join cur using (part_id, vehicle_id)
      )
      select count(*)::int as n from up`);

    return { copied: copied[0]?.n ?? 0, skipped: (counts?.total ?? 0) - (counts?.allowed ?? 0), removed };
  });
}

/**
 * Notes and verification of one fitment (verified = by the caller, now; unverified clears both).
 * Throws NOT_FOUND `errors.catalog.fitmentNotFound`.
 */
export async function setFitmentMeta(db: DbOrTx, actorId: string, input: z.output<typeof fitmentMetaInput>): Promise<{ ok: true }> {
  const [row] = await db
    .update(fitments)
    .set({
      notes: input.notes,
      verifiedAt: input.verified ? sql`coalesce(${fitments.verifiedAt}, now())` : null,
      verifiedBy: input.verified ? sql`coalesce(${fitments.verifiedBy}, ${actorId}::uuid)` : null,
      updatedAt: sql`now()`,
    })
    .where(and(eq(fitments.shopId, input.shopId), eq(fitments.partId, input.partId), eq(fitments.vehicleId, input.vehicleId)))
    .returning({ partId: fitments.partId });
  if (!row) throw new AppError("NOT_FOUND", "errors.catalog.fitmentNotFound");
  return { ok: true };
}

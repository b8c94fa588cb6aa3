import { createHash } from "node:crypto";
import { Faker, base, en, pl } from "@faker-js/faker";

/** The one seed all demo data derives from (faker and our own generator alike). */
export const DEMO_SEED = 20261121;

/** Four 32-bit words from SHA-256 of the seed and a key: independent streams per entity. */
function seedWords(key: string): [number, number, number, number] {
  const digest = createHash("sha256").update(`${DEMO_SEED}:${key}`).digest();
  return [digest.readUInt32LE(0), digest.readUInt32LE(4), digest.readUInt32LE(8), digest.readUInt32LE(12)];
}

/**
 * Small seeded PRNG (sfc32, 128-bit state). Every entity gets its own stream (`Rng.for("workshop", key)`),
 * so adding a city or a customer does not reshuffle everything generated before it.
 */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  private constructor([a, b, c, d]: [number, number, number, number]) {
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
    for (let i = 0; i < 12; i++) this.next(); // warm-up, as sfc32's author recommends
  }

  /** A stream for one entity, keyed by its kind and natural key. */
  static for(kind: string, key: string | number): Rng {
    return new Rng(seedWords(`${kind}:${key}`));
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.a |= 0;
    this.b |= 0;
    this.c |= 0;
    this.d |= 0;
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Float in [min, max). */
  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** @throws Error on an empty list. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Picks by relative weight. @throws Error when no item has a positive weight. */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T {
    const total = items.reduce((sum, item) => sum + Math.max(0, weight(item)), 0);
    if (!(total > 0)) throw new Error("weighted pick without positive weights");
    let r = this.next() * total;
    for (const item of items) {
      r -= Math.max(0, weight(item));
      if (r < 0) return item;
    }
    return items[items.length - 1]!;
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
}

const fakerPl = new Faker({ locale: [pl, en, base] });
const fakerEn = new Faker({ locale: [en, base] });

/**
 * faker (Polish, falling back to English) re-seeded for one entity: `DEMO_SEED` followed by words
 * derived from the entity's key, so its output depends on nothing generated before it.
 */
export function fakerFor(kind: string, key: string | number, language: "pl" | "en" = "pl"): Faker {
  const faker = language === "pl" ? fakerPl : fakerEn;
  faker.seed([DEMO_SEED, ...seedWords(`faker:${kind}:${key}`)]);
  return faker;
}

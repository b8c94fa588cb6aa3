import { describe, expect, it } from "vitest";
import codes from "./data/dtc-codes.json";
import sources from "./data/sources-dtc.json";
import { dtcEntrySchema, sourceSchema, type DtcEntry } from "./types";

const entries: DtcEntry[] = (codes as unknown[]).map((raw, i) => {
  const parsed = dtcEntrySchema.safeParse(raw);
  if (!parsed.success) {
    const code = (raw as { code?: string }).code ?? `#${i}`;
    throw new Error(`dtc-codes.json entry ${code} is invalid: ${parsed.error.message}`);
  }
  return parsed.data;
});
const byCode = new Map(entries.map((e) => [e.code, e]));

describe("DTC knowledge base (dtc-codes.json)", () => {
  it("validates every entry against dtcEntrySchema", () => {
    for (const raw of codes as unknown[]) {
      expect(dtcEntrySchema.safeParse(raw).success).toBe(true);
    }
  });

  it("has unique codes", () => {
    const seen = new Set<string>();
    const duplicates = entries.map((e) => e.code).filter((c) => (seen.has(c) ? true : (seen.add(c), false)));
    expect(duplicates).toEqual([]);
  });

  it("covers at least 150 codes, with some of each letter P, B, C and U", () => {
    expect(entries.length).toBeGreaterThanOrEqual(150);
    for (const letter of ["P", "B", "C", "U"]) {
      expect(entries.filter((e) => e.code.startsWith(letter)).length, `codes starting with ${letter}`).toBeGreaterThan(0);
    }
  });

  it("cites only sources listed in sources-dtc.json", () => {
    const ids = new Set(sources.map((s) => s.id));
    expect(ids.size).toBe(sources.length);
    for (const s of sources) expect(sourceSchema.safeParse(s).success).toBe(true);
    for (const e of entries) {
      for (const id of e.sources) expect(ids.has(id), `${e.code} cites unknown source ${id}`).toBe(true);
    }
  });

  it("ranks causes by probability (descending) with unique ids and a total of at most 1", () => {
    for (const e of entries) {
      const probabilities = e.causes.map((c) => c.probability);
      const sorted = [...probabilities].sort((a, b) => b - a);
      expect(probabilities, `${e.code} causes order`).toEqual(sorted);
      const total = probabilities.reduce((a, b) => a + b, 0);
      expect(total, `${e.code} probability total`).toBeLessThanOrEqual(1.0001);
      expect(new Set(e.causes.map((c) => c.id)).size, `${e.code} duplicate cause ids`).toBe(e.causes.length);
    }
  });

  it("only tells the driver to stop for critical codes", () => {
    for (const e of entries.filter((x) => x.stopDriving)) {
      expect(e.severity, e.code).toBe("critical");
    }
    for (const code of ["P0217", "P0524"]) {
      expect(byCode.get(code)?.stopDriving, code).toBe(true);
    }
  });

  it("ranks P0301 causes as spark plug, ignition coil, fuel injector, low compression", () => {
    const p0301 = byCode.get("P0301");
    expect(p0301?.title.en).toBe("Cylinder 1 misfire detected");
    expect(p0301?.causes.map((c) => c.id)).toEqual(["spark_plug", "ignition_coil", "fuel_injector", "low_compression"]);
  });

  it("uses the same misfire pattern for P0302–P0308, high severity without a stop", () => {
    for (let n = 2; n <= 8; n++) {
      const entry = byCode.get(`P030${n}`);
      expect(entry?.title.en).toBe(`Cylinder ${n} misfire detected`);
      expect(entry?.title.pl).toContain(`cylindrze ${n}`);
      expect(entry?.causes.slice(0, 4).map((c) => c.id)).toEqual(["spark_plug", "ignition_coil", "fuel_injector", "low_compression"]);
      expect(entry?.severity).toBe("high");
      expect(entry?.stopDriving).toBe(false);
    }
  });

  it("puts the catalytic converter first for P0420 and a vacuum leak first for P0171", () => {
    expect(byCode.get("P0420")?.causes[0]?.id).toBe("catalytic_converter");
    expect(byCode.get("P0420")?.causes.map((c) => c.id)).toContain("o2_downstream");
    expect(
      byCode
        .get("P0171")
        ?.causes.map((c) => c.id)
        .slice(0, 2),
    ).toEqual(["vacuum_leak", "maf_sensor"]);
  });
});

import { describe, expect, it } from "vitest";
import { z } from "zod";
import dtcCodes from "./data/dtc-codes.json";
import questionsData from "./data/questions.json";
import sourcesSymptoms from "./data/sources-symptoms.json";
import symptomsData from "./data/symptoms.json";
import { DONT_KNOW, matchPatterns } from "./extract";
import { knowledge } from "./knowledge";
import { normalizeText } from "./normalize";
import { dtcEntrySchema, questionSchema, sourceSchema, symptomPatternSchema } from "./types";

const patterns = z.array(symptomPatternSchema).parse(symptomsData);
const questions = z.array(questionSchema).parse(questionsData);
const codes = z.array(dtcEntrySchema).parse(dtcCodes);

const matchers = [
  ...patterns.map((p) => ({ where: p.id, match: p.match })),
  ...questions.flatMap((q) => q.answers.map((a) => ({ where: `${q.id}.${a.id}`, match: a.match }))),
];

describe("symptoms.json", () => {
  it("has at least 40 patterns with unique ids", () => {
    expect(patterns.length).toBeGreaterThanOrEqual(40);
    expect(new Set(patterns.map((p) => p.id)).size).toBe(patterns.length);
  });

  it("covers the symptoms a mechanic expects", () => {
    const ids = new Set(patterns.map((p) => p.id));
    for (const id of [
      "brake_squeal",
      "brake_grinding",
      "suspension_clunk",
      "wheel_bearing_hum",
      "cv_joint_clicking",
      "exhaust_rattle",
      "engine_knocking",
      "engine_ticking",
      "belt_squeal",
      "steering_whine",
      "burning_oil_smell",
      "sweet_coolant_smell",
      "burning_clutch_smell",
      "sulphur_smell",
      "petrol_smell",
      "burning_plastic_smell",
      "check_engine_steady",
      "check_engine_flashing",
      "oil_pressure_light",
      "battery_light",
      "overheating",
      "abs_light",
      "airbag_light",
      "brake_warning_light",
      "tpms_light",
      "dpf_light",
      "glow_plug_light",
      "oil_leak",
      "coolant_leak",
      "brake_fluid_leaking",
      "transmission_fluid_leak",
      "water_in_cabin",
      "steering_shake_speed",
      "brake_vibration",
      "idle_shaking",
      "click_no_crank",
      "cranks_no_start",
      "hard_cold_start",
      "stalls_at_idle",
      "battery_drains",
      "dim_lights",
      "pulls_to_side",
      "spongy_brake_pedal",
      "heavy_steering",
      "loss_of_power",
      "high_fuel_consumption",
      "white_smoke",
      "blue_smoke",
      "black_smoke",
      "gear_slipping",
      "clutch_slipping",
    ]) {
      expect(ids, id).toContain(id);
    }
  });

  it("lists causes most likely first, with priors summing to at most 1 and sane costs", () => {
    for (const pattern of patterns) {
      const probabilities = pattern.causes.map((c) => c.probability);
      expect(
        [...probabilities].sort((a, b) => b - a),
        pattern.id,
      ).toEqual(probabilities);
      expect(
        probabilities.reduce((a, b) => a + b, 0),
        pattern.id,
      ).toBeLessThanOrEqual(1.0001);
      for (const cause of pattern.causes) expect(cause.costPln[1], `${pattern.id}.${cause.id}`).toBeLessThanOrEqual(15_000);
    }
  });

  it("gives the same cause id the same text, urgency, cost and category everywhere", () => {
    const seen = new Map<string, string>();
    for (const cause of patterns.flatMap((p) => p.causes)) {
      const signature = JSON.stringify([cause.cause, cause.urgency, cause.costPln, cause.category]);
      expect(seen.get(cause.id) ?? signature, cause.id).toBe(signature);
      seen.set(cause.id, signature);
    }
  });

  it("refers only to existing questions and sources", () => {
    const questionIds = new Set(questions.map((q) => q.id));
    for (const pattern of patterns) {
      for (const id of pattern.questions) expect(questionIds, `${pattern.id} → ${id}`).toContain(id);
      for (const id of pattern.sources) expect(knowledge.sources.has(id), `${pattern.id} → ${id}`).toBe(true);
    }
  });

  it("recognises each pattern from its own label", () => {
    for (const pattern of patterns) {
      for (const locale of ["pl", "en"] as const) {
        expect(
          matchPatterns(pattern.label[locale]).map((p) => p.id),
          `${pattern.id} (${locale})`,
        ).toContain(pattern.id);
      }
    }
  });

  it("puts worn pads first for a squeal and brakes for grinding", () => {
    for (const text of ["squeal when braking", "piszczy przy hamowaniu"]) {
      const [pattern] = matchPatterns(text);
      expect(pattern?.id).toBe("brake_squeal");
      expect(pattern?.causes[0]?.id).toBe("brake_pads_worn");
    }
    for (const text of ["grinding noise when braking, worse in the rain", "zgrzyta przy hamowaniu"]) {
      const [pattern] = matchPatterns(text);
      expect(pattern?.id).toBe("brake_grinding");
      expect(pattern?.categories).toEqual(["brakes"]);
      expect(pattern?.causes[0]?.category).toBe("brakes");
    }
  });
});

describe("questions.json", () => {
  it("has unique ids and texts that cannot be mistaken for one another", () => {
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    const texts = questions.flatMap((q) => [q.text.pl, q.text.en].map((t) => ({ id: q.id, text: normalizeText(t) })));
    for (const a of texts) {
      for (const b of texts) if (a.id !== b.id) expect(a.text.includes(b.text), `${a.id} contains ${b.id}`).toBe(false);
    }
  });

  it("has the generic questions the engine relies on", () => {
    const ids = questions.map((q) => q.id);
    for (const id of ["since_when", "warning_lights", "obd_codes", "other_symptoms", "mil_flashing"]) expect(ids).toContain(id);
    expect(questions.find((q) => q.id === "mil_flashing")?.keyForCodes).toContain("P030");
  });

  it("offers 'don't know' on every question, recognised only as a direct reply", () => {
    for (const question of questions) {
      const dontKnow = question.answers.find((a) => a.id === DONT_KNOW);
      expect(dontKnow, question.id).toBeDefined();
      expect(dontKnow?.replyOnly, question.id).toBe(true);
      expect(dontKnow?.match.pl.any, question.id).toContain("nie wiem");
      expect(dontKnow?.match.en.any, question.id).toContain("dont know");
    }
  });

  it("re-weights only causes that exist in some pattern or code", () => {
    const causeIds = new Set([...patterns.flatMap((p) => p.causes), ...codes.flatMap((c) => c.causes)].map((c) => c.id));
    for (const question of questions) {
      for (const answer of question.answers) {
        expect(new Set(question.answers.map((a) => a.id)).size, question.id).toBe(question.answers.length);
        for (const id of Object.keys(answer.weights)) expect(causeIds.has(id), `${question.id}.${answer.id} → ${id}`).toBe(true);
      }
    }
  });

  it("is asked by some pattern, a code or the engine itself", () => {
    const used = new Set([...patterns.flatMap((p) => p.questions), "since_when", "warning_lights", "obd_codes", "other_symptoms"]);
    for (const question of questions) expect(used.has(question.id) || !!question.keyForCodes, question.id).toBe(true);
  });
});

describe("keywords", () => {
  it("are written lower-case without diacritics, as the matcher normalises the text", () => {
    for (const { where, match } of matchers) {
      for (const keyword of [match.pl.any, match.pl.with ?? [], match.en.any, match.en.with ?? []].flat()) {
        expect(keyword, where).toMatch(/^[a-z0-9 '/-]+$/);
        expect(normalizeText(keyword), where).toBe(keyword);
      }
    }
  });
});

describe("sources", () => {
  it("validate, and the shared cost source appears once after merging", () => {
    z.array(sourceSchema).parse(sourcesSymptoms);
    expect(sourcesSymptoms.map((s) => s.id)).toContain("pitstop-pl-costs-2026");
    expect(knowledge.sources.get("pitstop-pl-costs-2026")?.title).toBe(
      "Pitstop editorial estimate of Polish independent-workshop prices, 2026",
    );
    expect([...knowledge.sources.keys()].filter((id) => id === "pitstop-pl-costs-2026")).toHaveLength(1);
  });
});

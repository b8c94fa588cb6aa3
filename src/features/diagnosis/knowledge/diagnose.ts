/** Turns the engine's analysis into the structured diagnosis (the `submitDiagnosis` tool input). */
import type { Cause, DiagnosisInput, ServiceCategory, Symptom } from "../schemas";
import { DONT_KNOW } from "./extract";
import { normalizeText } from "./normalize";
import type { EngineReply, KnowledgeCause } from "./types";
import {
  COST_PROBABILITY,
  MAX_ACTIONS,
  MAX_CODES,
  MAX_SYMPTOMS,
  type Analysis,
  type WeightedCause,
  isManufacturerCode,
  uniqueBy,
} from "./analysis";
import { LEAD_IN, TEXT, joinCodes, lowerFirst, truncate } from "./texts";

function unknownCodeCause(): WeightedCause {
  return {
    p: 1,
    cause: {
      id: "unknown_code",
      cause: { pl: TEXT.pl.unknownCause, en: TEXT.en.unknownCause },
      probability: 1,
      urgency: "medium",
      costPln: [150, 400],
      category: "diagnostics",
    },
  };
}

function buildSymptoms(a: Analysis): Symptom[] {
  const t = TEXT[a.locale];
  const fact = (field: keyof Analysis["facts"], max: number) => {
    const values = a.facts[field].map((v) => v[a.locale]);
    return values.length > 0 ? truncate(values.join("; "), max) : undefined;
  };
  const facts = { location: fact("location", 100), since: fact("since", 100), conditions: fact("conditions", 200) };
  const list: Symptom[] = [
    ...a.patterns.map((p) => ({ symptom: truncate(p.label[a.locale], 200) })),
    ...a.codes.map((code) => {
      const entry = a.knownCodes.find((e) => e.code === code);
      return { symptom: truncate(entry ? t.codeSymptom(code, entry.title[a.locale]) : t.unknownCodeSymptom(code), 200) };
    }),
  ].slice(0, MAX_SYMPTOMS);
  const first = list[0];
  if (first) {
    // The facts were given about the problem the driver described first.
    for (const [field, value] of Object.entries(facts) as [keyof typeof facts, string | undefined][]) if (value) first[field] = value;
  }
  return list;
}

function buildSummary(a: Analysis, top: WeightedCause, symptoms: readonly Symptom[]): string {
  const t = TEXT[a.locale];
  const describe = (s: Symptom) => {
    // "Flashing check-engine light (check-engine light flashing)" says nothing twice.
    const same = (d: string) => normalizeText(d).replace(/[^a-z0-9]/g, "") === normalizeText(s.symptom).replace(/[^a-z0-9]/g, "");
    const details = [s.location, s.conditions, s.since].filter((d): d is string => !!d && !same(d));
    return details.length > 0 ? `${lowerFirst(s.symptom)} (${details.join("; ")})` : lowerFirst(s.symptom);
  };
  const patternSymptoms = symptoms.slice(0, a.patterns.length).slice(0, 3);
  const head = [
    a.vehicle ? t.vehicle(a.vehicle) : null,
    patternSymptoms.length > 0 ? t.symptoms(patternSymptoms.map(describe).join(", ")) : null,
  ];
  if (a.codes.length > 0) {
    const titled = a.codes.map((code) => {
      const entry = a.knownCodes.find((e) => e.code === code);
      return entry ? `${code} (${lowerFirst(entry.title[a.locale])})` : code;
    });
    head.push(t.codes(titled.join(", ")));
  }
  const body = [t.top(top.cause.cause[a.locale], Math.round(top.p * 100)), t.severity[a.severity]];
  if (a.unknownCodes.length > 0) body.push(t.unknownCodeShort(joinCodes(a.unknownCodes)));
  const parts = [...head.filter((p): p is string => !!p), ...body];
  let summary = [...parts, t.disclaimer].join(" ");
  if (summary.length > 600) summary = parts.join(" ");
  return truncate(summary, 600);
}

function buildActions(a: Analysis, distribution: readonly WeightedCause[]): string[] {
  const t = TEXT[a.locale];
  const weightOf = new Map(distribution.map((d) => [d.cause.id, d.p]));
  const relevance = (source: { causes: readonly KnowledgeCause[] }) => Math.max(0, ...source.causes.map((c) => weightOf.get(c.id) ?? 0));
  const sources = [...a.knownCodes, ...[...a.patterns].sort((x, y) => relevance(y) - relevance(x))];
  const actions: string[] = [];
  if (a.severity === "critical") actions.push(t.stopAction);
  // Interleave the sources' advice so the most relevant source does not crowd out the others.
  const depth = Math.max(0, ...sources.map((s) => s.advice.length));
  for (let i = 0; i < depth; i++) for (const source of sources) if (source.advice[i]) actions.push(source.advice[i]![a.locale]);
  if (a.unknownCodes.length > 0) actions.push(t.readCodeAction(joinCodes(a.unknownCodes)));
  if (actions.length === 0) actions.push(t.genericAction);
  return uniqueBy(
    actions.map((x) => truncate(x, 300)),
    (x) => normalizeText(x),
  ).slice(0, MAX_ACTIONS);
}

export function diagnose(a: Analysis): EngineReply {
  const t = TEXT[a.locale];
  const distribution = a.distribution.length > 0 ? a.distribution : [unknownCodeCause()];
  const top = distribution[0] as WeightedCause;

  const chosen = distribution.filter((d, i) => i === 0 || (i < 3 && d.p >= 0.02) || (i < 5 && d.p >= 0.08));
  const causes: Cause[] = chosen.map((d) => ({
    cause: truncate(d.cause.cause[a.locale], 200),
    probability: Math.min(1, Math.round(d.p * 100) / 100),
    urgency: d.cause.urgency,
  }));

  const costMinPln = top.cause.costPln[0];
  const costMaxPln = Math.max(costMinPln, ...chosen.filter((d, i) => i === 0 || d.p >= COST_PROBABILITY).map((d) => d.cause.costPln[1]));

  const evidence =
    a.knownCodes.length +
    Math.min(a.patterns.length, 2) +
    Math.min([...a.answers.values()].filter((list) => list.some((x) => x.id !== DONT_KNOW)).length, 3);
  const onlyUnknown = a.knownCodes.length === 0 && a.patterns.length === 0;
  const confidence = onlyUnknown
    ? 0.3
    : Math.round(Math.min(0.9, Math.max(0.3, 0.3 + 0.5 * top.p + 0.04 * Math.min(evidence, 5))) * 100) / 100;

  const categories: ServiceCategory[] = uniqueBy(
    chosen.map((d) => d.cause.category),
    (c) => c,
  );
  const needsDiagnostics = a.codes.length > 0 || confidence < 0.5;
  let serviceCategories = categories.slice(0, 4);
  if (needsDiagnostics && !serviceCategories.includes("diagnostics")) serviceCategories = [...serviceCategories.slice(0, 3), "diagnostics"];

  const symptoms = buildSymptoms(a);
  const diagnosis: DiagnosisInput = {
    summary: buildSummary(a, top, symptoms),
    symptoms,
    dtcCodes: a.codes.slice(0, MAX_CODES),
    causes,
    severity: a.severity,
    recommendedActions: buildActions(a, distribution),
    costMinPln,
    costMaxPln,
    urgentVisit: a.severity === "high" || a.severity === "critical",
    confidence,
    serviceCategories,
  };

  const notes = a.stopDriving ? [t.critical] : unknownCodeNotes(a).slice(0, 1);
  return { kind: "diagnosis", text: [...notes, LEAD_IN[a.locale]].join(" "), diagnosis };
}

export function unknownCodeNotes(a: Analysis): string[] {
  const t = TEXT[a.locale];
  const maker = a.unknownCodes.filter(isManufacturerCode);
  const generic = a.unknownCodes.filter((c) => !isManufacturerCode(c));
  const notes: string[] = [];
  if (maker.length > 0) notes.push(t.unknownCodeMaker(joinCodes(maker)));
  if (generic.length > 0) notes.push(t.unknownCodeGeneric(joinCodes(generic)));
  return notes;
}

import { describe, expect, it } from "vitest";
import { featureInput } from "../../../schemas";
import {
  featureFormDefaults,
  featureFormSchema,
  featureFromForm,
  matchesPattern,
  VIN_PATTERN,
  type FeatureFormValues,
} from "./feature-forms";

const blank = featureFormDefaults(null, 3);
const parse = (values: Partial<FeatureFormValues>) =>
  featureFormSchema.safeParse({ ...blank, name: "Pojemność", slug: "pojemnosc", ...values });

describe("feature form", () => {
  it("sends only the rules of the chosen type", () => {
    const typed = { min: "49", max: "1500,5", pattern: "^x$", predefinedValues: ["Stal"] };
    const number = parse({ ...typed, type: "number" });
    expect(featureInput.parse(featureFromForm(number.data!))).toMatchObject({
      validation: { min: 49, max: 1500.5 },
      predefinedValues: [],
      position: 3,
    });
    const text = parse({ ...typed, type: "text" });
    expect(featureFromForm(text.data!).validation).toEqual({ pattern: "^x$" });
    const select = parse({ ...typed, type: "select" });
    expect(featureFromForm(select.data!)).toMatchObject({ validation: {}, predefinedValues: ["Stal"] });
  });

  it("fixes the multi-value flag for yes/no and multi-select", () => {
    expect(featureFromForm(parse({ type: "boolean", multiValue: true }).data!).multiValue).toBe(false);
    expect(featureFromForm(parse({ type: "multiselect", multiValue: false, predefinedValues: ["A"] }).data!).multiValue).toBe(true);
    expect(featureFromForm(parse({ type: "text", multiValue: true }).data!).multiValue).toBe(true);
  });

  it("explains a range upside down, a list without values, a broken pattern and a non-number", () => {
    const messages = (values: Partial<FeatureFormValues>) => parse(values).error?.issues.map((i) => i.message);
    expect(messages({ type: "number", min: "10", max: "5" })).toEqual(["catalog.features.form.minAboveMax"]);
    expect(messages({ type: "select" })).toEqual(["catalog.features.form.optionsRequired"]);
    expect(messages({ type: "text", pattern: "([" })).toEqual(["validation.catalog.pattern"]);
    expect(messages({ type: "number", min: "dużo" })).toEqual(["catalog.section.validation.number"]);
  });

  it("offers a VIN pattern that takes a VIN and refuses I, O and Q", () => {
    expect(matchesPattern(VIN_PATTERN, "WVWZZZ1JZXW000001")).toBe(true);
    expect(matchesPattern(VIN_PATTERN, "WVWZZZ1JZXW00000O")).toBe(false);
    expect(matchesPattern("([", "x")).toBeNull();
  });
});

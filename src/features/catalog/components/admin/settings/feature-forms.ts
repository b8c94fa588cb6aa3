import { z } from "zod";
import { type FeatureType } from "../../../constants";
import { featureInput, featureSetInput, featureTypeSchema, type FeatureInput, type FeatureSetInput } from "../../../schemas";
import type { FeatureDef, FeatureSetDef } from "../../../types";
import { optionalNumberField, positionField } from "./form-fields";

/** Which types use which rules: numbers a range, text a pattern, select types a list of values. */
export const usesRange = (type: FeatureType) => type === "number";
export const usesPattern = (type: FeatureType) => type === "text";
export const usesOptions = (type: FeatureType) => type === "select" || type === "multiselect";
/** A boolean holds one yes/no; a multiselect always takes several values; other types may take one or several. */
export const multiValueChoice = (type: FeatureType): "fixed-off" | "fixed-on" | "choice" =>
  type === "boolean" ? "fixed-off" : type === "multiselect" ? "fixed-on" : "choice";

/** A 17-character VIN without I, O and Q (ISO 3779): the example pattern the form offers. */
export const VIN_PATTERN = "^[A-HJ-NPR-Z0-9]{17}$";

export const FEATURE_FORM_MESSAGES = {
  minAboveMax: "catalog.features.form.minAboveMax",
  optionsRequired: "catalog.features.form.optionsRequired",
} as const;

const pattern = featureInput.shape.validation.unwrap().shape.pattern.unwrap();

/**
 * What the feature editor edits: name, slug, type, unit, min/max (numbers), pattern (text),
 * predefined values (select types), the multi-value flag and position. `featureFromForm` drops the
 * rules the chosen type does not use.
 */
export const featureFormSchema = z
  .object({
    name: featureInput.shape.name,
    slug: featureInput.shape.slug,
    type: featureTypeSchema,
    unit: z.string().trim().max(20, { error: "validation.tooLong" }),
    min: optionalNumberField,
    max: optionalNumberField,
    pattern: z.union([z.literal(""), pattern]),
    predefinedValues: z.array(z.string()),
    multiValue: z.boolean(),
    position: positionField,
  })
  .superRefine((v, ctx) => {
    if (usesRange(v.type) && v.min !== undefined && v.max !== undefined && v.min > v.max) {
      ctx.addIssue({ code: "custom", path: ["max"], message: FEATURE_FORM_MESSAGES.minAboveMax });
    }
    if (usesOptions(v.type) && v.predefinedValues.length === 0) {
      ctx.addIssue({ code: "custom", path: ["predefinedValues"], message: FEATURE_FORM_MESSAGES.optionsRequired });
    }
  });
export type FeatureFormValues = z.input<typeof featureFormSchema>;
export type FeatureFormOutput = z.output<typeof featureFormSchema>;

export function featureFormDefaults(feature: FeatureDef | null, position: number): FeatureFormValues {
  if (!feature) {
    return {
      name: "",
      slug: "",
      type: "text",
      unit: "",
      min: "",
      max: "",
      pattern: "",
      predefinedValues: [],
      multiValue: false,
      position: String(position),
    };
  }
  const { min, max, pattern: p } = feature.validation;
  return {
    name: feature.name,
    slug: feature.slug,
    type: feature.type,
    unit: feature.unit ?? "",
    min: min === undefined ? "" : String(min),
    max: max === undefined ? "" : String(max),
    pattern: p ?? "",
    predefinedValues: feature.predefinedValues,
    multiValue: feature.multiValue,
    position: String(feature.position),
  };
}

/** The form's output as `catalog.features.create`'s input, keeping only the rules of the chosen type. */
export function featureFromForm(v: FeatureFormOutput): FeatureInput {
  const choice = multiValueChoice(v.type);
  return {
    name: v.name,
    slug: v.slug,
    type: v.type,
    unit: v.unit || null,
    validation: {
      ...(usesRange(v.type) && v.min !== undefined ? { min: v.min } : {}),
      ...(usesRange(v.type) && v.max !== undefined ? { max: v.max } : {}),
      ...(usesPattern(v.type) && v.pattern ? { pattern: v.pattern } : {}),
    },
    predefinedValues: usesOptions(v.type) ? v.predefinedValues : [],
    multiValue: choice === "choice" ? v.multiValue : choice === "fixed-on",
    position: v.position,
  };
}

/** Whether `sample` passes `pattern` (null when the pattern does not compile). */
export function matchesPattern(pattern: string, sample: string): boolean | null {
  try {
    return new RegExp(pattern).test(sample);
  } catch {
    return null;
  }
}

/** What the feature set editor edits: `catalog.featureSets.create`'s input, items in their order. */
export const featureSetFormSchema = featureSetInput;
export type FeatureSetFormValues = z.input<typeof featureSetFormSchema>;
export type FeatureSetFormOutput = z.output<typeof featureSetFormSchema>;

export function featureSetFormDefaults(set: FeatureSetDef | null): FeatureSetFormValues & Required<Pick<FeatureSetInput, "items">> {
  if (!set) return { name: "", slug: "", description: "", productType: "part", isDefault: false, items: [] };
  return {
    name: set.name,
    slug: set.slug,
    description: set.description,
    productType: set.productType,
    isDefault: set.isDefault,
    items: [...set.items]
      .sort((a, b) => a.position - b.position)
      .map((i) => ({ featureId: i.featureId, required: i.required, defaultValue: i.defaultValue ?? "", helpText: i.helpText ?? "" })),
  };
}

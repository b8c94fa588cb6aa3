import { z } from "zod";
import { addressSchema, citySchema, phoneSchema, postalCodeSchema, workshopNameSchema } from "@/features/workshops/schemas";

/** Messages are i18n keys (src/i18n/messages/<locale>/validation.json). */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export const emailSchema = z
  .string({ error: "validation.required" })
  .trim()
  .toLowerCase()
  .min(1, { error: "validation.required" })
  .max(254, { error: "validation.email" })
  .pipe(z.email({ error: "validation.email" }));

/** Password rules: 8–128 characters with at least one letter and one digit. */
export const passwordSchema = z
  .string({ error: "validation.required" })
  .min(PASSWORD_MIN, { error: "validation.password.tooShort" })
  .max(PASSWORD_MAX, { error: "validation.password.tooLong" })
  .refine((v) => /\p{L}/u.test(v), { error: "validation.password.letter" })
  .refine((v) => /\d/.test(v), { error: "validation.password.digit" });

export const personNameSchema = z
  .string({ error: "validation.required" })
  .trim()
  .min(2, { error: "validation.name" })
  .max(80, { error: "validation.name" });

export const localeSchema = z.enum(["pl", "en"]);

export const signUpSchema = z.object({
  name: personNameSchema,
  email: emailSchema,
  password: passwordSchema,
  locale: localeSchema.default("pl"),
});
export type SignUpInput = z.input<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: "validation.required" }).max(PASSWORD_MAX, { error: "validation.password.tooLong" }),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** A provider signs up together with the workshop they run; it stays pending until an admin approves it. */
export const workshopSignUpSchema = signUpSchema.extend({
  workshop: z.object({
    name: workshopNameSchema,
    address: addressSchema,
    postalCode: postalCodeSchema,
    city: citySchema,
    phone: phoneSchema,
  }),
});
export type WorkshopSignUpInput = z.input<typeof workshopSignUpSchema>;

export const updateProfileSchema = z.object({
  name: personNameSchema,
  locale: localeSchema,
});

/** A safe place to return to after signing in: a path on this site, never another origin. */
export function safeReturnPath(value: string | null | undefined, fallback = "/"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (value.startsWith("/sign-in") || value.startsWith("/sign-up") || value.startsWith("/api/")) return fallback;
  return value;
}

export const locales = ["pl", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "pl";
/** Cookie that remembers the language chosen with the switcher. */
export const LOCALE_COOKIE = "NEXT_LOCALE";
/** Time zone dates are shown in unless the user has another. */
export const defaultTimeZone = "Europe/Warsaw";

export const isLocale = (value: unknown): value is Locale => locales.includes(value as Locale);

/** Message namespaces: one JSON file per namespace and locale in src/i18n/messages/<locale>/. */
export const namespaces = [
  "common",
  "nav",
  "errors",
  "validation",
  "home",
  "auth",
  "account",
  "garage",
  "diagnosis",
  "workshops",
  "map",
  "dashboard",
  "admin",
  "messaging",
  "mail",
  "bookings",
  "bookingMail",
  "calendar",
  "catalog",
  "compatibility",
  "parts",
] as const;

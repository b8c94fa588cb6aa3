import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { defaultLocale, defaultTimeZone, isLocale, LOCALE_COOKIE, locales, type Locale } from "./config";
import { loadMessages } from "./messages";

/** The chosen language (cookie), else the browser's preferred one we support, else Polish. */
async function resolveLocale(): Promise<Locale> {
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(fromCookie)) return fromCookie;
  const accept = (await headers()).get("accept-language") ?? "";
  const preferred = accept
    .split(",")
    .map((part) => {
      const [tag = "", q] = part.trim().split(";q=");
      return { lang: tag.slice(0, 2).toLowerCase(), q: q ? Number(q) : 1 };
    })
    .sort((a, b) => b.q - a.q)
    .find((p) => locales.includes(p.lang as Locale));
  return (preferred?.lang as Locale | undefined) ?? defaultLocale;
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  return { locale, timeZone: defaultTimeZone, messages: await loadMessages(locale) };
});

import { createTranslator, type TranslationValues } from "use-intl/core";
import { isLocale, defaultLocale, type Locale } from "./config";
import { loadMessages } from "./messages";

const loaded: Partial<Record<Locale, ReturnType<typeof loadMessages>>> = {};

/**
 * A translator outside React and outside a request (e-mails, SMS, push written by background jobs):
 * the recipient's language, the same message files as the UI, and a namespace such as "messaging.email".
 * Message keys are not type-checked here; `src/i18n/messages.test.ts` checks both languages have them.
 */
export async function translatorFor(locale: string, namespace: string): Promise<(key: string, values?: TranslationValues) => string> {
  const lang: Locale = isLocale(locale) ? locale : defaultLocale;
  // The message files do not change while the process runs: load each language once, not per e-mail.
  const messages = await (loaded[lang] ??= loadMessages(lang).catch((error: unknown) => {
    delete loaded[lang];
    throw error;
  }));
  const t = createTranslator({ locale: lang, messages, namespace: namespace as never });
  return (key, values) => (t as unknown as (key: string, values?: TranslationValues) => string)(key, values);
}

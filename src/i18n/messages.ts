import { namespaces, type Locale } from "./config";

type Messages = Record<string, unknown>;

/** All namespaces of one locale merged into the object next-intl expects. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  const entries = await Promise.all(
    namespaces.map(async (ns) => [ns, (await import(`./messages/${locale}/${ns}.json`)).default as Messages] as const),
  );
  return Object.fromEntries(entries);
}

import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/server/db/client";
import { conversations, messages, replyTemplates, users, workshopMembers, workshopServices, workshops } from "@/server/db/schema";
import { DEMO_ACCOUNTS, DEMO_EMAIL_DOMAIN, DEMO_KRAKOW_WORKSHOP_SLUG } from "./plan";
import { deterministicUuid } from "./uuid";

/** Every demo workshop's quick replies (Polish, the workshops' language). */
const TEMPLATES = [
  { title: "Dziękujemy", body: "Dziękujemy za wiadomość! Odpowiemy najszybciej, jak to możliwe." },
  { title: "Wolny termin", body: "Mamy wolny termin w tym tygodniu. Który dzień i godzina Panu/Pani odpowiada?" },
  { title: "Prośba o dane auta", body: "Aby przygotować wycenę, prosimy o markę, model, rocznik i numer VIN samochodu." },
  { title: "Auto gotowe", body: "Samochód jest gotowy do odbioru. Zapraszamy w godzinach otwarcia." },
];

type Line = {
  /** Minutes before the seed runs. */
  ago: number;
  from: "customer" | "owner" | "mechanic" | "system";
  body?: string;
  quote?: { items: { description: string; quantity: number; unitPriceGrosze: number }[]; validDays: number };
  system?: "resolved";
};
type Thread = {
  key: string;
  customer: string;
  /** Catalogue name of the service it is about, if any. */
  service?: string;
  subject: string;
  /** How far each side has read (seq); the rest is unread. */
  workshopReadSeq: number;
  customerReadSeq: number;
  status: "waiting_workshop" | "waiting_customer" | "resolved";
  lines: Line[];
};

/** Conversations of the Kraków demo workshop, so its inbox and the demo customer's messages are not empty. */
const THREADS: Thread[] = [
  {
    key: "jan-brakes",
    customer: DEMO_ACCOUNTS.customer,
    service: "Wymiana klocków hamulcowych (oś)",
    subject: "Wymiana klocków hamulcowych (oś)",
    workshopReadSeq: 2,
    customerReadSeq: 2,
    status: "waiting_workshop",
    lines: [
      {
        ago: 3 * 1440,
        from: "customer",
        body: "Dzień dobry, słyszę zgrzyt przy hamowaniu, zwłaszcza po deszczu. Czy możecie sprawdzić klocki w tym tygodniu?",
      },
      {
        ago: 3 * 1440 - 25,
        from: "owner",
        body: "Dzień dobry! Zgrzyt po deszczu to często klocki zużyte do blachy. Zapraszamy w czwartek o 9:00 — sprawdzenie i wymiana zajmą około godziny.",
      },
      { ago: 3 * 1440 - 40, from: "customer", body: "Czwartek pasuje. Czy mogę zostawić auto już w środę wieczorem?" },
    ],
  },
  {
    key: "klient-01-oil",
    customer: `klient-01@${DEMO_EMAIL_DOMAIN}`,
    service: "Wymiana oleju silnikowego z filtrem",
    subject: "Wymiana oleju silnikowego z filtrem",
    workshopReadSeq: 2,
    customerReadSeq: 1,
    status: "waiting_customer",
    lines: [
      { ago: 26 * 60, from: "customer", body: "Ile będzie kosztować wymiana oleju z filtrem w Skodzie Octavii 2.0 TDI z 2017 roku?" },
      {
        ago: 25 * 60,
        from: "mechanic",
        body: "Przygotowałem wycenę z olejem 5W-30 VW 507.00.",
        quote: {
          items: [
            { description: "Olej 5W-30 VW 507.00 (4,7 l)", quantity: 1, unitPriceGrosze: 24_900 },
            { description: "Filtr oleju", quantity: 1, unitPriceGrosze: 4_500 },
            { description: "Robocizna", quantity: 1, unitPriceGrosze: 8_000 },
          ],
          validDays: 7,
        },
      },
    ],
  },
  {
    key: "klient-02-alignment",
    customer: `klient-02@${DEMO_EMAIL_DOMAIN}`,
    subject: "Czy robicie geometrię kół?",
    workshopReadSeq: 0,
    customerReadSeq: 1,
    status: "waiting_workshop",
    lines: [{ ago: 35, from: "customer", body: "Czy robicie geometrię kół? Samochód ściąga w prawo po wymianie opon." }],
  },
  {
    key: "klient-03-battery",
    customer: `klient-03@${DEMO_EMAIL_DOMAIN}`,
    subject: "Akumulator",
    workshopReadSeq: 4,
    customerReadSeq: 4,
    status: "resolved",
    lines: [
      { ago: 9 * 1440, from: "customer", body: "Rano auto nie chciało odpalić, akumulator ma 6 lat. Macie na miejscu 70 Ah?" },
      { ago: 9 * 1440 - 12, from: "owner", body: "Tak, mamy Vartę 74 Ah. Wymiana na miejscu, około 20 minut." },
      { ago: 9 * 1440 - 30, from: "customer", body: "Super, dziękuję, przyjadę po pracy." },
      { ago: 8 * 1440, from: "system", system: "resolved" },
    ],
  },
];

/**
 * The messaging part of the demo data: reply templates for every workshop inserted in this run and,
 * when the Kraków demo workshop is new, four conversations with demo customers (one with a quote,
 * some unread). Deterministic ids, times relative to now. @returns rows inserted.
 */
export async function seedDemoMessaging(tx: DbOrTx, freshWorkshopIds: Set<string>) {
  const templates = [...freshWorkshopIds].flatMap((workshopId) =>
    TEMPLATES.map((t, i) => ({ id: deterministicUuid("reply-template", `${workshopId}:${i}`), workshopId, ...t })),
  );
  for (let i = 0; i < templates.length; i += 1_000)
    await tx
      .insert(replyTemplates)
      .values(templates.slice(i, i + 1_000))
      .onConflictDoNothing();

  const [krakow] = await tx.select({ id: workshops.id }).from(workshops).where(eq(workshops.slug, DEMO_KRAKOW_WORKSHOP_SLUG));
  if (!krakow || !freshWorkshopIds.has(krakow.id)) return { templates: templates.length, conversations: 0 };
  const staff = await tx
    .select({ id: users.id, role: workshopMembers.role, email: users.email, name: users.name })
    .from(workshopMembers)
    .innerJoin(users, eq(users.id, workshopMembers.userId))
    .where(eq(workshopMembers.workshopId, krakow.id));
  const owner = staff.find((s) => s.email === DEMO_ACCOUNTS.provider);
  const mechanic = staff.find((s) => s.email === DEMO_ACCOUNTS.mechanic) ?? owner;
  const customers = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(
      inArray(
        users.email,
        THREADS.map((t) => t.customer),
      ),
    );
  const services = await tx
    .select({ id: workshopServices.id, name: workshopServices.name })
    .from(workshopServices)
    .where(eq(workshopServices.workshopId, krakow.id));
  const now = Date.now();
  let inserted = 0;
  for (const thread of THREADS) {
    const customer = customers.find((c) => c.email === thread.customer);
    if (!customer || !owner || !mechanic) continue;
    const id = deterministicUuid("conversation", thread.key);
    const at = (line: Line) => new Date(now - line.ago * 60_000);
    const seqOf = (side: "customer" | "workshop") =>
      thread.lines.reduce(
        (max, l, i) => ((side === "customer" ? l.from === "customer" : l.from === "owner" || l.from === "mechanic") ? i + 1 : max),
        0,
      );
    const last = thread.lines.at(-1)!;
    const lastPerson = [...thread.lines].reverse().find((l) => l.from !== "system")!;
    const service = thread.service ? services.find((s) => s.name === thread.service) : undefined;
    const [row] = await tx
      .insert(conversations)
      .values({
        id,
        workshopId: krakow.id,
        customerId: customer.id,
        serviceId: service?.id ?? null,
        subject: thread.subject,
        status: thread.status,
        lastSeq: thread.lines.length,
        lastMessageAt: at(last),
        lastMessagePreview: last.from === "system" ? (lastPerson.body ?? "") : (last.body ?? ""),
        lastMessageSide: last.from === "customer" ? "customer" : last.from === "system" ? "system" : "workshop",
        lastMessageType: last.quote ? "quote" : last.from === "system" ? "system" : "text",
        customerMessageSeq: seqOf("customer"),
        workshopMessageSeq: seqOf("workshop"),
        customerDeliveredSeq: thread.lines.length,
        customerReadSeq: Math.max(thread.customerReadSeq, seqOf("customer")),
        workshopDeliveredSeq: thread.lines.length,
        workshopReadSeq: Math.max(thread.workshopReadSeq, seqOf("workshop")),
        // Already e-mailed: the demo must not send e-mails about its own past.
        customerEmailedSeq: thread.lines.length,
        workshopEmailedSeq: thread.lines.length,
        resolvedAt: thread.status === "resolved" ? at(last) : null,
        createdAt: at(thread.lines[0]!),
      })
      .onConflictDoNothing()
      .returning({ id: conversations.id });
    if (!row) continue;
    inserted++;
    await tx.insert(messages).values(
      thread.lines.map((line, i) => {
        const sender =
          line.from === "customer" ? customer.id : line.from === "owner" ? owner.id : line.from === "mechanic" ? mechanic.id : null;
        const quote = line.quote
          ? {
              items: line.quote.items,
              totalGrosze: line.quote.items.reduce((s, it) => s + it.quantity * it.unitPriceGrosze, 0),
              currency: "PLN",
              validUntil: new Date(at(line).getTime() + line.quote.validDays * 86_400_000).toISOString(),
              ...(line.body ? { note: line.body } : {}),
            }
          : null;
        return {
          id: deterministicUuid("message", `${thread.key}:${i + 1}`),
          conversationId: id,
          seq: i + 1,
          senderId: sender,
          senderSide:
            line.from === "customer" ? ("customer" as const) : line.from === "system" ? ("system" as const) : ("workshop" as const),
          type: quote ? ("quote" as const) : line.from === "system" ? ("system" as const) : ("text" as const),
          body: line.body ?? "",
          quote,
          quoteStatus: quote ? ("pending" as const) : null,
          system: line.system ? { kind: line.system, params: { by: owner.name ?? "" } } : null,
          clientId: sender ? deterministicUuid("client", `${thread.key}:${i + 1}`) : null,
          createdAt: at(line),
        };
      }),
    );
  }
  return { templates: templates.length, conversations: inserted };
}

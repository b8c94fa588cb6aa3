import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { defaultTimeZone } from "@/i18n/config";
import { cn } from "@/lib/utils";
import type { CapturedMailSummary } from "@/server/email/captured";

/** Captured e-mails, newest first; each links to `?id=` to open it. `selectedId` is marked current. */
export function CapturedMailList({ items, selectedId }: { items: CapturedMailSummary[]; selectedId?: string }) {
  const t = useTranslations("mail.list");
  const format = useFormatter();
  return (
    <nav aria-label={t("label")}>
      <ul className="flex flex-col divide-y rounded-xl border bg-card">
        {items.map((mail) => {
          const current = mail.id === selectedId;
          return (
            <li key={mail.id}>
              <Link
                href={`/admin/mail?id=${encodeURIComponent(mail.id)}`}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "flex flex-col gap-0.5 px-4 py-3 outline-none first:rounded-t-xl last:rounded-b-xl hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/50",
                  current && "bg-accent",
                )}
              >
                <span className="flex items-baseline justify-between gap-3">
                  <span className="truncate font-medium">{mail.subject || t("noSubject")}</span>
                  <time dateTime={mail.date} className="shrink-0 text-xs text-muted-foreground tabular-nums">
                    {format.dateTime(new Date(mail.date), { dateStyle: "short", timeStyle: "short", timeZone: defaultTimeZone })}
                  </time>
                </span>
                <span className="truncate text-sm text-muted-foreground">{t("to", { to: mail.to })}</span>
                {mail.preview ? <span className="line-clamp-2 text-sm text-muted-foreground">{mail.preview}</span> : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

import { useFormatter, useTranslations } from "next-intl";
import { defaultTimeZone } from "@/i18n/config";
import type { CapturedMail } from "@/server/email/captured";

/**
 * One captured e-mail: its envelope, its HTML rendered in a fully sandboxed frame (no scripts, no
 * forms, no access to this page: the HTML is whatever was sent), its attachments (calendar invites
 * included, with their text) and its plain-text version.
 */
export function CapturedMailDetail({ mail }: { mail: CapturedMail }) {
  const t = useTranslations("mail");
  const format = useFormatter();
  const subject = mail.subject || t("list.noSubject");
  return (
    <article className="flex min-w-0 flex-col gap-5" aria-labelledby="captured-mail-subject">
      <header className="flex flex-col gap-3">
        <h2 id="captured-mail-subject" className="text-xl font-semibold break-words">
          {subject}
        </h2>
        <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
          <dt className="text-muted-foreground">{t("detail.from")}</dt>
          <dd className="break-words">{mail.from}</dd>
          <dt className="text-muted-foreground">{t("detail.to")}</dt>
          <dd className="break-words">{mail.to}</dd>
          <dt className="text-muted-foreground">{t("detail.date")}</dt>
          <dd>
            <time dateTime={mail.date} className="tabular-nums">
              {format.dateTime(new Date(mail.date), { dateStyle: "long", timeStyle: "medium", timeZone: defaultTimeZone })}
            </time>
          </dd>
        </dl>
      </header>
      {mail.attachments.length > 0 ? (
        <section className="flex flex-col gap-2" aria-labelledby="captured-mail-attachments">
          <h3 id="captured-mail-attachments" className="text-sm font-medium text-muted-foreground">
            {t("detail.attachments")}
          </h3>
          <ul className="flex flex-col gap-2 text-sm">
            {mail.attachments.map((attachment, index) => (
              <li key={index} data-testid="mail-attachment" className="flex min-w-0 flex-col gap-1 rounded-lg border px-3 py-2">
                <span className="break-words">
                  <span className="font-medium">
                    {attachment.filename ?? (attachment.contentType === "text/calendar" ? t("detail.calendarPart") : t("detail.unnamed"))}
                  </span>{" "}
                  <span className="text-muted-foreground">
                    ({[attachment.contentType, attachment.method ? `method=${attachment.method}` : null].filter(Boolean).join("; ")},{" "}
                    {format.number(attachment.size)} B)
                  </span>
                </span>
                {attachment.content !== null ? (
                  <details>
                    <summary className="cursor-pointer text-muted-foreground">{t("detail.showContent")}</summary>
                    <pre className="mt-2 overflow-x-auto rounded-md bg-muted/40 p-3 font-mono text-xs whitespace-pre-wrap break-words">
                      {attachment.content}
                    </pre>
                  </details>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="flex flex-col gap-2" aria-labelledby="captured-mail-html">
        <h3 id="captured-mail-html" className="text-sm font-medium text-muted-foreground">
          {t("detail.html")}
        </h3>
        {mail.html ? (
          <iframe
            sandbox=""
            srcDoc={mail.html}
            referrerPolicy="no-referrer"
            title={t("detail.htmlFrame", { subject })}
            className="h-[36rem] w-full rounded-xl border bg-white"
          />
        ) : (
          <p className="text-sm text-muted-foreground">{t("detail.noHtml")}</p>
        )}
      </section>
      <section className="flex flex-col gap-2" aria-labelledby="captured-mail-text">
        <h3 id="captured-mail-text" className="text-sm font-medium text-muted-foreground">
          {t("detail.text")}
        </h3>
        {mail.text ? (
          <pre className="overflow-x-auto rounded-xl border bg-muted/40 p-4 font-mono text-sm whitespace-pre-wrap break-words">
            {mail.text}
          </pre>
        ) : (
          <p className="text-sm text-muted-foreground">{t("detail.noText")}</p>
        )}
      </section>
    </article>
  );
}

import { ArrowLeft, Info, Inbox } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { cn } from "@/lib/utils";
import type { CapturedMail, CapturedMailSummary } from "@/server/email/captured";
import { CapturedMailDetail } from "./captured-mail-detail";
import { CapturedMailList } from "./captured-mail-list";

/**
 * The admin's captured-mail page: the list beside the open message on wide screens; on phones the
 * list, or the open message with a way back. `mode` "smtp" adds a notice that nothing is captured.
 */
export function CapturedMailView({
  mode,
  items,
  selectedId,
  mail,
}: {
  mode: "smtp" | "capture";
  items: CapturedMailSummary[];
  /** The `?id=` asked for, if any. */
  selectedId?: string;
  /** That message, or null when there is none with this id. */
  mail: CapturedMail | null;
}) {
  const t = useTranslations("mail");
  const open = selectedId !== undefined;
  return (
    <div className="flex flex-col gap-5">
      <p className="max-w-prose text-muted-foreground">{t("intro")}</p>
      {mode === "smtp" ? (
        <Alert>
          <Info aria-hidden />
          <AlertTitle>{t("smtpNotice.title")}</AlertTitle>
          <AlertDescription>{t("smtpNotice.body")}</AlertDescription>
        </Alert>
      ) : null}
      {items.length === 0 && !open ? (
        <div className="flex flex-col items-center gap-2 rounded-xl border border-dashed px-6 py-12 text-center">
          <Inbox aria-hidden className="size-8 text-muted-foreground" />
          <p className="font-medium">{t("empty")}</p>
          <p className="max-w-prose text-sm text-muted-foreground">{t("emptyHint")}</p>
        </div>
      ) : (
        <div className="grid gap-6 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)] lg:items-start">
          <div className={cn("flex flex-col gap-2", open && "hidden lg:flex")}>
            <p className="text-sm text-muted-foreground">{t("count", { count: items.length })}</p>
            <CapturedMailList items={items} selectedId={selectedId} />
          </div>
          <div className={cn("flex min-w-0 flex-col gap-4", !open && "hidden lg:flex")}>
            {open ? (
              <Link
                href="/admin/mail"
                className="inline-flex items-center gap-1 self-start rounded-md text-sm font-medium underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50 lg:hidden"
              >
                <ArrowLeft aria-hidden className="size-4" />
                {t("detail.back")}
              </Link>
            ) : null}
            {mail ? (
              <CapturedMailDetail mail={mail} />
            ) : (
              <p className="rounded-xl border border-dashed px-6 py-12 text-center text-muted-foreground">
                {open ? t("detail.notFound") : t("detail.choose")}
              </p>
            )}
          </div>
        </div>
      )}
    </div>
  );
}

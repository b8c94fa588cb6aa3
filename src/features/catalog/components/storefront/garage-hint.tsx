import { CarFront } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

/**
 * Why there is no "fits your car" yet and how to get it: guests sign in (coming back to `returnTo`)
 * or sign up; customers without a car add one in the garage.
 */
export function GarageHint({ kind, returnTo, className }: { kind: "guest" | "noCars"; returnTo: string; className?: string }) {
  const t = useTranslations("parts.hint");
  const back = encodeURIComponent(returnTo);
  return (
    <aside
      aria-labelledby="garage-hint-title"
      className={cn("flex flex-col gap-3 rounded-xl border border-dashed bg-muted/30 p-4 sm:flex-row sm:items-center", className)}
    >
      <div className="flex flex-1 items-start gap-3 sm:items-center">
        <CarFront aria-hidden className="size-6 shrink-0 text-muted-foreground sm:size-8" />
        <div className="grid gap-0.5">
          <h2 id="garage-hint-title" className="font-semibold">
            {kind === "guest" ? t("guestTitle") : t("noCarsTitle")}
          </h2>
          <p className="text-sm text-muted-foreground">{kind === "guest" ? t("guestBody") : t("noCarsBody")}</p>
        </div>
      </div>
      <div className="flex flex-wrap gap-2">
        {kind === "guest" ? (
          <>
            <Button asChild size="sm">
              <Link href={`/sign-in?callbackUrl=${back}`}>{t("signIn")}</Link>
            </Button>
            <Button asChild size="sm" variant="outline">
              <Link href={`/sign-up?callbackUrl=${back}`}>{t("signUp")}</Link>
            </Button>
          </>
        ) : (
          <Button asChild size="sm">
            <Link href="/garage">{t("addCar")}</Link>
          </Button>
        )}
      </div>
    </aside>
  );
}

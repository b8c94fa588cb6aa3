import { CalendarCheck, Car, MapPinned } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { HomeSearch, SERVICE_CATEGORIES } from "@/features/workshops";

export default async function HomePage() {
  const t = await getTranslations("home");
  const tw = await getTranslations("workshops");
  const steps = [
    { key: "garage", icon: Car },
    { key: "find", icon: MapPinned },
    { key: "book", icon: CalendarCheck },
  ] as const;
  return (
    <div className="grid gap-14 pb-16">
      <section className="border-b bg-gradient-to-b from-primary/10 to-background">
        <div className="mx-auto grid max-w-5xl gap-6 px-4 py-12 sm:py-20">
          <h1 className="max-w-3xl text-4xl font-bold tracking-tight text-balance sm:text-5xl">{t("heroTitle")}</h1>
          <p className="max-w-2xl text-lg text-muted-foreground">{t("heroBody")}</p>
          <div className="max-w-2xl">
            <HomeSearch />
          </div>
          <div className="flex flex-wrap gap-x-6 gap-y-2">
            <Link href="/workshops" className="w-fit text-sm font-medium text-primary underline-offset-4 hover:underline">
              {t("browseAll")}
            </Link>
            <Link href="/diagnosis" className="w-fit text-sm font-medium text-primary underline-offset-4 hover:underline">
              {t("askAi")}
            </Link>
          </div>
        </div>
      </section>

      <section aria-labelledby="categories" className="mx-auto grid w-full max-w-5xl gap-4 px-4">
        <h2 id="categories" className="text-2xl font-semibold tracking-tight">
          {t("categoriesTitle")}
        </h2>
        <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-4">
          {SERVICE_CATEGORIES.map((c) => (
            <li key={c}>
              <Link
                href={`/workshops?category=${c}`}
                className="block rounded-lg border bg-card px-4 py-3 text-sm font-medium transition-colors hover:border-primary hover:bg-accent"
              >
                {tw(`categories.${c}`)}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="how" className="mx-auto grid w-full max-w-5xl gap-4 px-4">
        <h2 id="how" className="text-2xl font-semibold tracking-tight">
          {t("howTitle")}
        </h2>
        <ol className="grid gap-4 sm:grid-cols-3">
          {steps.map(({ key, icon: Icon }, i) => (
            <li key={key} className="rounded-lg border bg-card p-5">
              <div className="flex items-center gap-3">
                <span className="grid size-9 place-items-center rounded-full bg-primary/10 text-primary">
                  <Icon aria-hidden className="size-5" />
                </span>
                <h3 className="font-semibold">
                  {i + 1}. {t(`steps.${key}.title`)}
                </h3>
              </div>
              <p className="mt-2 text-sm text-muted-foreground">{t(`steps.${key}.body`)}</p>
            </li>
          ))}
        </ol>
        <Button asChild variant="outline" className="w-fit">
          <Link href="/garage">{t("garageCta")}</Link>
        </Button>
      </section>

      <section aria-labelledby="providers" className="mx-auto w-full max-w-5xl px-4">
        <div className="grid gap-3 rounded-xl border bg-muted/40 p-6 sm:p-8">
          <h2 id="providers" className="text-2xl font-semibold tracking-tight">
            {t("providersTitle")}
          </h2>
          <p className="max-w-2xl text-muted-foreground">{t("providersBody")}</p>
          <Button asChild className="w-fit">
            <Link href="/sign-up/workshop">{t("providersCta")}</Link>
          </Button>
        </div>
      </section>
    </div>
  );
}

"use client";

import { useQuery } from "@tanstack/react-query";
import { ArrowLeft, CircleCheck, Info } from "lucide-react";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { formatMoney } from "@/lib/format";
import { useTRPC } from "@/trpc/react";
import type { FitmentType } from "../../constants";
import type { PartFitment, ProductDetail, StorefrontList, VariantRow } from "../../types";
import { GarageHint } from "./garage-hint";
import { productHref } from "./part-card";
import { PartFitmentSections } from "./part-fitment";
import { ProductGallery } from "./product-gallery";
import type { StorefrontViewer } from "./parts-storefront";
import { carCheckInput, fitmentTargetOf } from "./search-params";
import { StockLabel } from "./stock-label";
import { useYearsLabel } from "./use-years-label";
import { VariantPicker } from "./variant-picker";
import { VehiclePartsSection } from "./vehicle-parts";
import { initialVariant } from "./variant-selection";

/**
 * /parts/[sku]: a product's storefront page. Photos, name, brand, SKU, price and stock (of the
 * chosen variant when it has variants, kept in `?variant=`), description and features; for a part
 * its fitment and "fits your car" for the customer's car (`car`: the garage vehicle from the link,
 * else the default car); for a vehicle the parts that fit it.
 */
export function ProductPage({ product, viewer, car }: { product: ProductDetail; viewer: StorefrontViewer; car: string | null }) {
  const t = useTranslations("parts");
  const locale = useLocale();
  const pathname = usePathname();
  const params = useSearchParams();
  const years = useYearsLabel();
  const variants = useMemo(() => product.variants.filter((v) => v.active), [product.variants]);
  const [chosen, setChosen] = useState<VariantRow | undefined>(() => initialVariant(variants, params.get("variant")));

  const choose = (variant: VariantRow) => {
    setChosen(variant);
    const next = new URLSearchParams(params.toString());
    next.set("variant", variant.sku);
    // The product is already on the page: only the address changes, with no server round trip.
    window.history.replaceState(null, "", `${pathname}?${next.toString()}`);
  };

  const sku = chosen?.sku ?? product.sku;
  const priceGrosze = chosen?.effective.priceGrosze ?? product.priceGrosze;
  const stock = chosen?.effective.stock ?? product.stock;
  const images = chosen && chosen.effective.images.length > 0 ? chosen.effective.images : product.images;
  const target = fitmentTargetOf(product);
  const yearsLabel = product.type === "vehicle" ? years(product.yearFrom, product.yearTo) : null;
  // Generation names often carry their years already ("Toyota Corolla E18 2013–2019").
  const vehicleYears = yearsLabel && !product.name.includes(String(product.yearFrom ?? product.yearTo)) ? yearsLabel : null;

  return (
    <div className="mx-auto grid w-full max-w-6xl gap-8 px-4 py-6 sm:py-8">
      <Link href="/parts" className="inline-flex w-fit items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ArrowLeft aria-hidden className="size-4 rtl:rotate-180" /> {t("product.back")}
      </Link>

      <div className="grid gap-6 md:grid-cols-[minmax(0,5fr)_minmax(0,7fr)] lg:gap-10">
        <ProductGallery key={images.join("|")} images={images} name={product.name} />
        <div className="grid content-start gap-5">
          <header className="grid gap-1.5">
            <p className="text-sm font-medium tracking-wide text-muted-foreground uppercase">
              <span className="sr-only">{t("brand")}: </span>
              {product.brand}
            </p>
            <h1 className="text-2xl font-bold tracking-tight text-balance sm:text-3xl">{product.name}</h1>
            <p className="text-sm text-muted-foreground">
              {t("sku")} <span className="font-mono text-foreground">{sku}</span>
              {vehicleYears && <span className="tabular-nums"> · {vehicleYears}</span>}
            </p>
            {product.parent && (
              <p className="text-sm">
                <Link href={productHref(product.parent.sku, car)} className="text-primary underline-offset-4 hover:underline">
                  {t("product.variantOf", { name: product.parent.name })}
                </Link>
              </p>
            )}
          </header>

          {product.type === "part" && viewer === "customer" && <FitsBanner sku={target.sku} partId={target.id} car={car} />}
          {product.type === "part" && viewer === "guest" && (
            <GarageHint kind="guest" returnTo={`${pathname}${params.size ? `?${params}` : ""}`} />
          )}

          {/* Vehicles are in the catalogue for fitment; most are not for sale and carry no price. */}
          {!(product.type === "vehicle" && priceGrosze === 0) && (
            <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
              <p className="text-3xl font-bold tabular-nums">
                <span className="sr-only">{t("price")}: </span>
                {formatMoney(priceGrosze, locale, product.currency)}
              </p>
              <StockLabel stock={stock} showCount />
            </div>
          )}

          {chosen && variants.length > 1 && <VariantPicker variants={variants} chosen={chosen} onChoose={choose} />}
        </div>
      </div>

      {product.description && (
        <section aria-labelledby="description-heading" className="grid gap-2">
          <h2 id="description-heading" className="text-xl font-semibold">
            {t("product.description")}
          </h2>
          <p className="max-w-prose leading-relaxed whitespace-pre-line text-muted-foreground">{product.description}</p>
        </section>
      )}

      {product.features.length > 0 && <Features features={product.features} />}

      {product.type === "part" && <PartFitmentSectionsWithCar partId={target.id} sku={target.sku} viewer={viewer} car={car} />}
      {product.type === "vehicle" && <VehiclePartsSection vehicleId={target.id} />}
    </div>
  );
}

function Features({ features }: { features: ProductDetail["features"] }) {
  const t = useTranslations("parts.product");
  // Boolean features are stored as "true" / "false" (PrestaShop feature values are text).
  const text = (value: string) => (value === "true" ? t("yes") : value === "false" ? t("no") : value);
  return (
    <section aria-labelledby="features-heading" className="grid gap-3">
      <h2 id="features-heading" className="text-xl font-semibold">
        {t("features")}
      </h2>
      <dl className="grid overflow-hidden rounded-xl border text-sm sm:grid-cols-[minmax(0,16rem)_minmax(0,1fr)]">
        {features.map((f, i) => (
          <div
            key={f.featureId}
            className={`grid gap-0.5 px-4 py-2.5 sm:col-span-2 sm:grid-cols-subgrid sm:gap-4 ${i % 2 ? "" : "bg-muted/40"}`}
          >
            <dt className="font-medium">{f.name}</dt>
            <dd className="text-muted-foreground">
              {f.values.map(text).join(", ")}
              {f.unit ? ` ${f.unit}` : ""}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** How the part fits the car: the storefront's own answer for this SKU, else the car's catalogue vehicles against the fitment lists. */
function fitOf(list: StorefrontList | undefined, sku: string, fitment: PartFitment | undefined): FitmentType | null {
  const item = list?.items.find((p) => p.sku.toLowerCase() === sku.toLowerCase());
  if (item?.fits) return item.fits;
  if (!list?.car || !fitment) return null;
  const mine = new Set(list.car.catalogueVehicles.map((v) => v.id));
  if (fitment.original.some((v) => mine.has(v.id))) return "original";
  if (fitment.replacement.some((v) => mine.has(v.id))) return "replacement";
  return null;
}

/** "Pasuje do Twojego auta: <car>" when the customer's car fits; a plain note when it does not or cannot be told. */
function FitsBanner({ sku, partId, car }: { sku: string; partId: string; car: string | null }) {
  const t = useTranslations("parts");
  const trpc = useTRPC();
  const list = useQuery(trpc.catalog.parts.list.queryOptions(carCheckInput(sku, car)));
  const fitment = useQuery(trpc.catalog.fitment.vehiclesOfPart.queryOptions({ partId }));
  const myCar = list.data?.car;
  if (!myCar) {
    if (list.data && list.data.cars.length === 0) return <GarageHint kind="noCars" returnTo="/garage" />;
    return null;
  }
  const fits = fitOf(list.data, sku, fitment.data);
  if (fits) {
    return (
      <div
        role="status"
        className="flex gap-3 rounded-xl border border-emerald-700/30 bg-emerald-50 p-4 text-emerald-900 dark:border-emerald-400/30 dark:bg-emerald-400/10 dark:text-emerald-100"
      >
        <CircleCheck aria-hidden className="mt-0.5 size-5 shrink-0 text-emerald-700 dark:text-emerald-300" />
        <div className="grid gap-0.5">
          <p>{t.rich("fits.banner", { car: myCar.label, strong: (chunks) => <strong className="font-semibold">{chunks}</strong> })}</p>
          <p className="text-sm opacity-90">{t(`fits.bannerDetail.${fits}`)}</p>
        </div>
      </div>
    );
  }
  if (fitment.isPending) return null;
  return (
    <div className="flex gap-3 rounded-xl border bg-muted/40 p-4 text-sm">
      <Info aria-hidden className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
      <p>
        {myCar.catalogueVehicles.length === 0
          ? t("fits.carNotMatched", { car: myCar.label })
          : t("fits.notConfirmed", { car: myCar.label })}
      </p>
    </div>
  );
}

/** The fitment lists, marking the vehicles that are the customer's car. */
function PartFitmentSectionsWithCar({
  partId,
  sku,
  viewer,
  car,
}: {
  partId: string;
  sku: string;
  viewer: StorefrontViewer;
  car: string | null;
}) {
  const trpc = useTRPC();
  const list = useQuery({ ...trpc.catalog.parts.list.queryOptions(carCheckInput(sku, car)), enabled: viewer === "customer" });
  const mine = useMemo(() => new Set(list.data?.car?.catalogueVehicles.map((v) => v.id) ?? []), [list.data]);
  return <PartFitmentSections partId={partId} myVehicleIds={mine} />;
}

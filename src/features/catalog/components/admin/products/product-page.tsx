"use client";

import { useQuery } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { ChevronLeft, PackageX } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { useTRPC } from "@/trpc/react";
import { PRODUCT_TYPES } from "../../../constants";
import type { ProductDetail } from "../../../types";
import { CombinationChips } from "./combination-chips";
import { ProductDetailsForm } from "./product-details-form";
import { ProductFeatures } from "./product-features";
import { PartFitmentTab } from "./part-fitment-tab";
import { pickTab, productTabs, type ProductTab } from "./product-tabs";
import { ActiveBadge, ProductTypeBadge } from "./product-type-badge";
import { productHref } from "./products-admin-list";
import { LoadingRows, QueryError } from "./query-state";
import { VariantDetails } from "./variant-details";
import { VariantsTab } from "./variants-tab";
import { VehiclePartsTab } from "./vehicle-parts-tab";

const linkClass =
  "inline-flex items-center gap-1 rounded-sm text-sm text-muted-foreground underline-offset-4 outline-none hover:text-foreground hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50";

function BackLink() {
  const t = useTranslations("catalog.products.page");
  return (
    <Link href="/admin/catalog" className={linkClass}>
      <ChevronLeft aria-hidden className="size-4 rtl:rotate-180" />
      {t("back")}
    </Link>
  );
}

/** A new product: the details form alone (the other tabs need a saved product). `initialType`: `?type=` as given. */
export function AdminNewProductPage({ initialType }: { initialType?: string }) {
  const t = useTranslations("catalog.products.page");
  const type = PRODUCT_TYPES.find((p) => p === initialType) ?? "";
  return (
    <div className="flex flex-col gap-6">
      <div className="grid gap-2">
        <BackLink />
        <h2 className="text-xl font-semibold tracking-tight">{t("newTitle")}</h2>
        <p className="max-w-prose text-muted-foreground">{t("newIntro")}</p>
      </div>
      <ProductDetailsForm product={null} initialType={type} />
    </div>
  );
}

/**
 * One product of the admin catalogue (`catalog.products.byId`) with its tabs: details, variants,
 * features per shop, and fitment (parts) or matching parts (vehicles). The open tab is kept in the
 * address as `?tab=`; `initialTab` is what the address asked for.
 */
export function AdminProductPage({ productId, initialTab }: { productId: string; initialTab?: string }) {
  const t = useTranslations("catalog.products.page");
  const trpc = useTRPC();
  const query = useQuery(trpc.catalog.products.byId.queryOptions({ productId }));

  if (query.isError) {
    const code = query.error instanceof TRPCClientError ? (query.error.data as { code?: string } | undefined)?.code : undefined;
    if (code === "NOT_FOUND" || code === "BAD_REQUEST") {
      return (
        <div className="flex flex-col gap-6">
          <BackLink />
          <div className="flex flex-col items-center gap-2 rounded-xl border border-dashed px-6 py-12 text-center">
            <PackageX aria-hidden className="size-8 text-muted-foreground" />
            <h2 className="font-medium">{t("notFound")}</h2>
          </div>
        </div>
      );
    }
    return (
      <div className="flex flex-col gap-6">
        <BackLink />
        <QueryError error={query.error} onRetry={query.refetch} />
      </div>
    );
  }
  if (!query.data) {
    return (
      <div className="flex flex-col gap-6">
        <BackLink />
        <LoadingRows rows={3} className="h-24" />
      </div>
    );
  }
  return <ProductView product={query.data} initialTab={initialTab} />;
}

function ProductView({ product, initialTab }: { product: ProductDetail; initialTab?: string }) {
  const t = useTranslations("catalog.products.page");
  const tabs = productTabs(product);
  const [tab, setTab] = useState<ProductTab>(() => pickTab(initialTab, tabs));
  const current = pickTab(tab, tabs);

  const onTabChange = (value: string) => {
    const next = pickTab(value, tabs);
    setTab(next);
    const url = new URL(window.location.href);
    if (next === "details") url.searchParams.delete("tab");
    else url.searchParams.set("tab", next);
    window.history.replaceState(window.history.state, "", url);
  };

  return (
    <div className="flex flex-col gap-6">
      <div className="grid gap-2">
        <BackLink />
        {product.parent ? (
          <p className="text-sm text-muted-foreground">
            {t.rich("variantOf", {
              parent: (chunks) => (
                <Link
                  href={productHref(product.parent!.id, "variants")}
                  className="font-medium text-foreground underline underline-offset-4"
                >
                  {chunks}
                </Link>
              ),
              name: product.parent.name,
              sku: product.parent.sku,
            })}
          </p>
        ) : null}
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
          <h2 className="text-xl font-semibold tracking-tight break-words">{product.name}</h2>
          <ProductTypeBadge type={product.type} />
          <ActiveBadge active={product.active} />
        </div>
        <p className="text-sm text-muted-foreground">
          <span className="font-mono">{product.sku}</span> · {product.brand}
          {product.vehicleName ? <> · {t("fitmentNameShort", { name: product.vehicleName })}</> : null}
        </p>
        {product.combination.length > 0 ? <CombinationChips combination={product.combination} /> : null}
      </div>

      <Tabs value={current} onValueChange={onTabChange} className="gap-5">
        <div className="-mx-4 overflow-x-auto px-4 md:mx-0 md:px-0">
          <TabsList className="w-max">
            {tabs.map((name) => (
              <TabsTrigger key={name} value={name} className="px-3">
                {t(`tabs.${name}`)}
              </TabsTrigger>
            ))}
          </TabsList>
        </div>
        <TabsContent value="details">
          {product.parent ? <VariantDetails variant={product} /> : <ProductDetailsForm key={product.id} product={product} />}
        </TabsContent>
        {tabs.includes("variants") ? (
          <TabsContent value="variants">
            <VariantsTab product={product} />
          </TabsContent>
        ) : null}
        <TabsContent value="features">
          <ProductFeatures product={product} />
        </TabsContent>
        {tabs.includes("fitment") ? (
          <TabsContent value="fitment">
            <PartFitmentTab part={product} />
          </TabsContent>
        ) : null}
        {tabs.includes("parts") ? (
          <TabsContent value="parts">
            <VehiclePartsTab vehicle={product} />
          </TabsContent>
        ) : null}
      </Tabs>
    </div>
  );
}

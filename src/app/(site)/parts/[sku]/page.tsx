import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache, Suspense } from "react";
import { carCheckInput, fitmentTargetOf, parseCarParam, ProductPage, type StorefrontViewer } from "@/features/catalog";
import { auth } from "@/server/auth";
import { HydrateClient, prefetch, serverCaller, trpc } from "@/trpc/server";

/** The product, or null for a SKU the storefront does not have (or one that cannot be a SKU). */
const load = cache(async (rawSku: string) => {
  // SKUs may hold "/", which arrives percent-encoded; SKUs never contain "%", so decoding twice is harmless.
  let sku: string;
  try {
    sku = decodeURIComponent(rawSku);
  } catch {
    return null;
  }
  try {
    return await (await serverCaller()).catalog.products.bySku({ sku });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) return null;
    throw error;
  }
});

type Props = {
  params: Promise<{ sku: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await load((await params).sku);
  if (!product) return {};
  return {
    title: `${product.name} — ${product.brand}`,
    description: product.description.slice(0, 160) || `${product.brand} ${product.name} · SKU ${product.sku}`,
  };
}

export default async function PartPage({ params, searchParams }: Props) {
  const [product, session, query] = await Promise.all([load((await params).sku), auth(), searchParams]);
  if (!product) notFound();
  const role = session?.user.role;
  const viewer: StorefrontViewer = !role ? "guest" : role === "customer" ? "customer" : "staff";
  const car = parseCarParam(query.car);
  const target = fitmentTargetOf(product);
  await Promise.all([
    product.type === "part" && prefetch(trpc.catalog.fitment.vehiclesOfPart.queryOptions({ partId: target.id })),
    product.type === "part" && viewer === "customer" && prefetch(trpc.catalog.parts.list.queryOptions(carCheckInput(target.sku, car))),
    product.type === "vehicle" && prefetch(trpc.catalog.fitment.partsOfVehicle.queryOptions({ vehicleId: target.id })),
  ]);
  return (
    <HydrateClient>
      <Suspense>
        <ProductPage key={product.id} product={product} viewer={viewer} car={car} />
      </Suspense>
    </HydrateClient>
  );
}

import "server-only";
import { sql } from "drizzle-orm";
import { products } from "@/server/db/schema";

/** The `VehicleRef` shape selected from `products` (a vehicle's fitment name and model years). */
export const vehicleRefColumns = {
  id: products.id,
  sku: products.sku,
  name: products.name,
  vehicleName: sql<string>`${products.vehicleName}`,
  brand: products.brand,
  yearFrom: products.yearFrom,
  yearTo: products.yearTo,
};

/** The `PartRef` shape selected from `products` (price in grosze and stock as stored; first image). */
export const partRefColumns = {
  id: products.id,
  sku: products.sku,
  name: products.name,
  brand: products.brand,
  priceGrosze: sql<number>`coalesce(${products.priceGrosze}, 0)`,
  currency: products.currency,
  stock: sql<number>`coalesce(${products.stock}, 0)`,
  image: sql<string | null>`${products.images}[1]`,
};

import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import {
  attributeGroupInput,
  attributeValueInput,
  productInput,
  shopInput,
  type ProductInput,
  type ShopInput,
} from "../../src/features/catalog/schemas";
import { createAttributeGroup, createAttributeValue } from "../../src/features/catalog/server/attributes";
import { createProduct } from "../../src/features/catalog/server/products";
import { createShop } from "../../src/features/catalog/server/shops";
import { shops } from "../../src/server/db/schema";
import { testDb } from "../helpers/db";

/** A short unique token: tests share one database, so SKUs, brands and slugs carry one. */
export const unique = () => randomUUID().slice(0, 8);

/** A product through the catalogue service (type, SKU and brand default to unique values). */
export function createCatalogProduct(fields: Partial<ProductInput> & Pick<ProductInput, "type">) {
  const u = unique();
  return createProduct(
    testDb,
    productInput.parse({ sku: `T-${u}`, name: `Produkt ${u}`, brand: `Marka-${u}`, priceGrosze: 10_000, stock: 5, ...fields }),
  );
}

/** A vehicle product: "Pit Bike <brand> <model>" unless a name is given. */
export function createCatalogVehicle(fields: Partial<ProductInput> & { brand: string }) {
  return createCatalogProduct({ type: "vehicle", name: `Pit Bike ${fields.brand} Model ${unique()}`, ...fields });
}

export function createCatalogPart(fields: Partial<ProductInput> = {}) {
  return createCatalogProduct({ type: "part", name: `Klocki hamulcowe ${unique()}`, ...fields });
}

/** A PrestaShop shop (slug unique); `allowedBrands` null = every brand. */
export function createCatalogShop(fields: Partial<ShopInput> = {}) {
  const u = unique();
  return createShop(testDb, shopInput.parse({ name: `Sklep ${u}`, slug: `sklep-${u}`, allowedBrands: null, ...fields }));
}

/** The platform storefront (made by the migration). */
export async function platformShop() {
  const [row] = await testDb.select({ id: shops.id, name: shops.name }).from(shops).where(eq(shops.isPlatform, true));
  return row!;
}

/** A colour group with the given values (hex swatches) and a size group with sizes in order. */
export async function createColourAndSize(colours: string[], sizes: string[]) {
  const u = unique();
  const colour = await createAttributeGroup(
    testDb,
    attributeGroupInput.parse({ name: `Kolor ${u}`, slug: `kolor-${u}`, kind: "color", position: 1 }),
  );
  const size = await createAttributeGroup(
    testDb,
    attributeGroupInput.parse({ name: `Rozmiar ${u}`, slug: `rozmiar-${u}`, kind: "size", position: 2 }),
  );
  const colourValues = [];
  for (const [i, value] of colours.entries())
    colourValues.push(
      await createAttributeValue(testDb, attributeValueInput.parse({ groupId: colour.id, value, colorHex: "#AA0000", position: i })),
    );
  const sizeValues = [];
  for (const [i, value] of sizes.entries())
    sizeValues.push(await createAttributeValue(testDb, attributeValueInput.parse({ groupId: size.id, value, position: i })));
  return { colour, size, colourValues, sizeValues };
}

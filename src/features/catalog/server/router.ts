import "server-only";
import { adminProcedure, createTRPCRouter, publicProcedure } from "@/server/api/trpc";
import {
  attributeGroupInput,
  attributeGroupUpdateInput,
  attributeValueIdInput,
  attributeValueInput,
  attributeValueUpdateInput,
  categoryWordsInput,
  copyShopInput,
  featureInput,
  featureSetInput,
  featureSetUpdateInput,
  featureUpdateInput,
  fitmentMetaInput,
  generateManyVariantsInput,
  generateVariantsInput,
  matrixHistoryInput,
  matrixPageInput,
  matrixSaveInput,
  partsOfVehicleInput,
  productFeaturesInput,
  productIdInput,
  productInput,
  productListInput,
  productSkuInput,
  productUpdateInput,
  setFeatureValuesInput,
  shopInput,
  shopUpdateInput,
  storefrontListInput,
  variantUpdateInput,
  vehiclesOfPartInput,
} from "../schemas";
import { createAttributeGroup, createAttributeValue, removeAttributeValue, updateAttributeGroup, updateAttributeValue } from "./attributes";
import { createFeature, createFeatureSet, featureForm, setFeatureValues, updateFeature, updateFeatureSet } from "./features";
import { copyShopFitment, saveMatrix, setFitmentMeta } from "./fitment";
import { fitmentHistory, matrixPage, partsOfVehicle, vehiclesOfPart } from "./fitment-queries";
import { createProduct, setCategoryWords, updateProduct } from "./products";
import {
  listAttributeGroups,
  listBrands,
  listCategoryWords,
  listFeatureSets,
  listFeatures,
  listProducts,
  productDetail,
  productDetailBySku,
} from "./queries";
import { createShop, listShops, updateShop } from "./shops";
import { storefrontParts } from "./storefront";
import { generateVariants, generateVariantsFor, updateVariant } from "./variants";

/**
 * The catalogue. Reading the active catalogue is public (the storefront); inactive products and
 * every edit are for admins (`adminProcedure`: FORBIDDEN `errors.forbidden` otherwise). Errors
 * carry i18n keys under `errors.catalog.*`.
 */
export const catalogRouter = createTRPCRouter({
  /** Storefront: active parts with "fits your car" for the signed-in customer's garage. */
  parts: createTRPCRouter({
    list: publicProcedure.input(storefrontListInput).query(({ ctx, input }) => storefrontParts(ctx.db, ctx.user, input)),
  }),

  products: createTRPCRouter({
    /** Public: an active product by SKU (admins also see inactive ones). NOT_FOUND `errors.catalog.productNotFound`. */
    bySku: publicProcedure
      .input(productSkuInput)
      .query(({ ctx, input }) => productDetailBySku(ctx.db, input.sku, { includeInactive: ctx.user?.role === "admin" })),
    adminList: adminProcedure.input(productListInput).query(({ ctx, input }) => listProducts(ctx.db, input)),
    byId: adminProcedure.input(productIdInput).query(({ ctx, input }) => productDetail(ctx.db, input.productId)),
    create: adminProcedure.input(productInput).mutation(({ ctx, input }) => createProduct(ctx.db, input)),
    update: adminProcedure.input(productUpdateInput).mutation(({ ctx, input }) => updateProduct(ctx.db, input)),
  }),

  /** Admin: vehicle brands in the catalogue (for shop filters and matrix columns). */
  brands: adminProcedure.query(({ ctx }) => listBrands(ctx.db)),

  categoryWords: createTRPCRouter({
    list: adminProcedure.query(({ ctx }) => listCategoryWords(ctx.db)),
    /** Replaces the list and re-derives every vehicle's fitment name; returns how many names changed. */
    set: adminProcedure.input(categoryWordsInput).mutation(({ ctx, input }) => setCategoryWords(ctx.db, input.words)),
  }),

  shops: createTRPCRouter({
    list: adminProcedure.query(({ ctx }) => listShops(ctx.db)),
    create: adminProcedure.input(shopInput).mutation(({ ctx, input }) => createShop(ctx.db, input)),
    update: adminProcedure.input(shopUpdateInput).mutation(({ ctx, input }) => updateShop(ctx.db, input)),
  }),

  attributes: createTRPCRouter({
    list: adminProcedure.query(({ ctx }) => listAttributeGroups(ctx.db)),
    createGroup: adminProcedure.input(attributeGroupInput).mutation(({ ctx, input }) => createAttributeGroup(ctx.db, input)),
    updateGroup: adminProcedure.input(attributeGroupUpdateInput).mutation(({ ctx, input }) => updateAttributeGroup(ctx.db, input)),
    createValue: adminProcedure.input(attributeValueInput).mutation(({ ctx, input }) => createAttributeValue(ctx.db, input)),
    updateValue: adminProcedure.input(attributeValueUpdateInput).mutation(({ ctx, input }) => updateAttributeValue(ctx.db, input)),
    removeValue: adminProcedure.input(attributeValueIdInput).mutation(({ ctx, input }) => removeAttributeValue(ctx.db, input.valueId)),
  }),

  variants: createTRPCRouter({
    generate: adminProcedure.input(generateVariantsInput).mutation(({ ctx, input }) => generateVariants(ctx.db, input)),
    /** Bulk: every combination for each product, one transaction; returns created ids and skipped count. */
    generateMany: adminProcedure.input(generateManyVariantsInput).mutation(({ ctx, input }) => generateVariantsFor(ctx.db, input)),
    update: adminProcedure.input(variantUpdateInput).mutation(({ ctx, input }) => updateVariant(ctx.db, input)),
  }),

  features: createTRPCRouter({
    list: adminProcedure.query(({ ctx }) => listFeatures(ctx.db)),
    create: adminProcedure.input(featureInput).mutation(({ ctx, input }) => createFeature(ctx.db, input)),
    update: adminProcedure.input(featureUpdateInput).mutation(({ ctx, input }) => updateFeature(ctx.db, input)),
  }),

  featureSets: createTRPCRouter({
    list: adminProcedure.query(({ ctx }) => listFeatureSets(ctx.db)),
    create: adminProcedure.input(featureSetInput).mutation(({ ctx, input }) => createFeatureSet(ctx.db, input)),
    update: adminProcedure.input(featureSetUpdateInput).mutation(({ ctx, input }) => updateFeatureSet(ctx.db, input)),
  }),

  featureValues: createTRPCRouter({
    forProduct: adminProcedure.input(productFeaturesInput).query(({ ctx, input }) => featureForm(ctx.db, input)),
    set: adminProcedure.input(setFeatureValuesInput).mutation(({ ctx, input }) => setFeatureValues(ctx.db, input)),
  }),

  fitment: createTRPCRouter({
    /** Public for active parts (storefront shop by default); other shops and inactive parts for admins. */
    vehiclesOfPart: publicProcedure.input(vehiclesOfPartInput).query(({ ctx, input }) => vehiclesOfPart(ctx.db, ctx.user, input)),
    /** Public for active vehicles (storefront shop by default); other shops for admins. */
    partsOfVehicle: publicProcedure.input(partsOfVehicleInput).query(({ ctx, input }) => partsOfVehicle(ctx.db, ctx.user, input)),
    setMeta: adminProcedure.input(fitmentMetaInput).mutation(({ ctx, input }) => setFitmentMeta(ctx.db, ctx.user.id, input)),
    copyShop: adminProcedure.input(copyShopInput).mutation(({ ctx, input }) => copyShopFitment(ctx.db, ctx.user.id, input)),
  }),

  matrix: createTRPCRouter({
    page: adminProcedure.input(matrixPageInput).query(({ ctx, input }) => matrixPage(ctx.db, input)),
    save: adminProcedure.input(matrixSaveInput).mutation(({ ctx, input }) => saveMatrix(ctx.db, ctx.user.id, input)),
    history: adminProcedure.input(matrixHistoryInput).query(({ ctx, input }) => fitmentHistory(ctx.db, input)),
  }),
});

// What other features and pages may import from the catalogue domain (client-safe).
export { PartsStorefront, type StorefrontViewer } from "./components/storefront/parts-storefront";
export { ProductPage } from "./components/storefront/product-page";
export { carCheckInput, fitmentTargetOf, parseCarParam, parsePartsSearch, partsSearchToInput } from "./components/storefront/search-params";
export { CatalogSectionNav } from "./components/admin/section-nav";
export { AttributesSettings } from "./components/admin/settings/attributes-settings";
export { FeaturesSettings } from "./components/admin/settings/features-settings";
export { ShopsSettings } from "./components/admin/settings/shops-settings";
export { ProductsAdmin } from "./components/admin/products/products-admin";
export { AdminNewProductPage, AdminProductPage } from "./components/admin/products/product-page";
export {
  productListInput,
  productListSearch,
  productListStateFrom,
  type ProductListState,
} from "./components/admin/products/product-list-state";
export { CompatibilityMatrix } from "./components/matrix/compatibility-matrix";
export { matrixQueryInput, matrixQueryKey, matrixStateFrom, pickShopId, type MatrixState } from "./components/matrix/matrix-state";

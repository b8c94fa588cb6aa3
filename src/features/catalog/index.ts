// What other features and pages may import from the catalogue domain (client-safe).
export { PartsStorefront, type StorefrontViewer } from "./components/storefront/parts-storefront";
export { ProductPage } from "./components/storefront/product-page";
export { carCheckInput, fitmentTargetOf, parseCarParam, parsePartsSearch, partsSearchToInput } from "./components/storefront/search-params";

// What other features and pages may import from the workshops domain (client-safe).
export { CityCombobox, type CityOption } from "./components/city-combobox";
export { SERVICE_CATEGORIES, type ServiceCategory } from "./schemas";
export { HomeSearch } from "./components/home-search";
export { WorkshopSearch } from "./components/workshop-search";
export { WorkshopProfile } from "./components/workshop-profile";
export { parseSearchState, searchStateToInput, searchStateToQuery, type SearchState } from "./search-params";

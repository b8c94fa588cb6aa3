// What other features and pages may import from the workshops domain (client-safe).
export { CityCombobox, type CityOption } from "./components/city-combobox";
export {
  SERVICE_CATEGORIES,
  addressSchema,
  citySchema,
  phoneSchema,
  postalCodeSchema,
  workshopNameSchema,
  type ServiceCategory,
} from "./schemas";
export { HomeSearch } from "./components/home-search";
export { WorkshopSearch } from "./components/workshop-search";
export { WorkshopProfile } from "./components/workshop-profile";
export { parseSearchState, searchStateToInput, searchStateToQuery, type SearchState } from "./search-params";
export { DashboardShell } from "./components/dashboard/dashboard-shell";
export { DashboardOverview } from "./components/dashboard/overview";
export { ProfilePage } from "./components/dashboard/profile-page";
export { ServicesPage } from "./components/dashboard/services-page";
export { HoursEditor } from "./components/dashboard/hours-editor";
export { NoWorkshop } from "./components/dashboard/no-workshop";
export { WorkshopNotFound } from "./components/dashboard/workshop-not-found";
export { WorkshopsAdmin } from "./components/admin/workshops-admin";
export { WorkshopCounts } from "./components/admin/workshop-counts";
export { WORKSHOP_STATUSES, workshopListInput, workshopListSearch, workshopListStateFrom } from "./components/admin/admin-workshop-filters";

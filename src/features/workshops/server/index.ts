// What other features may use of the workshops domain on the server.
export { findCity, searchCities, largestCities, normalisePlaceName, type PlCity } from "./cities";
export { searchWorkshops, nearestWorkshops } from "./search";
export { uniqueWorkshopSlug, slugify, setWorkshopStatus } from "./service";
export { workshopsOfMember, listWorkshopsForAdmin } from "./queries";
export { workshopsRouter } from "./router";
// Client-safe constants server code needs (seed, services) without importing the client entry.
export { SERVICE_CATEGORIES, type ServiceCategory } from "../schemas";
export { basemapGeoJson } from "./basemap";

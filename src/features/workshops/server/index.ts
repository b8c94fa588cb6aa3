// What other features may use of the workshops domain on the server.
export { findCity, searchCities, largestCities, normalisePlaceName, type PlCity } from "./cities";
export { searchWorkshops, nearestWorkshops } from "./search";
export { uniqueWorkshopSlug, slugify, setWorkshopStatus } from "./service";
export { workshopsOfMember, listWorkshopsForAdmin } from "./queries";

// What other features and pages may import from the garage domain (client-safe).
export { GaragePage } from "./components/garage-page";
export { FUEL_TYPES, fuelTypeSchema, vehicleInputSchema, vinSchema, type FuelType, type VehicleInput } from "./schemas";
export type { DecodedVehicle, VinDecodeReason, VinDecodeResult, VinPrefill } from "./types";
export { computeCheckDigit, modelYearFromVin, normalizeVin, vinProblem, vinRegion, type VinRegion } from "./vin";

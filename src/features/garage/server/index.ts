// What other features may use of the garage domain on the server.
export { garageRouter } from "./router";
export { listVehicles, vehicleById, type Vehicle } from "./queries";
export { decodeVinOffline, listMakes, listModels } from "./vpic";
export { computeCheckDigit, hasValidCheckDigit } from "../vin";

// What other features and the app may use of the catalogue on the server.
export { catalogRouter } from "./router";
export { deriveVehicleName, modelFromVehicleName, vehicleKey } from "../vehicle-name";

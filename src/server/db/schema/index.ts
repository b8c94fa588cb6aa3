export * from "./accounts";
export * from "./workshops";
export * from "./garage";
export * from "./diagnosis";
export * from "./analytics";
export * from "./messaging";
export * from "./bookings";
export * from "./catalog";

export * from "./accounts";
export * from "./workshops";
export * from "./garage";

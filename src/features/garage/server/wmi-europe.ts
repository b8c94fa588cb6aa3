import "server-only";

/**
 * World Manufacturer Identifiers (VIN positions 1–3) of cars common on European roads that
 * NHTSA vPIC lacks or maps ambiguously (vPIC only holds WMIs of vehicles imported to the US).
 *
 * Source: ISO 3780 WMI assignments as published by SAE International (the registrar), NHTSA vPIC
 * (table Wmi) for the WMIs it does hold, and the manufacturers' own VIN documentation.
 * Where vPIC and this table disagree (VF1: vPIC lists "Eagle" and "Renault"), this table wins.
 */
export const EUROPEAN_WMI_MAKES: Readonly<Record<string, string>> = {
  // Czechia, Slovakia, Hungary
  TMB: "Škoda", // Škoda Auto, Mladá Boleslav
  TMA: "Hyundai", // Hyundai Motor Manufacturing Czech, Nošovice
  TMT: "Tatra",
  TSM: "Suzuki", // Magyar Suzuki, Esztergom
  U5Y: "Kia", // Kia Slovakia, Žilina
  U6Y: "Kia", // Kia Slovakia, Žilina
  // Poland
  SUF: "Fiat", // FSM / Fiat Auto Poland, Tychy
  SUP: "FSO", // FSO / Daewoo-FSO, Warsaw
  SUU: "Solaris", // Solaris Bus & Coach
  // Spain
  VSS: "SEAT", // SEAT and Cupra, Martorell
  VS6: "Ford", // Ford España, Almussafes
  VS7: "Citroën", // Citroën Hispania, Vigo
  VSK: "Nissan", // Nissan Motor Ibérica
  VSE: "Suzuki", // Santana Motor (Suzuki licence)
  VSX: "Opel", // Opel España, Figueruelas
  VSA: "Mercedes-Benz", // Mercedes-Benz España, Vitoria (vans)
  VWV: "Volkswagen", // Volkswagen Navarra, Pamplona
  // France
  VF1: "Renault",
  VF3: "Peugeot",
  VF7: "Citroën",
  VF6: "Renault Trucks",
  VR1: "DS",
  VR3: "Peugeot", // Stellantis, newer Peugeot models
  VR7: "Citroën", // Stellantis, newer Citroën models
  VXK: "Opel", // Stellantis-built Opel models
  VXE: "Opel", // Stellantis-built Opel vans
  VNK: "Toyota", // Toyota Motor Manufacturing France, Valenciennes
  // Romania
  UU1: "Dacia",
  // Italy
  ZLA: "Lancia",
  ZAC: "Jeep", // FCA Italy, Melfi (Renegade, Compass)
  // Germany, Netherlands, Sweden
  WDF: "Mercedes-Benz", // vans (Vito, Sprinter, Citan)
  W1V: "Mercedes-Benz", // vans since 2019
  WMA: "MAN",
  XLR: "DAF",
  XMC: "Mitsubishi", // NedCar, Born
  YS2: "Scania",
  // United Kingdom
  SAR: "Rover",
  SJN: "Nissan", // Nissan Motor Manufacturing UK, Sunderland
  // Russia (cars still common in Poland)
  XTA: "Lada", // AvtoVAZ, Togliatti
  XW8: "Volkswagen", // Volkswagen Group Rus, Kaluga
  // Türkiye (built for the European market)
  NLH: "Hyundai", // Hyundai Assan, İzmit
  NM0: "Ford", // Ford Otosan
};

/** Makes sold in Europe that vPIC's make list lacks or rarely links to vehicles. */
export const EUROPEAN_MAKES: readonly string[] = [
  "Alpine",
  "Citroën",
  "Cupra",
  "Dacia",
  "DAF",
  "DS",
  "FSO",
  "Iveco",
  "Lada",
  "Lancia",
  "Lynk & Co",
  "MAN",
  "MG",
  "Opel",
  "Renault",
  "Renault Trucks",
  "Rover",
  "Scania",
  "SEAT",
  "Škoda",
  "Solaris",
  "SsangYong",
  "Tatra",
];

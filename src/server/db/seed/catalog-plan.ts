import { DEFAULT_VEHICLE_CATEGORY_WORDS, type FitmentType } from "@/features/catalog/constants";
import { deriveVehicleName, modelFromVehicleName, vehicleKey } from "@/features/catalog/server";
import { slugify } from "@/features/workshops/server";
import type {
  attributeGroups,
  attributeValues,
  featureSetItems,
  featureSets,
  features,
  productVariantAttributes,
  products,
  shops,
} from "@/server/db/schema";
import { BIKE_MODELS, CAR_MODELS, PIT_BIKE_BRANDS, type BikeCategory, type CarModelData, type CarSegment } from "./data/catalog-vehicles";
import { Rng } from "./random";
import { deterministicUuid } from "./uuid";

/**
 * The demo parts catalogue (seed 002), computed without touching the database: feature and
 * attribute definitions, ~660 vehicles (cars by generation, pit bikes, quads), 10,000 parts,
 * 60 clothing and oil products with ~600 variants, the PrestaShop shop "Sklep YCF" and ~100,000
 * fitments. Same code in, same rows out (seeded streams per entity, UUIDv5 ids of SKUs and slugs).
 */

export const CAR_PARTS = 7_000;
export const BIKE_PARTS = 3_000;
/** The demo PrestaShop shop: pit bikes and quads only (its brand filter). */
export const DEMO_SHOP_SLUG = "sklep-ycf";

type ProductRow = typeof products.$inferInsert & { id: string; sku: string; name: string; brand: string };
type FeatureRow = typeof features.$inferInsert & { id: string; slug: string };
type FeatureSetRow = typeof featureSets.$inferInsert & { id: string; slug: string };
type FeatureSetItemRow = typeof featureSetItems.$inferInsert;
type AttributeGroupRow = typeof attributeGroups.$inferInsert & { id: string; slug: string };
type AttributeValueRow = typeof attributeValues.$inferInsert & { id: string; groupId: string; slug: string };
type VariantAttributeRow = typeof productVariantAttributes.$inferInsert;
type ShopRow = typeof shops.$inferInsert & { id: string; slug: string; allowedBrands: string[] };

/** A feature value row: `shopId` null = the default every shop sees, else the demo shop's override. */
export type FeatureValueRow = { id: string; productId: string; featureId: string; shopId: string | null; values: string[] };

/** Which shop a fitment belongs to: the platform storefront (its id comes from the migration) or the demo shop. */
export type CatalogShopKey = "platform" | "demo";

export type PlannedFitment = {
  shop: CatalogShopKey;
  partId: string;
  vehicleId: string;
  type: FitmentType;
  notes: string | null;
  /** Marked as checked by the demo admin. */
  verified: boolean;
};

export type CatalogPlan = {
  shop: ShopRow;
  features: FeatureRow[];
  featureSets: FeatureSetRow[];
  featureSetItems: FeatureSetItemRow[];
  attributeGroups: AttributeGroupRow[];
  attributeValues: AttributeValueRow[];
  /** Products in insertion order: vehicles, parts, other products (parents), then their variants. */
  vehicles: ProductRow[];
  parts: ProductRow[];
  others: ProductRow[];
  variants: ProductRow[];
  variantAttributes: VariantAttributeRow[];
  featureValues: FeatureValueRow[];
  fitments: PlannedFitment[];
};

const pad = (n: number, width: number) => String(n).padStart(width, "0");
/** Shop prices end in ,99 zł. In grosze. */
const shopPrice = (zl: number) => Math.max(99, Math.round(zl) * 100 - 1);
const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

// ---------------------------------------------------------------------------------------------
// Features, feature sets, attribute groups

const FUEL = { petrol: "Benzyna", diesel: "Diesel", electric: "Elektryczny", hybrid: "Hybryda", lpg: "LPG" } as const;
type Fuel = (typeof FUEL)[keyof typeof FUEL];

const MATERIALS = [
  "Stal",
  "Żeliwo",
  "Aluminium",
  "Guma",
  "Tworzywo sztuczne",
  "Ceramika",
  "Mieszanka półmetaliczna",
  "Mieszanka spiekana",
  "Papier filtracyjny",
  "Skóra",
  "Tekstylia",
] as const;
type Material = (typeof MATERIALS)[number];

const SIDES = ["przód", "tył", "lewa", "prawa"] as const;

const FEATURES: Omit<FeatureRow, "id">[] = [
  { slug: "model", name: "Model", type: "text", system: true, multiValue: true },
  { slug: "rok-produkcji", name: "Rok produkcji", type: "number", validation: { min: 1900, max: 2030 } },
  { slug: "pojemnosc-silnika", name: "Pojemność silnika", type: "number", unit: "cc", validation: { min: 0, max: 10_000 } },
  { slug: "typ-paliwa", name: "Typ paliwa", type: "select", predefinedValues: Object.values(FUEL) },
  { slug: "vin", name: "VIN", type: "text", validation: { pattern: "^[A-HJ-NPR-Z0-9]{17}$" } },
  { slug: "moc", name: "Moc", type: "number", unit: "KM", validation: { min: 0, max: 2_000 } },
  { slug: "zasieg", name: "Zasięg", type: "number", unit: "km", validation: { min: 0, max: 1_500 } },
  { slug: "czas-ladowania", name: "Czas ładowania", type: "number", unit: "h", validation: { min: 0, max: 48 } },
  { slug: "material", name: "Materiał", type: "select", predefinedValues: [...MATERIALS] },
  { slug: "waga", name: "Waga", type: "number", unit: "kg", validation: { min: 0 } },
  { slug: "strona-montazu", name: "Strona montażu", type: "multiselect", predefinedValues: [...SIDES], multiValue: true },
  { slug: "kolor-ramy", name: "Kolor ramy", type: "text" },
];

type SetItem = [feature: string, required: boolean, defaultValue: string | null, helpText: string | null];
const FEATURE_SETS: {
  slug: string;
  name: string;
  description: string;
  productType: "vehicle" | "part" | "other";
  isDefault: boolean;
  items: SetItem[];
}[] = [
  {
    slug: "pojazdy-spalinowe",
    name: "Pojazdy spalinowe",
    description: "Samochody, motocykle i quady z silnikiem spalinowym lub hybrydowym.",
    productType: "vehicle",
    isDefault: true,
    items: [
      ["rok-produkcji", true, null, "Pierwszy rok modelowy generacji."],
      ["pojemnosc-silnika", true, null, "Pojemność skokowa w cm³ (cc)."],
      ["typ-paliwa", true, "Benzyna", null],
      ["moc", false, null, "Moc maksymalna w KM."],
      ["waga", false, null, "Masa własna w kg."],
      ["kolor-ramy", false, null, "Dla motocykli i quadów."],
      ["vin", false, null, "17 znaków, bez liter I, O i Q; tylko dla konkretnego egzemplarza."],
    ],
  },
  {
    slug: "pojazdy-elektryczne",
    name: "Pojazdy elektryczne",
    description: "Samochody i motocykle z napędem wyłącznie elektrycznym.",
    productType: "vehicle",
    isDefault: false,
    items: [
      ["rok-produkcji", true, null, "Pierwszy rok modelowy generacji."],
      ["typ-paliwa", true, "Elektryczny", null],
      ["moc", false, null, "Moc maksymalna w KM."],
      ["zasieg", true, null, "Zasięg według WLTP w km."],
      ["czas-ladowania", false, null, "Ładowanie prądem przemiennym od 0 do 100%, w godzinach."],
      ["waga", false, null, "Masa własna w kg."],
      ["kolor-ramy", false, null, "Dla motocykli i quadów."],
      ["vin", false, null, "17 znaków, bez liter I, O i Q; tylko dla konkretnego egzemplarza."],
    ],
  },
  {
    slug: "czesci-zamienne",
    name: "Części zamienne",
    description: "Części eksploatacyjne i zamienne do samochodów, pit bike'ów i quadów.",
    productType: "part",
    isDefault: true,
    items: [
      ["model", false, null, "Uzupełniany automatycznie z dopasowań (Oryginał i Zamiennik)."],
      ["material", false, null, null],
      ["waga", false, null, "Masa w kg, do wyceny wysyłki."],
      ["strona-montazu", false, null, "Strona pojazdu, po której montuje się część."],
    ],
  },
  {
    slug: "odziez-i-akcesoria",
    name: "Odzież i akcesoria",
    description: "Odzież motocyklowa, kaski, oleje i chemia.",
    productType: "other",
    isDefault: true,
    items: [
      ["material", false, null, "Materiał wierzchni."],
      ["waga", false, null, "Masa w kg, do wyceny wysyłki."],
    ],
  },
];

type ValueDef = [value: string, colorHex: string | null];
const ATTRIBUTE_GROUPS: { slug: string; name: string; kind: "color" | "size" | "other"; values: ValueDef[] }[] = [
  {
    slug: "kolor",
    name: "Kolor",
    kind: "color",
    values: [
      ["Czarny", "#111111"],
      ["Biały", "#FFFFFF"],
      ["Czerwony", "#C62828"],
      ["Niebieski", "#1565C0"],
      ["Granatowy", "#1A237E"],
      ["Zielony", "#2E7D32"],
      ["Żółty fluo", "#DDF200"],
      ["Pomarańczowy", "#EF6C00"],
      ["Szary", "#757575"],
    ],
  },
  {
    slug: "rozmiar",
    name: "Rozmiar",
    kind: "size",
    values: ["XS", "S", "M", "L", "XL", "XXL", "3XL"].map((v): ValueDef => [v, null]),
  },
  { slug: "material", name: "Materiał", kind: "other", values: ["Skóra", "Tekstylia", "Siatka"].map((v): ValueDef => [v, null]) },
  { slug: "pojemnosc", name: "Pojemność", kind: "other", values: ["400 ml", "1 l", "4 l", "5 l"].map((v): ValueDef => [v, null]) },
];

const featureId = (slug: string) => deterministicUuid("catalog-feature", slug);
const featureSetId = (slug: string) => deterministicUuid("catalog-feature-set", slug);
const groupId = (slug: string) => deterministicUuid("catalog-attribute-group", slug);
const valueId = (group: string, slug: string) => deterministicUuid("catalog-attribute-value", `${group}:${slug}`);
const productId = (sku: string) => deterministicUuid("catalog-product", sku.toLowerCase());

// ---------------------------------------------------------------------------------------------
// Vehicles

type BikeGroup = "pit" | "mx" | "quad";

/** What the part generator needs to know of a vehicle. */
type VehicleInfo = {
  id: string;
  brand: string;
  model: string;
  kind: "car" | "bike";
  segment: CarSegment | BikeGroup;
  fuel: Fuel;
  yearFrom: number;
  yearTo: number;
  popularity: number;
  allowedInDemoShop: boolean;
};

/** Typical engines per car segment: [cc, fuel, KM]. */
const ENGINES: Record<CarSegment, readonly [number, Fuel, number][]> = {
  A: [
    [998, "Benzyna", 68],
    [999, "Benzyna", 72],
    [1197, "Benzyna", 82],
    [1242, "Benzyna", 69],
  ],
  B: [
    [999, "Benzyna", 95],
    [1199, "Benzyna", 82],
    [1398, "Benzyna", 90],
    [1422, "Diesel", 80],
    [1461, "Diesel", 90],
    [1560, "Diesel", 92],
  ],
  C: [
    [999, "Benzyna", 110],
    [1395, "Benzyna", 125],
    [1498, "Benzyna", 150],
    [1598, "Benzyna", 115],
    [1560, "Diesel", 109],
    [1598, "Diesel", 105],
    [1968, "Diesel", 150],
  ],
  D: [
    [1798, "Benzyna", 160],
    [1984, "Benzyna", 190],
    [1968, "Diesel", 150],
    [1995, "Diesel", 190],
    [2179, "Diesel", 150],
  ],
  E: [
    [1991, "Benzyna", 252],
    [2996, "Benzyna", 340],
    [1995, "Diesel", 190],
    [2987, "Diesel", 258],
    [2993, "Diesel", 286],
  ],
  SUV: [
    [1332, "Benzyna", 140],
    [1497, "Benzyna", 150],
    [1598, "Diesel", 115],
    [1968, "Diesel", 150],
    [2199, "Diesel", 184],
  ],
  SUVL: [
    [2967, "Diesel", 272],
    [2993, "Diesel", 286],
    [3604, "Benzyna", 286],
    [2995, "Benzyna", 340],
  ],
  MPV: [
    [1598, "Benzyna", 120],
    [1598, "Diesel", 115],
    [1968, "Diesel", 150],
  ],
  VAN: [
    [1560, "Diesel", 100],
    [1995, "Diesel", 130],
    [1997, "Diesel", 150],
    [2143, "Diesel", 163],
    [2287, "Diesel", 130],
  ],
  PICKUP: [
    [2198, "Diesel", 160],
    [2393, "Diesel", 150],
    [2755, "Diesel", 204],
    [3498, "Benzyna", 365],
  ],
  SPORT: [
    [1998, "Benzyna", 245],
    [2997, "Benzyna", 387],
    [4951, "Benzyna", 450],
  ],
};

/** Electric power (KM), WLTP range (km) and AC charging time (h) per segment. */
const EV_SPECS: Partial<Record<CarSegment, readonly [km: number, range: number, chargeH: number]>> = {
  A: [65, 230, 5],
  B: [136, 310, 7],
  C: [204, 420, 8],
  D: [283, 510, 9],
  E: [670, 630, 12],
  SUV: [204, 450, 9],
  SUVL: [408, 440, 12],
};

const SEGMENT_LABEL: Record<CarSegment, string> = {
  A: "auto miejskie",
  B: "małe auto",
  C: "kompakt",
  D: "klasa średnia",
  E: "klasa wyższa",
  SUV: "SUV",
  SUVL: "duży SUV",
  MPV: "minivan",
  VAN: "samochód dostawczy",
  PICKUP: "pick-up",
  SPORT: "samochód sportowy",
};

const BIKE_GROUP: Record<BikeCategory, BikeGroup> = {
  "Pit Bike": "pit",
  "Mini Cross": "pit",
  Cross: "mx",
  Enduro: "mx",
  Quad: "quad",
  Buggy: "quad",
};
const BIKE_CATEGORY_SLUG: Record<BikeCategory, string> = {
  "Pit Bike": "pit-bike",
  "Mini Cross": "mini-cross",
  Cross: "cross",
  Enduro: "enduro",
  Quad: "quady",
  Buggy: "buggy",
};
/** Frame colours the makers are known for (the "Kolor ramy" feature). */
const FRAME_COLOURS: Record<string, string> = {
  YCF: "Czarno-niebieski",
  Kayo: "Pomarańczowy",
  "Pitster Pro": "Czerwony",
  MRF: "Czarno-czerwony",
  Stomp: "Zielony",
  Thumpstar: "Czerwony",
  Apollo: "Czarno-czerwony",
  KXD: "Czarny",
  Barton: "Czarny",
  Honda: "Czerwony",
  Kawasaki: "Zielony",
  Yamaha: "Niebieski",
  Suzuki: "Żółty",
  KTM: "Pomarańczowy",
};
/** Big makers' small bikes cost more than the pit-bike brands'. */
const PREMIUM_BIKE_BRANDS = new Set(["Honda", "Kawasaki", "Yamaha", "Suzuki", "KTM"]);

type Generation = { code: string; yearFrom: number; yearTo: number };

/** "E12 2001-2007, 2012-2026" → generations; the code is optional. @throws Error on a malformed entry. */
export function parseGenerations(text: string): Generation[] {
  return text.split(",").map((part) => {
    const match = /^\s*(?:(\S+)\s+)?(\d{4})-(\d{4})\s*$/.exec(part);
    if (!match) throw new Error(`Bad generation "${part}"`);
    return { code: match[1] ?? "", yearFrom: Number(match[2]), yearTo: Number(match[3]) };
  });
}

const words = DEFAULT_VEHICLE_CATEGORY_WORDS;

function carVehicles(plan: CatalogPlan, infos: VehicleInfo[], car: CarModelData) {
  const [make, model, segment, popularity, generationText, drive] = car;
  const vanLike = segment === "VAN" || segment === "PICKUP";
  for (const gen of parseGenerations(generationText)) {
    const label = [model, gen.code].filter(Boolean).join(" ");
    const sku = `VEH-${slugify(`${make} ${label} ${gen.yearFrom}`).toUpperCase()}`;
    const rng = Rng.for("catalog-vehicle", sku);
    const name = `${vanLike ? "Samochód dostawczy" : "Samochód osobowy"} ${make} ${label} ${gen.yearFrom}–${gen.yearTo}`;
    const vehicleName = deriveVehicleName(name, words);
    const id = productId(sku);
    const electric = drive === "ev";
    let engine = rng.pick(ENGINES[segment]);
    if (drive === "hybrid" || ((make === "Toyota" || make === "Lexus") && gen.yearTo >= 2012 && rng.chance(0.5))) {
      engine = [rng.pick([1497, 1798, 1987, 2487]), "Hybryda", rng.pick([116, 122, 140, 184, 218])];
    } else if (engine[1] === "Benzyna" && rng.chance(make === "Dacia" ? 0.4 : 0.08)) {
      engine = [engine[0], "LPG", engine[2]];
    }
    const ev = EV_SPECS[segment] ?? EV_SPECS.C!;
    const fuel: Fuel = electric ? "Elektryczny" : engine[1];
    plan.vehicles.push({
      id,
      type: "vehicle",
      sku,
      name,
      description: `${make} ${model}${gen.code ? ` (${gen.code})` : ""}, roczniki ${gen.yearFrom}–${gen.yearTo}, ${SEGMENT_LABEL[segment]}. Pozycja katalogu do dopasowań części.`,
      brand: make,
      priceGrosze: 0,
      stock: 0,
      categories: ["pojazdy", vanLike ? "samochody-dostawcze" : "samochody-osobowe"],
      featureSetId: featureSetId(electric ? "pojazdy-elektryczne" : "pojazdy-spalinowe"),
      vehicleName,
      // vPIC's model name, so garage cars (make + model + year) find this generation.
      vehicleModel: model,
      vehicleMakeKey: vehicleKey(make),
      vehicleModelKey: vehicleKey(model),
      yearFrom: gen.yearFrom,
      yearTo: gen.yearTo,
    });
    const values: [string, string][] = [
      ["rok-produkcji", String(gen.yearFrom)],
      ["typ-paliwa", fuel],
      ["moc", String(electric ? ev[0] : engine[2])],
    ];
    if (electric) values.push(["zasieg", String(ev[1])], ["czas-ladowania", String(ev[2])]);
    else values.push(["pojemnosc-silnika", String(engine[0])]);
    addFeatureValues(plan, id, sku, values);
    infos.push({
      id,
      brand: make,
      model,
      kind: "car",
      segment,
      fuel,
      yearFrom: gen.yearFrom,
      yearTo: gen.yearTo,
      // Newer generations are on the road in larger numbers and get more parts.
      popularity: popularity * (gen.yearTo >= 2008 ? 1 : 0.5),
      allowedInDemoShop: false,
    });
  }
}

function bikeVehicles(plan: CatalogPlan, infos: VehicleInfo[]) {
  const allowed = new Set<string>(PIT_BIKE_BRANDS);
  for (const [category, brand, model, yearFrom, yearTo, cc, km, kg] of BIKE_MODELS) {
    const sku = `MOTO-${slugify(`${brand} ${model}`).toUpperCase()}`;
    const rng = Rng.for("catalog-vehicle", sku);
    const name = `${category} ${brand} ${model}`;
    const vehicleName = deriveVehicleName(name, words);
    const vehicleModel = modelFromVehicleName(vehicleName, brand);
    const id = productId(sku);
    const electric = cc === 0;
    const group = BIKE_GROUP[category];
    // Pit bikes 2,500–14,000 zł by displacement; quads and buggies heavier and dearer; the big makers ×1.8.
    const base = (group === "quad" ? 3_500 : 2_000) + cc * (group === "mx" ? 45 : 40) + (category === "Buggy" ? 6_000 : 0);
    const zl = Math.round(((electric ? 7_500 : base) * (PREMIUM_BIKE_BRANDS.has(brand) ? 1.8 : 1)) / 100) * 100;
    plan.vehicles.push({
      id,
      type: "vehicle",
      sku,
      name,
      description: `${name}: ${electric ? "napęd elektryczny" : `silnik ${cc} cm³`}, ${km} KM, masa ${kg} kg. W ofercie ${yearFrom}–${yearTo}.`,
      brand,
      priceGrosze: shopPrice(zl),
      stock: rng.int(0, 12),
      categories: ["pojazdy", BIKE_CATEGORY_SLUG[category]],
      featureSetId: featureSetId(electric ? "pojazdy-elektryczne" : "pojazdy-spalinowe"),
      vehicleName,
      vehicleModel,
      vehicleMakeKey: vehicleKey(brand),
      vehicleModelKey: vehicleKey(vehicleModel),
      yearFrom,
      yearTo,
    });
    const values: [string, string][] = [
      ["rok-produkcji", String(yearFrom)],
      ["typ-paliwa", electric ? "Elektryczny" : "Benzyna"],
      ["moc", String(km)],
      ["waga", String(kg)],
      ["kolor-ramy", FRAME_COLOURS[brand] ?? "Czarny"],
    ];
    if (electric) values.push(["zasieg", "30"], ["czas-ladowania", "3"]);
    else values.push(["pojemnosc-silnika", String(cc)]);
    addFeatureValues(plan, id, sku, values);
    infos.push({
      id,
      brand,
      model: vehicleModel,
      kind: "bike",
      segment: group,
      fuel: electric ? "Elektryczny" : "Benzyna",
      yearFrom,
      yearTo,
      popularity: brand === "YCF" || brand === "Kayo" ? 3 : allowed.has(brand) ? 2 : 1,
      allowedInDemoShop: allowed.has(brand),
    });
  }
}

function addFeatureValues(
  plan: CatalogPlan,
  id: string,
  sku: string,
  values: [slug: string, value: string | string[]][],
  shopId: string | null = null,
) {
  for (const [slug, value] of values) {
    plan.featureValues.push({
      id: deterministicUuid("catalog-feature-value", `${sku.toLowerCase()}:${slug}:${shopId ?? "default"}`),
      productId: id,
      featureId: featureId(slug),
      shopId,
      values: Array.isArray(value) ? value : [value],
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Parts

/**
 * A manufacturer part number from a pattern: `#` a digit, `%` a digit 1–9, `@` a capital letter
 * (no I, O, Q, as makers avoid them), anything else as written.
 */
function partNumber(pattern: string, rng: Rng): string {
  let out = "";
  for (const ch of pattern) {
    if (ch === "#") out += String(rng.int(0, 9));
    else if (ch === "%") out += String(rng.int(1, 9));
    else if (ch === "@") out += "ABCDEFGHJKLMNPRSTUVWXYZ"[rng.int(0, 22)];
    else out += ch;
  }
  return out;
}

/** OEM part-number formats of the vehicle makers (how their catalogues print them). */
const OEM_NUMBERS: Record<string, string> = {
  Toyota: "#####-#####",
  Lexus: "#####-#####",
  Volkswagen: "%@# ### ### @",
  Audi: "%@# ### ### @",
  Skoda: "%@# ### ### @",
  Seat: "%@# ### ### @",
  Cupra: "%@# ### ### @",
  BMW: "## ## % ### ###",
  MINI: "## ## % ### ###",
  "Mercedes-Benz": "A ### ### ## ##",
  Ford: "% ### ###",
  Opel: "## ### ###",
  Chevrolet: "## ### ###",
  Renault: "## ## ### ##R",
  Dacia: "## ## ### ##R",
  Nissan: "@####-@@@#@",
  Peugeot: "16 ### ### 80",
  Citroen: "16 ### ### 80",
  Fiat: "%#######",
  "Alfa Romeo": "%#######",
  Jeep: "%#######@@",
  Hyundai: "#####-@@###",
  Kia: "#####-@@###",
  Honda: "#####-@@%-@##",
  Mazda: "@@@@-##-###",
  Suzuki: "#####-##@##",
  Mitsubishi: "####@###",
  Subaru: "#####@@###",
  Volvo: "%#######",
  Tesla: "%######-##-@",
  "Land Rover": "LR0#####",
  YCF: "YCF-##-####",
  Kayo: "K####-###-##",
  "Pitster Pro": "PP-#####",
  MRF: "MRF-####-##",
  Stomp: "ST-####",
  Thumpstar: "TS-#####",
  Apollo: "AP-####-###",
  KXD: "KXD-####",
  Barton: "BRT-#####",
  Kawasaki: "#####-####",
  Yamaha: "%@@-#####-##",
  KTM: "%##0####%00",
};

type Applies = "any" | "combustion" | "petrol" | "diesel";

type PartCategory = {
  slug: string;
  /** Parent category slug (the storefront's tree). */
  group: string;
  /** SKU prefix: `BRK-004213`. */
  prefix: string;
  label: string;
  /** Qualifiers after the label ("przód", "tył"…); "" = none. */
  positions?: readonly string[];
  /** Aftermarket makers: [brand, part-number pattern or a list of model names, weight]. */
  brands: readonly (readonly [brand: string, pattern: string | readonly string[], weight: number])[];
  /** Share of OEM parts (brand = the vehicle's make). */
  oem: number;
  /** Price range in zł (OEM ×1.35). */
  price: readonly [number, number];
  /** Share of the domain's parts. */
  share: number;
  /** How many vehicles one part fits. */
  fit: readonly [number, number];
  applies?: Applies;
  /** Bike groups the category makes sense for (all when absent). */
  bikeGroups?: readonly BikeGroup[];
  material: readonly Material[];
  kg: readonly [number, number];
  about: string;
};

const CAR_CATEGORIES: readonly PartCategory[] = [
  {
    slug: "klocki-hamulcowe",
    group: "hamulce",
    prefix: "BRK",
    label: "Klocki hamulcowe",
    positions: ["przód", "tył"],
    brands: [
      ["Brembo", "P ## ###", 3],
      ["TRW", "GDB####", 3],
      ["Bosch", "0 986 49# ###", 2],
      ["Ferodo", "FDB####", 2],
      ["ATE", "13.0460-####.2", 1],
      ["Textar", "2####01", 1],
    ],
    oem: 0.14,
    price: [80, 380],
    share: 10,
    fit: [4, 25],
    material: ["Mieszanka półmetaliczna", "Ceramika"],
    kg: [0.8, 2.5],
    about: "Komplet klocków na oś, ze wskaźnikiem zużycia tam, gdzie przewiduje go producent pojazdu.",
  },
  {
    slug: "tarcze-hamulcowe",
    group: "hamulce",
    prefix: "DSC",
    label: "Tarcza hamulcowa",
    positions: ["przód", "tył"],
    brands: [
      ["Brembo", "09.@###.##", 3],
      ["TRW", "DF####", 3],
      ["ATE", "24.01##-####.1", 1],
      ["Zimmermann", "###.####.20", 1],
      ["Textar", "92######03", 1],
    ],
    oem: 0.12,
    price: [90, 520],
    share: 8,
    fit: [4, 22],
    material: ["Żeliwo"],
    kg: [4, 12],
    about: "Sprzedawana na sztuki; wymieniaj parami na osi, razem z klockami.",
  },
  {
    slug: "filtry-oleju",
    group: "filtry",
    prefix: "OFL",
    label: "Filtr oleju",
    brands: [
      ["Mann-Filter", "W ###/##", 3],
      ["Mann-Filter", "HU ### x", 2],
      ["Bosch", "F 026 407 ###", 2],
      ["Filtron", "OP ###", 2],
      ["Mahle", "OC ###", 2],
    ],
    oem: 0.15,
    price: [18, 90],
    share: 7,
    fit: [5, 25],
    applies: "combustion",
    material: ["Papier filtracyjny", "Stal"],
    kg: [0.1, 0.6],
    about: "Wymieniaj przy każdej wymianie oleju silnikowego.",
  },
  {
    slug: "filtry-powietrza",
    group: "filtry",
    prefix: "AFL",
    label: "Filtr powietrza",
    brands: [
      ["Mann-Filter", "C ## ###", 3],
      ["Bosch", "F 026 400 ###", 2],
      ["Filtron", "AP ###/#", 2],
      ["Mahle", "LX ####", 2],
    ],
    oem: 0.12,
    price: [30, 140],
    share: 6,
    fit: [4, 20],
    applies: "combustion",
    material: ["Papier filtracyjny"],
    kg: [0.2, 0.8],
    about: "Wkład filtra powietrza silnika; wymiana co 15–30 tys. km.",
  },
  {
    slug: "filtry-kabinowe",
    group: "filtry",
    prefix: "CFL",
    label: "Filtr kabinowy",
    positions: ["", "węglowy"],
    brands: [
      ["Mann-Filter", "CUK ####", 3],
      ["Bosch", "1 987 43# ###", 2],
      ["Filtron", "K ####", 2],
      ["Mahle", "LAK ###", 1],
    ],
    oem: 0.1,
    price: [25, 120],
    share: 5,
    fit: [4, 22],
    material: ["Papier filtracyjny"],
    kg: [0.1, 0.4],
    about: "Filtr powietrza dopływającego do kabiny; wersja węglowa zatrzymuje też zapachy.",
  },
  {
    slug: "filtry-paliwa",
    group: "filtry",
    prefix: "FFL",
    label: "Filtr paliwa",
    brands: [
      ["Mann-Filter", "WK ###/#", 3],
      ["Bosch", "F 026 402 ###", 2],
      ["Filtron", "PP ###/#", 2],
      ["Delphi", "HDF###", 1],
    ],
    oem: 0.12,
    price: [35, 220],
    share: 4,
    fit: [4, 18],
    applies: "combustion",
    material: ["Papier filtracyjny", "Stal"],
    kg: [0.2, 0.7],
    about: "Filtr paliwa; w silnikach Diesla wymieniaj przed zimą.",
  },
  {
    slug: "swiece-zaplonowe",
    group: "zaplon",
    prefix: "SPK",
    label: "Świeca zapłonowa",
    brands: [
      ["NGK", "BKR%E", 3],
      ["NGK", "ILZKR%B11", 2],
      ["Bosch", "FR%DC+", 2],
      ["Denso", "IK%#TT", 2],
      ["Champion", "RC%#YC", 1],
    ],
    oem: 0.1,
    price: [15, 95],
    share: 5,
    fit: [6, 25],
    applies: "petrol",
    material: ["Ceramika"],
    kg: [0.04, 0.08],
    about: "Sprzedawana na sztuki; w silnikach z LPG wymieniaj częściej.",
  },
  {
    slug: "swiece-zarowe",
    group: "zaplon",
    prefix: "GLW",
    label: "Świeca żarowa",
    brands: [
      ["Bosch", "0 250 2## ###", 3],
      ["NGK", "Y-###J", 2],
      ["Beru", "GN ###", 2],
      ["Denso", "DG-###", 1],
    ],
    oem: 0.1,
    price: [35, 140],
    share: 3,
    fit: [4, 18],
    applies: "diesel",
    material: ["Stal"],
    kg: [0.03, 0.06],
    about: "Świeca żarowa silnika wysokoprężnego; sprzedawana na sztuki.",
  },
  {
    slug: "amortyzatory",
    group: "zawieszenie",
    prefix: "SHK",
    label: "Amortyzator",
    positions: ["przód", "tył", "przód lewy", "przód prawy"],
    brands: [
      ["Sachs", "### ###", 3],
      ["KYB", "33####", 3],
      ["Bilstein", "22-######", 2],
      ["Monroe", "G####", 2],
    ],
    oem: 0.1,
    price: [180, 750],
    share: 6,
    fit: [3, 14],
    material: ["Stal"],
    kg: [2.5, 5],
    about: "Amortyzator gazowy; wymieniaj parami na osi.",
  },
  {
    slug: "sprezyny-zawieszenia",
    group: "zawieszenie",
    prefix: "SPG",
    label: "Sprężyna zawieszenia",
    positions: ["przód", "tył"],
    brands: [
      ["Lesjöfors", "40#####", 2],
      ["KYB", "RA####", 2],
      ["Sachs", "994 ###", 1],
      ["Febi Bilstein", "#####", 1],
    ],
    oem: 0.08,
    price: [90, 320],
    share: 3,
    fit: [3, 12],
    material: ["Stal"],
    kg: [1.5, 3.5],
    about: "Sprężyna śrubowa zawieszenia; wymieniaj parami.",
  },
  {
    slug: "wahacze",
    group: "zawieszenie",
    prefix: "ARM",
    label: "Wahacz",
    positions: ["przód lewy", "przód prawy", "tył"],
    brands: [
      ["TRW", "JTC####", 3],
      ["Lemförder", "## ### 01", 2],
      ["Febi Bilstein", "#####", 2],
      ["Meyle", "%16 050 ####", 2],
    ],
    oem: 0.12,
    price: [120, 650],
    share: 5,
    fit: [3, 16],
    material: ["Stal", "Aluminium"],
    kg: [2, 6],
    about: "Wahacz z tulejami i sworzniem; po wymianie sprawdź geometrię.",
  },
  {
    slug: "laczniki-stabilizatora",
    group: "zawieszenie",
    prefix: "STB",
    label: "Łącznik stabilizatora",
    positions: ["przód", "tył"],
    brands: [
      ["TRW", "JTS###", 3],
      ["Lemförder", "## ### 01", 2],
      ["Febi Bilstein", "#####", 2],
      ["Meyle", "%16 060 ####", 2],
    ],
    oem: 0.1,
    price: [35, 160],
    share: 4,
    fit: [4, 25],
    material: ["Stal"],
    kg: [0.2, 0.6],
    about: "Łącznik stabilizatora z nakrętkami samokontrującymi.",
  },
  {
    slug: "koncowki-drazka",
    group: "uklad-kierowniczy",
    prefix: "TRD",
    label: "Końcówka drążka kierowniczego",
    positions: ["lewa", "prawa"],
    brands: [
      ["TRW", "JTE####", 3],
      ["Febi Bilstein", "#####", 2],
      ["Lemförder", "## ### 01", 2],
    ],
    oem: 0.1,
    price: [45, 180],
    share: 3,
    fit: [4, 20],
    material: ["Stal"],
    kg: [0.3, 0.7],
    about: "Końcówka drążka z osłoną; po wymianie ustaw zbieżność.",
  },
  {
    slug: "lozyska-kol",
    group: "zawieszenie",
    prefix: "BRG",
    label: "Zestaw łożyska koła",
    positions: ["przód", "tył"],
    brands: [
      ["SKF", "VKBA ####", 3],
      ["FAG", "713 6## ###", 2],
      ["SNR", "R1##.##", 1],
    ],
    oem: 0.1,
    price: [110, 480],
    share: 4,
    fit: [4, 18],
    material: ["Stal"],
    kg: [0.8, 2.2],
    about: "Zestaw łożyska koła z nakrętką i pierścieniem.",
  },
  {
    slug: "sprzegla",
    group: "naped",
    prefix: "CLU",
    label: "Zestaw sprzęgła",
    brands: [
      ["Sachs", "3000 9## ###", 3],
      ["LuK", "6## #### ##", 3],
      ["Valeo", "8## ###", 2],
    ],
    oem: 0.1,
    price: [450, 1900],
    share: 3,
    fit: [3, 12],
    applies: "combustion",
    material: ["Stal"],
    kg: [5, 10],
    about: "Tarcza, docisk i łożysko wyciskowe.",
  },
  {
    slug: "rozrzad",
    group: "silnik",
    prefix: "TIM",
    label: "Zestaw rozrządu",
    positions: ["", "z pompą wody"],
    brands: [
      ["Gates", "K015###XS", 3],
      ["SKF", "VKMA 0####", 2],
      ["Contitech", "CT####K%", 2],
      ["INA", "530 0### 10", 2],
      ["Dayco", "KTB###", 1],
    ],
    oem: 0.12,
    price: [280, 1200],
    share: 4,
    fit: [3, 15],
    applies: "combustion",
    material: ["Guma", "Stal"],
    kg: [1.5, 4],
    about: "Pasek, rolki i napinacz; wymieniaj według interwału producenta pojazdu.",
  },
  {
    slug: "paski-wielorowkowe",
    group: "silnik",
    prefix: "BLT",
    label: "Pasek wielorowkowy",
    brands: [
      ["Gates", "%PK####", 3],
      ["Contitech", "%PK####", 2],
      ["Dayco", "%PK####", 2],
      ["Bosch", "1 987 94% ###", 1],
    ],
    oem: 0.08,
    price: [35, 160],
    share: 3,
    fit: [5, 25],
    applies: "combustion",
    material: ["Guma"],
    kg: [0.1, 0.3],
    about: "Pasek napędu osprzętu (alternator, klimatyzacja).",
  },
  {
    slug: "pompy-wody",
    group: "chlodzenie",
    prefix: "WPM",
    label: "Pompa wody",
    brands: [
      ["SKF", "VKPC #####", 2],
      ["Hepu", "P###", 2],
      ["Febi Bilstein", "#####", 1],
      ["Graf", "PA####", 1],
    ],
    oem: 0.12,
    price: [120, 650],
    share: 3,
    fit: [3, 16],
    applies: "combustion",
    material: ["Aluminium", "Żeliwo"],
    kg: [0.8, 2.5],
    about: "Pompa cieczy chłodzącej z uszczelką.",
  },
  {
    slug: "termostaty",
    group: "chlodzenie",
    prefix: "THM",
    label: "Termostat",
    brands: [
      ["Wahler", "4###.##D", 2],
      ["Mahle", "TX ## ##D", 2],
      ["Gates", "TH#####G1", 1],
    ],
    oem: 0.12,
    price: [45, 260],
    share: 2,
    fit: [3, 16],
    applies: "combustion",
    material: ["Tworzywo sztuczne", "Aluminium"],
    kg: [0.1, 0.5],
    about: "Termostat z uszczelką.",
  },
  {
    slug: "akumulatory",
    group: "elektryka",
    prefix: "BAT",
    label: "Akumulator",
    brands: [
      ["Varta", ["Blue Dynamic 60Ah 540A", "Blue Dynamic 74Ah 680A", "Silver Dynamic 77Ah 780A", "Silver Dynamic 95Ah 850A"], 3],
      ["Bosch", ["S4 005 60Ah 540A", "S4 008 74Ah 680A", "S5 008 77Ah 780A", "S5 013 95Ah 800A"], 3],
      ["Exide", ["Premium EA640 64Ah 640A", "Excell EB740 74Ah 680A", "Premium EA852 85Ah 800A"], 2],
      ["Centra", ["Plus CB740 74Ah 680A", "Futura CA640 64Ah 640A"], 1],
    ],
    oem: 0.05,
    price: [280, 900],
    share: 3,
    fit: [8, 25],
    material: ["Tworzywo sztuczne"],
    kg: [11, 23],
    about: "Akumulator rozruchowy 12 V; zużyty oddaj w sklepie.",
  },
  {
    slug: "zarowki",
    group: "oswietlenie",
    prefix: "LMP",
    label: "Żarówka",
    brands: [
      ["Osram", ["Night Breaker Laser H7", "Original H4", "Cool Blue Intense H1", "Night Breaker H11", "Ultra Life W5W"], 3],
      ["Philips", ["X-tremeVision H7", "Vision H4", "WhiteVision H1", "LongLife H11", "Premium P21W"], 3],
    ],
    oem: 0,
    price: [15, 120],
    share: 2,
    fit: [8, 25],
    material: ["Tworzywo sztuczne"],
    kg: [0.02, 0.1],
    about: "Żarówka samochodowa 12 V, homologacja E.",
  },
  {
    slug: "wycieraczki",
    group: "nadwozie",
    prefix: "WIP",
    label: "Pióro wycieraczki",
    positions: ["przód", "tył"],
    brands: [
      ["Bosch", "Aerotwin A ###S", 3],
      ["Valeo", "Silencio VF###", 2],
      ["Champion", "AFL##/B01", 1],
    ],
    oem: 0.08,
    price: [40, 180],
    share: 3,
    fit: [5, 25],
    material: ["Guma"],
    kg: [0.2, 0.5],
    about: "Pióro płaskie z adapterem.",
  },
  {
    slug: "sondy-lambda",
    group: "uklad-wydechowy",
    prefix: "LMB",
    label: "Sonda lambda",
    brands: [
      ["Bosch", "0 258 0## ###", 3],
      ["NGK", "OZA###-@@%", 2],
      ["Denso", "DOX-####", 1],
    ],
    oem: 0.12,
    price: [180, 700],
    share: 2,
    fit: [3, 14],
    applies: "combustion",
    material: ["Stal", "Ceramika"],
    kg: [0.1, 0.3],
    about: "Sonda lambda przed lub za katalizatorem.",
  },
  {
    slug: "alternatory",
    group: "elektryka",
    prefix: "ALT",
    label: "Alternator",
    brands: [
      ["Bosch", "0 986 04# ###", 3],
      ["Valeo", "4#####", 2],
      ["Denso", "DAN####", 1],
    ],
    oem: 0.12,
    price: [650, 2200],
    share: 2,
    fit: [3, 12],
    applies: "combustion",
    material: ["Aluminium"],
    kg: [4, 8],
    about: "Alternator regenerowany fabrycznie, bez kaucji.",
  },
  {
    slug: "rozruszniki",
    group: "elektryka",
    prefix: "STR",
    label: "Rozrusznik",
    brands: [
      ["Bosch", "0 986 0## ###", 3],
      ["Valeo", "4#####", 2],
      ["Denso", "DSN####", 1],
    ],
    oem: 0.12,
    price: [450, 1800],
    share: 2,
    fit: [3, 12],
    applies: "combustion",
    material: ["Stal", "Aluminium"],
    kg: [3, 6],
    about: "Rozrusznik regenerowany fabrycznie, bez kaucji.",
  },
];

const PIT_TYRES = ["2.50-10", "2.50-12", "2.75-10", "60/100-14", "80/100-12", "90/100-16", "70/100-17"];
const QUAD_TYRES = ["19x7-8", "18x9.50-8", "16x8-7", "145/70-6", "21x7-10", "20x10-9"];

const BIKE_CATEGORIES: readonly PartCategory[] = [
  {
    slug: "lancuchy-napedowe",
    group: "naped-moto",
    prefix: "CHN",
    label: "Łańcuch napędowy",
    brands: [
      ["DID", ["420 NZ 110L", "420 NZ3 120L", "428 HD 124L", "428 NZ 130L", "428 HD 136L"], 3],
      ["JT Sprockets", ["420 HDR 108L", "420 HDR 118L", "428 HDR 126L", "428 HPO 134L"], 2],
      ["RK", ["420 MXZ 112L", "428 KRO 130L", "428 MXZ 138L"], 2],
      ["Regina", ["135 ORN 124L", "420 RX3 116L"], 1],
    ],
    oem: 0.15,
    price: [60, 260],
    share: 9,
    fit: [6, 25],
    applies: "combustion",
    material: ["Stal"],
    kg: [0.9, 1.6],
    about: "Łańcuch z zapinką; wymieniaj razem z zębatkami.",
  },
  {
    slug: "zebatki",
    group: "naped-moto",
    prefix: "SPT",
    label: "Zębatka",
    positions: ["przednia", "tylna"],
    brands: [
      ["JT Sprockets", "JT@####.##", 3],
      ["Esjot", "50-####-##", 2],
      ["Supersprox", "RFE-###-##", 1],
    ],
    oem: 0.2,
    price: [35, 190],
    share: 8,
    fit: [5, 25],
    applies: "combustion",
    material: ["Stal", "Aluminium"],
    kg: [0.1, 0.7],
    about: "Zębatka hartowana; liczba zębów w numerze katalogowym po kropce.",
  },
  {
    slug: "klocki-hamulcowe",
    group: "hamulce",
    prefix: "BRK",
    label: "Klocki hamulcowe",
    positions: ["przód", "tył"],
    brands: [
      ["EBC", "FA###", 3],
      ["EBC", "FA###TT", 1],
      ["Ferodo", "FDB####EF", 2],
      ["Brembo", "07BB##.##", 1],
      ["Galfer", "FD###G1054", 1],
    ],
    oem: 0.2,
    price: [45, 190],
    share: 8,
    fit: [5, 25],
    material: ["Mieszanka spiekana", "Mieszanka półmetaliczna"],
    kg: [0.1, 0.3],
    about: "Klocki do zacisku tarczowego; mieszanka do jazdy w terenie.",
  },
  {
    slug: "tarcze-hamulcowe",
    group: "hamulce",
    prefix: "DSC",
    label: "Tarcza hamulcowa",
    positions: ["przód 190 mm", "przód 220 mm", "tył 190 mm", "tył 200 mm"],
    brands: [
      ["NG Brakes", "###", 2],
      ["Galfer", "DF###W", 2],
    ],
    oem: 0.3,
    price: [120, 480],
    share: 4,
    fit: [4, 20],
    material: ["Stal"],
    kg: [0.4, 1.1],
    about: "Tarcza typu wave ze stali nierdzewnej.",
  },
  {
    slug: "opony",
    group: "ogumienie",
    prefix: "TYR",
    label: "Opona",
    brands: [
      ["Kenda", ["K760", "K775", "K290"], 3],
      ["Maxxis", ["M7304", "M7305", "M7332"], 2],
      ["Mitas", ["C-19", "C-20", "XT-454"], 2],
      ["Dunlop", ["Geomax MX33", "Geomax MX53"], 1],
      ["Duro", ["HF-240A", "DI-2010"], 1],
    ],
    oem: 0,
    price: [80, 420],
    share: 9,
    fit: [5, 25],
    material: ["Guma"],
    kg: [1.5, 4.5],
    about: "Opona terenowa; rozmiar w nazwie.",
  },
  {
    slug: "detki",
    group: "ogumienie",
    prefix: "TUB",
    label: "Dętka",
    brands: [
      ["Kenda", ["TR4", "TR87"], 2],
      ["Mitas", ["TR4", "TR6"], 1],
      ["Michelin", ["TR4"], 1],
    ],
    oem: 0,
    price: [25, 70],
    share: 4,
    fit: [6, 25],
    bikeGroups: ["pit", "mx"],
    material: ["Guma"],
    kg: [0.3, 0.8],
    about: "Dętka z wentylem; rozmiar w nazwie.",
  },
  {
    slug: "gazniki",
    group: "silnik-moto",
    prefix: "CRB",
    label: "Gaźnik",
    brands: [
      ["Mikuni", ["VM22", "VM26"], 3],
      ["Keihin", ["PE28", "PWK28"], 2],
      ["OKO", ["PWK 26", "PWK 28", "PWK 30"], 1],
    ],
    oem: 0.2,
    price: [180, 650],
    share: 4,
    fit: [5, 25],
    applies: "combustion",
    material: ["Aluminium"],
    kg: [0.4, 0.8],
    about: "Gaźnik z przepustnicą suwakową, dysze w komplecie.",
  },
  {
    slug: "cylindry",
    group: "silnik-moto",
    prefix: "CYL",
    label: "Zestaw cylinder z tłokiem",
    brands: [
      ["Athena", "P400485100###", 3],
      ["Polini", "###.0###", 1],
    ],
    oem: 0.25,
    price: [350, 1400],
    share: 3,
    fit: [4, 18],
    applies: "combustion",
    material: ["Aluminium"],
    kg: [1.5, 3],
    about: "Cylinder z tłokiem, pierścieniami i uszczelkami.",
  },
  {
    slug: "tloki",
    group: "silnik-moto",
    prefix: "PST",
    label: "Tłok kompletny",
    brands: [
      ["Wiseco", "###M0####", 2],
      ["Vertex", "2####@", 2],
      ["Athena", "S4F0####00#@", 1],
    ],
    oem: 0.2,
    price: [120, 480],
    share: 3,
    fit: [4, 18],
    applies: "combustion",
    material: ["Aluminium"],
    kg: [0.2, 0.4],
    about: "Tłok kuty z pierścieniami i sworzniem.",
  },
  {
    slug: "filtry-powietrza",
    group: "filtry",
    prefix: "AFL",
    label: "Filtr powietrza",
    brands: [
      ["Twin Air", "15####", 2],
      ["UNI", "NU-####ST", 2],
      ["HifloFiltro", "HFA####", 1],
    ],
    oem: 0.2,
    price: [35, 160],
    share: 5,
    fit: [6, 25],
    applies: "combustion",
    material: ["Tworzywo sztuczne"],
    kg: [0.1, 0.3],
    about: "Gąbkowy filtr powietrza; nasącz olejem do filtrów.",
  },
  {
    slug: "filtry-oleju",
    group: "filtry",
    prefix: "OFL",
    label: "Filtr oleju",
    brands: [
      ["HifloFiltro", "HF1##", 3],
      ["Athena", "FFC0##", 1],
    ],
    oem: 0.2,
    price: [15, 60],
    share: 3,
    fit: [6, 25],
    applies: "combustion",
    material: ["Papier filtracyjny"],
    kg: [0.05, 0.15],
    about: "Filtr oleju silnika czterosuwowego.",
  },
  {
    slug: "swiece-zaplonowe",
    group: "zaplon",
    prefix: "SPK",
    label: "Świeca zapłonowa",
    brands: [
      ["NGK", ["CR7HSA", "C7HSA", "CR8E", "DR8EA", "BR8ES", "CR6HSA"], 3],
      ["Denso", ["U22FS-U", "U24ESR-N", "IU24"], 1],
    ],
    oem: 0,
    price: [15, 60],
    share: 5,
    fit: [8, 25],
    applies: "combustion",
    material: ["Ceramika"],
    kg: [0.03, 0.05],
    about: "Świeca zapłonowa silnika motocyklowego.",
  },
  {
    slug: "amortyzatory",
    group: "zawieszenie",
    prefix: "SHK",
    label: "Amortyzator tylny",
    positions: ["270 mm", "290 mm", "310 mm"],
    brands: [
      ["DNM", "RCP-2S", 2],
      ["FastAce", "BDA51RC", 1],
    ],
    oem: 0.35,
    price: [350, 1500],
    share: 3,
    fit: [3, 12],
    material: ["Stal", "Aluminium"],
    kg: [1.8, 3.5],
    about: "Amortyzator z regulacją napięcia wstępnego i tłumienia odbicia.",
  },
  {
    slug: "lagi",
    group: "zawieszenie",
    prefix: "FRK",
    label: "Lagi przednie",
    positions: ["735 mm", "780 mm", "830 mm"],
    brands: [
      ["DNM", "USD-8", 2],
      ["FastAce", "ALX01", 1],
    ],
    oem: 0.35,
    price: [900, 2600],
    share: 2,
    fit: [3, 12],
    bikeGroups: ["pit", "mx"],
    material: ["Stal", "Aluminium"],
    kg: [6, 9],
    about: "Lagi odwrócone (USD), komplet z półkami.",
  },
  {
    slug: "dzwignie",
    group: "sterowanie",
    prefix: "LEV",
    label: "Dźwignia",
    positions: ["hamulca", "sprzęgła"],
    brands: [
      ["ARC", "LV-###", 2],
      ["Zeta", "ZE42-####", 2],
    ],
    oem: 0.25,
    price: [35, 190],
    share: 4,
    fit: [5, 25],
    material: ["Aluminium"],
    kg: [0.1, 0.2],
    about: "Dźwignia kuta, łamana w razie upadku.",
  },
  {
    slug: "linki",
    group: "sterowanie",
    prefix: "CBL",
    label: "Linka",
    positions: ["gazu", "sprzęgła", "hamulca tylnego"],
    brands: [
      ["Venhill", "@##-#-###", 2],
      ["Motion Pro", "0%-####", 2],
    ],
    oem: 0.3,
    price: [25, 90],
    share: 4,
    fit: [5, 25],
    material: ["Stal"],
    kg: [0.1, 0.2],
    about: "Linka w pancerzu z teflonową wkładką.",
  },
  {
    slug: "plastiki",
    group: "nadwozie-moto",
    prefix: "PLS",
    label: "Zestaw plastików",
    positions: ["biały", "czarny", "pomarańczowy", "niebieski", "czerwony", "zielony"],
    brands: [
      ["Polisport", "9073##", 2],
      ["UFO Plast", "@@#####", 1],
    ],
    oem: 0.5,
    price: [180, 650],
    share: 4,
    fit: [3, 8],
    material: ["Tworzywo sztuczne"],
    kg: [1.5, 3],
    about: "Błotniki, osłony chłodnicy i boczki; bez naklejek.",
  },
  {
    slug: "kierownice",
    group: "sterowanie",
    prefix: "HBR",
    label: "Kierownica",
    brands: [
      ["Renthal", "8##-01-@@", 2],
      ["ProTaper", "02-####", 1],
    ],
    oem: 0.2,
    price: [120, 520],
    share: 3,
    fit: [6, 25],
    material: ["Aluminium"],
    kg: [0.8, 1.1],
    about: "Kierownica 22 mm lub 28,6 mm (fatbar); zgięcie w numerze katalogowym.",
  },
  {
    slug: "manetki",
    group: "sterowanie",
    prefix: "GRP",
    label: "Manetki",
    brands: [
      ["Renthal", "G###", 2],
      ["ODI", "H##@@@", 1],
      ["Polisport", "8###00###", 1],
    ],
    oem: 0.15,
    price: [30, 110],
    share: 3,
    fit: [8, 25],
    material: ["Guma"],
    kg: [0.1, 0.2],
    about: "Para manetek z lewą i prawą stroną.",
  },
  {
    slug: "podnozki",
    group: "sterowanie",
    prefix: "FPG",
    label: "Podnóżki",
    brands: [
      ["Tusk", "###-###-####", 1],
      ["Zeta", "ZE93-####", 1],
    ],
    oem: 0.3,
    price: [90, 320],
    share: 2,
    fit: [4, 16],
    bikeGroups: ["pit", "mx"],
    material: ["Stal"],
    kg: [0.4, 0.8],
    about: "Para podnóżków ze stali nierdzewnej ze sprężynami.",
  },
  {
    slug: "tlumiki",
    group: "uklad-wydechowy",
    prefix: "EXH",
    label: "Tłumik",
    brands: [
      ["FMF", "0#####", 1],
      ["Arrow", "7####MI", 1],
    ],
    oem: 0.4,
    price: [350, 1400],
    share: 2,
    fit: [3, 14],
    applies: "combustion",
    material: ["Stal", "Aluminium"],
    kg: [1.2, 2.8],
    about: "Tłumik końcowy z homologacją do jazdy w terenie.",
  },
];

/** Positions → the "Strona montażu" values they name. */
function sidesOf(position: string): string[] {
  const sides: string[] = [];
  if (position.startsWith("przód")) sides.push("przód");
  if (position.startsWith("tył") || position.startsWith("tylna")) sides.push("tył");
  if (position.startsWith("przednia")) sides.push("przód");
  if (/\blewy\b|^lewa$/u.test(position)) sides.push("lewa");
  if (/\bprawy\b|^prawa$/u.test(position)) sides.push("prawa");
  return sides;
}

/**
 * Makes whose cars share platforms and suppliers (Volkswagen Group, Stellantis, Renault–Nissan,
 * Hyundai–Kia, Toyota–Lexus–Subaru, Ford with Mazda, Volvo and Land Rover of its PAG years, BMW–MINI,
 * GM): an aftermarket part fits vehicles of related makes only.
 */
const CAR_FAMILIES: readonly (readonly string[])[] = [
  ["Volkswagen", "Audi", "Skoda", "Seat", "Cupra"],
  ["Peugeot", "Citroen", "Opel", "Fiat", "Jeep", "Alfa Romeo"],
  ["Renault", "Dacia", "Nissan", "Mitsubishi", "Mercedes-Benz"],
  ["Hyundai", "Kia"],
  ["Toyota", "Lexus", "Subaru", "Suzuki"],
  ["Ford", "Mazda", "Volvo", "Land Rover"],
  ["BMW", "MINI"],
  ["Honda"],
  ["Chevrolet", "Opel"],
  ["Tesla"],
];

function relatedMakes(make: string): Set<string> {
  const out = new Set([make]);
  for (const family of CAR_FAMILIES) if (family.includes(make)) for (const m of family) out.add(m);
  return out;
}

function applies(category: PartCategory, v: VehicleInfo): boolean {
  const need = category.applies ?? "any";
  if (v.kind === "bike" && category.bikeGroups && !category.bikeGroups.includes(v.segment as BikeGroup)) return false;
  if (need === "any") return true;
  if (v.fuel === "Elektryczny") return false;
  if (need === "petrol") return v.fuel !== "Diesel";
  if (need === "diesel") return v.fuel === "Diesel";
  return true;
}

const CAR_NOTES = [
  "Sprawdź numer VIN przed zamówieniem.",
  "Tylko wersje z napędem na przednią oś.",
  "Nie pasuje do wersji 4x4.",
  "Tylko nadwozie kombi.",
  "Wersje z pakietem sportowym.",
  "Do pojazdów bez systemu start-stop.",
];
const BIKE_NOTES = [
  "Wymaga tulei dystansowych.",
  'Tylko z kołem 12".',
  "Sprawdź rozstaw mocowań.",
  "Pasuje po wymianie zębatki.",
  "Wersja z rozrusznikiem elektrycznym.",
];

/** Fitment of one part: `count` vehicles closest to the anchor (same model, make, segment, years), of related makes. */
function pickFits(rng: Rng, anchor: VehicleInfo, pool: readonly VehicleInfo[], count: number): VehicleInfo[] {
  const scored = pool.map((v) => {
    const overlap = Math.min(v.yearTo, anchor.yearTo) - Math.max(v.yearFrom, anchor.yearFrom);
    const score =
      (v === anchor ? 100 : 0) +
      (v.brand === anchor.brand ? 3 : 0) +
      (v.model === anchor.model ? 4 : 0) +
      (v.segment === anchor.segment ? 2 : 0) +
      (overlap >= 0 ? 2 : overlap > -4 ? 1 : 0) +
      rng.next() * 4;
    return { v, score };
  });
  scored.sort((a, b) => b.score - a.score);
  return scored.slice(0, count).map((s) => s.v);
}

function buildParts(plan: CatalogPlan, vehicles: readonly VehicleInfo[], domain: "car" | "bike", count: number) {
  const categories = domain === "car" ? CAR_CATEGORIES : BIKE_CATEGORIES;
  const ours = vehicles.filter((v) => v.kind === domain);
  const counters = new Map<string, number>();
  const partSet = featureSetId("czesci-zamienne");
  const candidatesOf = new Map(categories.map((c) => [c, ours.filter((v) => applies(c, v))]));
  const related = new Map<string, Set<string>>();
  for (let i = 0; i < count; i++) {
    const rng = Rng.for("catalog-part", `${domain}:${i}`);
    const category = rng.weighted(categories, (c) => c.share);
    const candidates = candidatesOf.get(category)!;
    const anchor = rng.weighted(candidates, (v) => v.popularity);
    const oem = rng.chance(category.oem) && !!OEM_NUMBERS[anchor.brand];
    let brand: string;
    let number: string;
    if (oem) {
      brand = anchor.brand;
      number = partNumber(OEM_NUMBERS[anchor.brand]!, rng);
    } else {
      const [maker, pattern] = rng.weighted(category.brands, (b) => b[2]);
      brand = maker;
      number = typeof pattern === "string" ? partNumber(pattern, rng) : rng.pick(pattern);
    }
    const position = category.positions ? rng.pick(category.positions) : "";
    const size = category.slug === "opony" || category.slug === "detki" ? rng.pick(anchor.segment === "quad" ? QUAD_TYRES : PIT_TYRES) : "";
    const name = [category.label, position, brand, number, size].filter(Boolean).join(" ");
    const n = (counters.get(category.prefix) ?? 0) + 1;
    counters.set(category.prefix, n);
    const sku = `${category.prefix}-${domain === "bike" ? "M" : ""}${pad(n, 6)}`;
    const id = productId(sku);
    const zl = (category.price[0] + (category.price[1] - category.price[0]) * rng.next() ** 1.6) * (oem ? 1.35 : 1);
    plan.parts.push({
      id,
      type: "part",
      sku,
      name,
      description: `${category.about} Producent: ${brand}${oem ? " (część oryginalna)" : ""}, numer katalogowy ${number}.`,
      brand,
      priceGrosze: shopPrice(zl),
      stock: rng.chance(0.1) ? 0 : Math.round(1 + 80 * rng.next() ** 2),
      categories: [category.group, category.slug],
      active: !rng.chance(0.015),
      featureSetId: partSet,
    });
    if (rng.chance(0.4)) {
      const values: [string, string | string[]][] = [
        ["material", rng.pick(category.material)],
        ["waga", String(round(rng.float(category.kg[0], category.kg[1]), 2))],
      ];
      const sides = sidesOf(position);
      if (sides.length) values.push(["strona-montazu", sides]);
      addFeatureValues(plan, id, sku, values);
    }

    // OEM parts fit their own make only; aftermarket parts the related makes (bikes: the same kind of bike).
    if (!related.has(anchor.brand)) related.set(anchor.brand, relatedMakes(anchor.brand));
    const makes = related.get(anchor.brand)!;
    const pool = candidates.filter((v) =>
      oem ? v.brand === anchor.brand : domain === "car" ? makes.has(v.brand) : v.segment === anchor.segment,
    );
    const [min, max] = category.fit;
    // Most parts fit a handful of vehicles, a few fit many (bike parts more: pit bikes share engines).
    const wanted = min + Math.floor((max - min + 1) * rng.next() ** (oem ? 2.5 : domain === "car" ? 2.2 : 1.1));
    const fits = pickFits(rng, anchor, pool, wanted);
    const note = (list: readonly string[]) => (rng.chance(0.02) ? rng.pick(list) : null);
    const fitment = (shop: CatalogShopKey, v: VehicleInfo): PlannedFitment => ({
      shop,
      partId: id,
      vehicleId: v.id,
      type: v.brand === brand ? "original" : "replacement",
      notes: note(domain === "car" ? CAR_NOTES : BIKE_NOTES),
      verified: rng.chance(shop === "demo" ? 0.15 : 0.08),
    });
    if (domain === "car") {
      for (const v of fits) plan.fitments.push(fitment("platform", v));
    } else {
      // The shop takes what its brand filter accepts; the storefront lists some bike parts too, and
      // every part that fits no shop-accepted bike (Honda, Yamaha… parts).
      const inShop = fits.filter((v) => v.allowedInDemoShop);
      for (const v of inShop) plan.fitments.push(fitment("demo", v));
      if (!inShop.length || rng.chance(0.3)) for (const v of fits) plan.fitments.push(fitment("platform", v));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Other products (clothing, helmets, oils) with variants

type OtherDef = [
  prefix: string,
  category: string,
  name: string,
  brand: string,
  zl: number,
  groups: Record<string, string[]>,
  material?: Material,
];

const SIZES = (from: string, to: string) => {
  const all = ["xs", "s", "m", "l", "xl", "xxl", "3xl"];
  return all.slice(all.indexOf(from), all.indexOf(to) + 1);
};

const OTHERS: readonly OtherDef[] = [
  [
    "KRT",
    "kurtki",
    "Kurtka motocyklowa tekstylna Rebelhorn Hiker III",
    "Rebelhorn",
    699,
    { kolor: ["czarny", "szary", "czerwony"], rozmiar: SIZES("s", "xxl") },
    "Tekstylia",
  ],
  [
    "KRT",
    "kurtki",
    "Kurtka motocyklowa skórzana Ozone Dart",
    "Ozone",
    899,
    { kolor: ["czarny", "bialy"], rozmiar: SIZES("m", "xxl") },
    "Skóra",
  ],
  [
    "KRT",
    "kurtki",
    "Kurtka motocyklowa Seca Spectre",
    "Seca",
    649,
    { kolor: ["czarny", "niebieski", "zolty-fluo"], rozmiar: SIZES("s", "3xl") },
    "Tekstylia",
  ],
  [
    "KRT",
    "kurtki",
    "Kurtka enduro Alpinestars Venture XT",
    "Alpinestars",
    1599,
    { kolor: ["czarny", "pomaranczowy"], rozmiar: SIZES("m", "xxl") },
    "Tekstylia",
  ],
  ["KRT", "kurtki", "Kurtka motocyklowa Modeka Clarke", "Modeka", 1099, { material: ["skora", "tekstylia"], rozmiar: SIZES("s", "xl") }],
  [
    "KRT",
    "kurtki",
    "Kurtka motocyklowa Shima Rush",
    "Shima",
    799,
    { kolor: ["czarny", "czerwony"], material: ["tekstylia", "siatka"], rozmiar: SIZES("m", "xl") },
  ],
  [
    "KRT",
    "kurtki",
    "Kurtka motocyklowa damska Rebelhorn Luna",
    "Rebelhorn",
    749,
    { kolor: ["czarny", "bialy"], rozmiar: SIZES("xs", "l") },
    "Skóra",
  ],
  ["KRT", "kurtki", "Kurtka crossowa Fox Legion", "Fox", 899, { kolor: ["czarny", "zielony"], rozmiar: SIZES("s", "xxl") }, "Tekstylia"],
  [
    "KRT",
    "kurtki",
    "Kurtka przeciwdeszczowa Oxford Rain Seal",
    "Oxford",
    249,
    { kolor: ["czarny", "zolty-fluo"], rozmiar: SIZES("s", "3xl") },
    "Tekstylia",
  ],
  [
    "KRT",
    "kurtki",
    "Kurtka motocyklowa Dainese Super Speed 4",
    "Dainese",
    2299,
    { kolor: ["czarny", "bialy", "czerwony"], rozmiar: SIZES("m", "xxl") },
    "Skóra",
  ],
  [
    "RKW",
    "rekawice",
    "Rękawice motocyklowe Rebelhorn Gap III",
    "Rebelhorn",
    189,
    { kolor: ["czarny", "szary"], rozmiar: SIZES("s", "xxl") },
    "Skóra",
  ],
  [
    "RKW",
    "rekawice",
    "Rękawice crossowe Fox 180",
    "Fox",
    149,
    { kolor: ["czarny", "niebieski", "pomaranczowy"], rozmiar: SIZES("s", "xl") },
    "Tekstylia",
  ],
  [
    "RKW",
    "rekawice",
    "Rękawice motocyklowe Alpinestars SP-8 v3",
    "Alpinestars",
    599,
    { kolor: ["czarny", "czerwony"], rozmiar: SIZES("m", "xxl") },
    "Skóra",
  ],
  ["RKW", "rekawice", "Rękawice motocyklowe Ozone RS600", "Ozone", 229, { material: ["skora", "tekstylia"], rozmiar: SIZES("s", "xl") }],
  [
    "RKW",
    "rekawice",
    "Rękawice crossowe Leatt 3.5 Lite",
    "Leatt",
    169,
    { kolor: ["czarny", "bialy", "zielony"], rozmiar: SIZES("s", "xl") },
    "Tekstylia",
  ],
  ["RKW", "rekawice", "Rękawice zimowe Seca Polar III", "Seca", 299, { kolor: ["czarny"], rozmiar: SIZES("s", "3xl") }, "Tekstylia"],
  [
    "RKW",
    "rekawice",
    "Rękawice crossowe 100% Airmatic",
    "100%",
    139,
    { kolor: ["czarny", "czerwony", "niebieski"], rozmiar: SIZES("s", "xl") },
    "Tekstylia",
  ],
  [
    "RKW",
    "rekawice",
    "Rękawice dziecięce YCF Junior",
    "YCF",
    99,
    { kolor: ["czarny", "niebieski"], rozmiar: SIZES("xs", "m") },
    "Tekstylia",
  ],
  [
    "RKW",
    "rekawice",
    "Rękawice dziecięce Kayo Junior",
    "Kayo",
    89,
    { kolor: ["czarny", "pomaranczowy"], rozmiar: SIZES("xs", "m") },
    "Tekstylia",
  ],
  [
    "RKW",
    "rekawice",
    "Rękawice motocyklowe Held Evo-Thrux II",
    "Held",
    899,
    { kolor: ["czarny", "bialy"], rozmiar: SIZES("m", "xxl") },
    "Skóra",
  ],
  [
    "KSK",
    "kaski",
    "Kask crossowy Airoh Twist 2.0",
    "Airoh",
    699,
    { kolor: ["czarny", "bialy", "zolty-fluo"], rozmiar: SIZES("xs", "xxl") },
  ],
  ["KSK", "kaski", "Kask integralny LS2 FF353 Rapid", "LS2", 399, { kolor: ["czarny", "bialy", "szary"], rozmiar: SIZES("xs", "xxl") }],
  ["KSK", "kaski", "Kask crossowy Fox V1", "Fox", 749, { kolor: ["czarny", "pomaranczowy", "niebieski"], rozmiar: SIZES("s", "xl") }],
  ["KSK", "kaski", "Kask szczękowy Shoei Neotec 3", "Shoei", 3799, { kolor: ["czarny", "bialy"], rozmiar: SIZES("s", "xxl") }],
  ["KSK", "kaski", "Kask integralny HJC i70", "HJC", 1199, { kolor: ["czarny", "szary", "czerwony"], rozmiar: SIZES("s", "xxl") }],
  ["KSK", "kaski", "Kask crossowy MT Falcon", "MT Helmets", 359, { kolor: ["czarny", "bialy", "niebieski"], rozmiar: SIZES("xs", "xl") }],
  ["KSK", "kaski", "Kask dziecięcy crossowy Kayo Junior", "Kayo", 329, { kolor: ["pomaranczowy", "czarny"], rozmiar: SIZES("xs", "m") }],
  ["KSK", "kaski", "Kask dziecięcy crossowy YCF Junior", "YCF", 349, { kolor: ["niebieski", "czarny"], rozmiar: SIZES("xs", "m") }],
  ["KSK", "kaski", "Kask otwarty Caberg Uptown", "Caberg", 899, { kolor: ["czarny", "bialy"], rozmiar: SIZES("s", "xl") }],
  ["KSK", "kaski", "Kask crossowy Just1 J39", "Just1", 649, { kolor: ["czarny", "czerwony", "zolty-fluo"], rozmiar: SIZES("s", "xl") }],
  ["KSK", "kaski", "Kask integralny Shark Ridill 2", "Shark", 849, { kolor: ["czarny", "granatowy"], rozmiar: SIZES("xs", "xl") }],
  ["KSK", "kaski", "Kask crossowy Leatt Moto 3.5", "Leatt", 1099, { kolor: ["czarny", "bialy", "zielony"], rozmiar: SIZES("s", "xxl") }],
  [
    "BLZ",
    "odziez-cross",
    "Bluza crossowa Fox 180",
    "Fox",
    169,
    { kolor: ["czarny", "niebieski", "czerwony"], rozmiar: SIZES("s", "xxl") },
    "Tekstylia",
  ],
  [
    "BLZ",
    "odziez-cross",
    "Bluza crossowa YCF Team",
    "YCF",
    149,
    { kolor: ["niebieski", "bialy"], rozmiar: SIZES("xs", "xl") },
    "Tekstylia",
  ],
  [
    "BLZ",
    "odziez-cross",
    "Bluza crossowa Kayo Racing",
    "Kayo",
    139,
    { kolor: ["pomaranczowy", "czarny"], rozmiar: SIZES("xs", "xl") },
    "Tekstylia",
  ],
  [
    "BLZ",
    "odziez-cross",
    "Bluza crossowa O'Neal Element",
    "O'Neal",
    129,
    { kolor: ["czarny", "czerwony", "zielony"], rozmiar: SIZES("s", "xxl") },
    "Tekstylia",
  ],
  [
    "BLZ",
    "odziez-cross",
    "Bluza crossowa Leatt Moto 4.5",
    "Leatt",
    249,
    { kolor: ["czarny", "bialy"], rozmiar: SIZES("s", "xxl") },
    "Tekstylia",
  ],
  [
    "BLZ",
    "odziez-cross",
    "Spodnie crossowe Fox 180",
    "Fox",
    399,
    { kolor: ["czarny", "niebieski"], rozmiar: SIZES("s", "xxl") },
    "Tekstylia",
  ],
  [
    "BLZ",
    "odziez-cross",
    "Spodnie crossowe O'Neal Element",
    "O'Neal",
    329,
    { kolor: ["czarny", "czerwony"], rozmiar: SIZES("s", "xxl") },
    "Tekstylia",
  ],
  [
    "BLZ",
    "odziez-cross",
    "Koszulka YCF Factory",
    "YCF",
    99,
    { kolor: ["czarny", "bialy", "niebieski"], rozmiar: SIZES("s", "xxl") },
    "Tekstylia",
  ],
  ["GGL", "gogle", "Gogle crossowe 100% Strata 2", "100%", 189, { kolor: ["czarny", "bialy", "czerwony", "niebieski"] }],
  ["GGL", "gogle", "Gogle crossowe Fox Main", "Fox", 149, { kolor: ["czarny", "pomaranczowy", "zielony"] }],
  ["GGL", "gogle", "Gogle crossowe Oakley Airbrake MX", "Oakley", 749, { kolor: ["czarny", "bialy"] }],
  ["GGL", "gogle", "Gogle crossowe Scott Prospect", "Scott", 449, { kolor: ["czarny", "zolty-fluo", "niebieski"] }],
  ["OCH", "ochraniacze", "Buzer crossowy Leatt 3.5", "Leatt", 699, { rozmiar: SIZES("s", "xxl") }],
  ["OCH", "ochraniacze", "Kamizelka ochronna Alpinestars Bionic Action", "Alpinestars", 1199, { rozmiar: SIZES("s", "xxl") }],
  ["OLJ", "oleje", "Olej silnikowy Motul 7100 4T 10W-40", "Motul", 79, { pojemnosc: ["1-l", "4-l"] }],
  ["OLJ", "oleje", "Olej silnikowy Motul 5100 4T 10W-40", "Motul", 59, { pojemnosc: ["1-l", "4-l"] }],
  ["OLJ", "oleje", "Olej silnikowy Castrol Power1 4T 10W-40", "Castrol", 55, { pojemnosc: ["1-l", "4-l"] }],
  ["OLJ", "oleje", "Olej silnikowy Ipone Katana Full Power 10W-40", "Ipone", 89, { pojemnosc: ["1-l", "4-l"] }],
  ["OLJ", "oleje", "Olej silnikowy Castrol EDGE 5W-30 LL", "Castrol", 69, { pojemnosc: ["1-l", "4-l", "5-l"] }],
  ["OLJ", "oleje", "Olej silnikowy Mobil 1 ESP 5W-30", "Mobil", 75, { pojemnosc: ["1-l", "4-l", "5-l"] }],
  ["OLJ", "oleje", "Olej silnikowy Shell Helix Ultra 5W-40", "Shell", 59, { pojemnosc: ["1-l", "4-l", "5-l"] }],
  ["OLJ", "oleje", "Olej silnikowy Orlen Platinum MaxExpert 5W-40", "Orlen", 39, { pojemnosc: ["1-l", "4-l", "5-l"] }],
  ["OLJ", "oleje", "Olej silnikowy Elf Evolution 900 SXR 5W-40", "Elf", 55, { pojemnosc: ["1-l", "4-l", "5-l"] }],
  ["OLJ", "oleje", "Olej silnikowy Liqui Moly Top Tec 4200 5W-30", "Liqui Moly", 85, { pojemnosc: ["1-l", "4-l", "5-l"] }],
  ["OLJ", "oleje", "Olej przekładniowy Motul Transoil 10W-30", "Motul", 45, { pojemnosc: ["1-l", "4-l"] }],
  ["OLJ", "oleje", "Olej do amortyzatorów Motul Fork Oil Expert 10W", "Motul", 65, { pojemnosc: ["400-ml", "1-l"] }],
  ["OLJ", "oleje", "Olej do filtrów powietrza Motul A2", "Motul", 49, { pojemnosc: ["400-ml", "1-l"] }],
  ["OLJ", "oleje", "Płyn chłodniczy Motul Motocool Expert", "Motul", 39, { pojemnosc: ["1-l", "5-l"] }],
];

/** Litres in a "Pojemność" value slug, for variant prices of oils. */
const LITRES: Record<string, number> = { "400-ml": 0.4, "1-l": 1, "4-l": 4, "5-l": 5 };

function cartesian<T>(lists: readonly (readonly T[])[]): T[][] {
  return lists.reduce<T[][]>((acc, list) => acc.flatMap((prefix) => list.map((x) => [...prefix, x])), [[]]);
}

function buildOthers(plan: CatalogPlan) {
  const counters = new Map<string, number>();
  const valueName = new Map(plan.attributeValues.map((v) => [v.id, v.value]));
  const position = new Map(plan.attributeGroups.map((g) => [g.slug, g.position ?? 0]));
  for (const [prefix, category, name, brand, zl, groups, material] of OTHERS) {
    const n = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, n);
    const sku = `${prefix}-${pad(n, 6)}`;
    const id = productId(sku);
    const rng = Rng.for("catalog-other", sku);
    const oil = "pojemnosc" in groups;
    plan.others.push({
      id,
      type: "other",
      sku,
      name,
      description: oil
        ? `${name}. Sprawdź normę i lepkość zalecane przez producenta pojazdu.`
        : `${name}. Tabela rozmiarów producenta w opisie wariantu; zwrot do 30 dni.`,
      brand,
      priceGrosze: shopPrice(zl),
      stock: rng.int(5, 120),
      categories: [oil ? "chemia" : "odziez-i-akcesoria", category],
      featureSetId: featureSetId("odziez-i-akcesoria"),
    });
    const kg = oil ? 0.95 : category === "kaski" ? rng.float(1.2, 1.7) : category === "kurtki" ? rng.float(1.4, 2.6) : rng.float(0.1, 0.6);
    const values: [string, string][] = [["waga", String(round(kg, 2))]];
    if (material) values.push(["material", material]);
    addFeatureValues(plan, id, sku, values);

    // One value per group, groups in their display order (Kolor, Rozmiar, Materiał, Pojemność).
    const groupSlugs = Object.keys(groups).sort((a, b) => position.get(a)! - position.get(b)!);
    for (const combo of cartesian(groupSlugs.map((g) => groups[g]!.map((slug) => ({ group: g, slug }))))) {
      const ids = combo.map((c) => valueId(c.group, c.slug));
      const variantSku = `${sku}-${combo.map((c) => c.slug).join("-")}`;
      const litres = combo.find((c) => c.group === "pojemnosc");
      const bigSize = combo.some((c) => c.group === "rozmiar" && (c.slug === "xxl" || c.slug === "3xl"));
      // Cans of oil cost more by volume; a few big sizes cost a little more; the rest inherit the parent's price.
      const ownPrice = litres ? shopPrice(zl * LITRES[litres.slug]! ** 0.9) : bigSize && rng.chance(0.5) ? shopPrice(zl * 1.1) : null;
      const ownStock = rng.chance(0.35);
      const variantId = productId(variantSku);
      plan.variants.push({
        id: variantId,
        type: "other",
        parentId: id,
        sku: variantSku,
        name: `${name} (${ids.map((v) => valueName.get(v)).join(", ")})`,
        brand,
        priceGrosze: ownPrice,
        stock: ownStock ? rng.int(0, 25) : null,
        active: !rng.chance(0.03),
        inheritPrices: ownPrice === null,
        inheritStock: !ownStock,
        combinationKey: [...ids].sort().join("+"),
      });
      for (const c of combo) plan.variantAttributes.push({ variantId, groupId: groupId(c.group), valueId: valueId(c.group, c.slug) });
    }
  }
}

// ---------------------------------------------------------------------------------------------

/**
 * Every catalogue row of the demo, ids included. Vehicles: `CAR_MODELS` (one product per
 * generation, model = vPIC's model name) and `BIKE_MODELS`; vehicle names derived with
 * `DEFAULT_VEHICLE_CATEGORY_WORDS`. Money in grosze; weights in kg; engine size in cc.
 */
export function buildCatalogPlan(): CatalogPlan {
  const demoShopId = deterministicUuid("shop", DEMO_SHOP_SLUG);
  const plan: CatalogPlan = {
    shop: {
      id: demoShopId,
      slug: DEMO_SHOP_SLUG,
      name: "Sklep YCF",
      prestashopUrl: "https://sklep-ycf.example/api",
      allowedBrands: [...PIT_BIKE_BRANDS],
    },
    features: FEATURES.map((f, position) => ({ ...f, id: featureId(f.slug), position })),
    featureSets: FEATURE_SETS.map(({ items: _, ...s }) => ({ ...s, id: featureSetId(s.slug) })),
    featureSetItems: FEATURE_SETS.flatMap((s) =>
      s.items.map(([feature, required, defaultValue, helpText], position) => ({
        setId: featureSetId(s.slug),
        featureId: featureId(feature),
        required,
        defaultValue,
        helpText,
        position,
      })),
    ),
    attributeGroups: ATTRIBUTE_GROUPS.map((g, position) => ({ id: groupId(g.slug), slug: g.slug, name: g.name, kind: g.kind, position })),
    attributeValues: ATTRIBUTE_GROUPS.flatMap((g) =>
      g.values.map(([value, colorHex], position) => {
        const slug = slugify(value);
        return { id: valueId(g.slug, slug), groupId: groupId(g.slug), value, slug, colorHex, position };
      }),
    ),
    vehicles: [],
    parts: [],
    others: [],
    variants: [],
    variantAttributes: [],
    featureValues: [],
    fitments: [],
  };

  const infos: VehicleInfo[] = [];
  for (const car of CAR_MODELS) carVehicles(plan, infos, car);
  bikeVehicles(plan, infos);
  // A few of the shop's own descriptions: its frame colours and wet weights differ from the defaults.
  for (const v of infos.filter((i) => i.brand === "YCF" || i.brand === "Kayo").slice(0, 12)) {
    const sku = plan.vehicles.find((p) => p.id === v.id)!.sku;
    const rng = Rng.for("catalog-shop-override", sku);
    addFeatureValues(
      plan,
      v.id,
      sku,
      [
        v.brand === "YCF"
          ? ["kolor-ramy", rng.pick(["Niebiesko-biały (Racing)", "Czarno-żółty (Factory)"])]
          : ["waga", String(rng.int(70, 95))],
      ],
      demoShopId,
    );
  }
  buildParts(plan, infos, "car", CAR_PARTS);
  buildParts(plan, infos, "bike", BIKE_PARTS);
  buildOthers(plan);
  return plan;
}

import type { ServiceCategory } from "@/features/workshops/schemas";

/**
 * A service as Polish independent workshops list it, with a typical 2026 price range in grosze
 * and how long it takes in minutes. Prices are labour (robocizna) — parts are quoted on top —
 * unless the name says what is included (refrigerant, fluid, the statutory inspection fee).
 * Per workshop the seed moves prices ±20% and adds 10% in the five largest labour markets.
 */
export type CatalogueService = {
  key: string;
  category: ServiceCategory;
  name: string;
  description: string;
  /** Grosze. */
  priceFrom: number;
  /** Grosze; null for a fixed price. */
  priceTo: number | null;
  /** Minutes. */
  durationMinutes: number;
  /** Offered by every workshop that offers the category. */
  core?: boolean;
  /** Statutory price: never varied per workshop or city. */
  regulated?: boolean;
};

const zl = (value: number) => value * 100;

export const SERVICE_CATALOGUE: readonly CatalogueService[] = [
  // diagnostics
  {
    key: "diag-obd",
    category: "diagnostics",
    name: "Komputerowa diagnostyka usterek (OBD)",
    description: "Odczyt i interpretacja kodów błędów wszystkich sterowników, raport z zaleceniami.",
    priceFrom: zl(100),
    priceTo: zl(250),
    durationMinutes: 30,
    core: true,
  },
  {
    key: "diag-prepurchase",
    category: "diagnostics",
    name: "Sprawdzenie auta przed zakupem",
    description: "Oględziny nadwozia i podwozia, pomiar lakieru, diagnostyka komputerowa i jazda próbna.",
    priceFrom: zl(250),
    priceTo: zl(500),
    durationMinutes: 90,
  },
  {
    key: "diag-coding",
    category: "diagnostics",
    name: "Kodowanie i adaptacje sterowników",
    description: "Adaptacja nowych podzespołów, kasowanie inspekcji serwisowej, kodowanie akumulatora.",
    priceFrom: zl(100),
    priceTo: zl(300),
    durationMinutes: 45,
  },

  // brakes
  {
    key: "brake-pads",
    category: "brakes",
    name: "Wymiana klocków hamulcowych (oś)",
    description: "Wymiana klocków na jednej osi z czyszczeniem prowadnic i kontrolą tarcz.",
    priceFrom: zl(120),
    priceTo: zl(250),
    durationMinutes: 60,
    core: true,
  },
  {
    key: "brake-discs-pads",
    category: "brakes",
    name: "Wymiana tarcz i klocków hamulcowych (oś)",
    description: "Nowe tarcze i klocki na jednej osi, czyszczenie piast, test na rolkach.",
    priceFrom: zl(200),
    priceTo: zl(400),
    durationMinutes: 90,
  },
  {
    key: "brake-fluid",
    category: "brakes",
    name: "Wymiana płynu hamulcowego",
    description: "Odpowietrzenie układu i wymiana płynu DOT 4 (płyn w cenie), pomiar temperatury wrzenia.",
    priceFrom: zl(120),
    priceTo: zl(220),
    durationMinutes: 45,
  },
  {
    key: "brake-calipers",
    category: "brakes",
    name: "Regeneracja zacisków hamulcowych (oś)",
    description: "Demontaż, regeneracja z nowymi uszczelniaczami i tłoczkami, montaż i odpowietrzenie.",
    priceFrom: zl(300),
    priceTo: zl(600),
    durationMinutes: 180,
  },
  {
    key: "brake-handbrake",
    category: "brakes",
    name: "Wymiana linek hamulca ręcznego",
    description: "Wymiana linek i regulacja hamulca postojowego.",
    priceFrom: zl(150),
    priceTo: zl(300),
    durationMinutes: 90,
  },

  // oil_service
  {
    key: "oil-change",
    category: "oil_service",
    name: "Wymiana oleju silnikowego z filtrem",
    description: "Wymiana oleju i filtra oleju, kontrola płynów eksploatacyjnych, wpis do książki serwisowej.",
    priceFrom: zl(80),
    priceTo: zl(150),
    durationMinutes: 30,
    core: true,
  },
  {
    key: "oil-filters",
    category: "oil_service",
    name: "Wymiana filtrów (powietrza, kabinowego, paliwa)",
    description: "Wymiana wybranych filtrów zgodnie z zaleceniami producenta.",
    priceFrom: zl(60),
    priceTo: zl(180),
    durationMinutes: 30,
  },
  {
    key: "oil-periodic",
    category: "oil_service",
    name: "Przegląd serwisowy wg książki serwisowej",
    description: "Przegląd okresowy według planu producenta z zachowaniem gwarancji.",
    priceFrom: zl(250),
    priceTo: zl(500),
    durationMinutes: 120,
  },
  {
    key: "oil-atf",
    category: "oil_service",
    name: "Wymiana oleju w skrzyni automatycznej (dynamiczna)",
    description: "Dynamiczna wymiana oleju ATF urządzeniem ciśnieniowym wraz z filtrem.",
    priceFrom: zl(500),
    priceTo: zl(1000),
    durationMinutes: 150,
  },

  // tyres
  {
    key: "tyre-change",
    category: "tyres",
    name: "Wymiana opon z wyważeniem (4 szt.)",
    description: "Demontaż i montaż opon na felgach, wyważenie kół, kontrola ciśnienia.",
    priceFrom: zl(120),
    priceTo: zl(240),
    durationMinutes: 45,
    core: true,
  },
  {
    key: "tyre-wheels",
    category: "tyres",
    name: "Sezonowa wymiana kół (4 szt.)",
    description: "Zamiana kompletów kół letnie/zimowe z wyważeniem i dokręceniem kluczem dynamometrycznym.",
    priceFrom: zl(80),
    priceTo: zl(160),
    durationMinutes: 30,
  },
  {
    key: "tyre-repair",
    category: "tyres",
    name: "Naprawa przebitej opony",
    description: "Naprawa wkładem grzybkowym od wewnątrz opony z wyważeniem koła.",
    priceFrom: zl(40),
    priceTo: zl(80),
    durationMinutes: 30,
  },
  {
    key: "tyre-storage",
    category: "tyres",
    name: "Przechowywanie opon (sezon)",
    description: "Przechowalnia kompletu opon lub kół w suchym magazynie do następnego sezonu.",
    priceFrom: zl(100),
    priceTo: zl(200),
    durationMinutes: 15,
  },

  // suspension
  {
    key: "susp-alignment",
    category: "suspension",
    name: "Geometria kół",
    description: "Pomiar i ustawienie zbieżności oraz kątów pochylenia kół na komputerowym stanowisku 3D.",
    priceFrom: zl(150),
    priceTo: zl(300),
    durationMinutes: 60,
    core: true,
  },
  {
    key: "susp-shocks",
    category: "suspension",
    name: "Wymiana amortyzatorów (oś)",
    description: "Wymiana dwóch amortyzatorów z osłonami i odbojami.",
    priceFrom: zl(200),
    priceTo: zl(450),
    durationMinutes: 120,
  },
  {
    key: "susp-arm",
    category: "suspension",
    name: "Wymiana wahacza (szt.)",
    description: "Wymiana wahacza lub tulei wahacza z kontrolą sworzni.",
    priceFrom: zl(150),
    priceTo: zl(300),
    durationMinutes: 90,
  },
  {
    key: "susp-tie-rods",
    category: "suspension",
    name: "Wymiana końcówek drążka kierowniczego",
    description: "Wymiana końcówek lub drążków kierowniczych, po wymianie zalecana geometria.",
    priceFrom: zl(100),
    priceTo: zl(200),
    durationMinutes: 60,
  },
  {
    key: "susp-check",
    category: "suspension",
    name: "Diagnostyka zawieszenia",
    description: "Kontrola luzów na szarpaku i ocena amortyzatorów.",
    priceFrom: zl(50),
    priceTo: zl(120),
    durationMinutes: 30,
  },

  // air_conditioning
  {
    key: "ac-service",
    category: "air_conditioning",
    name: "Serwis klimatyzacji (odgrzybianie + nabicie)",
    description: "Odzysk i uzupełnienie czynnika R134a z olejem, test szczelności, odgrzybianie parownika.",
    priceFrom: zl(250),
    priceTo: zl(450),
    durationMinutes: 60,
    core: true,
  },
  {
    key: "ac-r1234yf",
    category: "air_conditioning",
    name: "Nabicie klimatyzacji czynnikiem R1234yf",
    description: "Obsługa układów z nowszym czynnikiem R1234yf (auta od ok. 2017 r.), czynnik w cenie.",
    priceFrom: zl(450),
    priceTo: zl(800),
    durationMinutes: 60,
  },
  {
    key: "ac-ozone",
    category: "air_conditioning",
    name: "Ozonowanie wnętrza",
    description: "Usunięcie nieprzyjemnych zapachów, bakterii i grzybów z kabiny.",
    priceFrom: zl(60),
    priceTo: zl(120),
    durationMinutes: 30,
  },
  {
    key: "ac-leak",
    category: "air_conditioning",
    name: "Wykrywanie nieszczelności klimatyzacji",
    description: "Test azotem lub kontrastem UV i lokalizacja wycieku.",
    priceFrom: zl(150),
    priceTo: zl(300),
    durationMinutes: 60,
  },

  // electrical
  {
    key: "elec-battery",
    category: "electrical",
    name: "Wymiana akumulatora",
    description: "Wymiana akumulatora z podtrzymaniem pamięci sterowników i rejestracją w systemie.",
    priceFrom: zl(50),
    priceTo: zl(120),
    durationMinutes: 30,
    core: true,
  },
  {
    key: "elec-alternator",
    category: "electrical",
    name: "Naprawa alternatora lub rozrusznika",
    description: "Diagnostyka układu ładowania i rozruchu, regeneracja lub wymiana podzespołu.",
    priceFrom: zl(250),
    priceTo: zl(600),
    durationMinutes: 180,
  },
  {
    key: "elec-wiring",
    category: "electrical",
    name: "Diagnostyka i naprawa instalacji elektrycznej",
    description: "Lokalizacja zwarć i przerw w wiązkach, naprawa złączy.",
    priceFrom: zl(150),
    priceTo: zl(500),
    durationMinutes: 120,
  },
  {
    key: "elec-lights",
    category: "electrical",
    name: "Wymiana żarówek i ustawienie świateł",
    description: "Wymiana żarówek reflektorów i lamp oraz regulacja świateł na ustawiaczu.",
    priceFrom: zl(30),
    priceTo: zl(100),
    durationMinutes: 20,
  },

  // engine
  {
    key: "eng-timing",
    category: "engine",
    name: "Wymiana rozrządu",
    description: "Wymiana paska lub łańcucha rozrządu z rolkami i napinaczem.",
    priceFrom: zl(600),
    priceTo: zl(1500),
    durationMinutes: 300,
    core: true,
  },
  {
    key: "eng-timing-pump",
    category: "engine",
    name: "Wymiana rozrządu z pompą wody",
    description: "Kompletny rozrząd z pompą wody i wymianą płynu chłodniczego.",
    priceFrom: zl(800),
    priceTo: zl(1800),
    durationMinutes: 360,
  },
  {
    key: "eng-plugs",
    category: "engine",
    name: "Wymiana świec zapłonowych",
    description: "Wymiana kompletu świec zapłonowych, kontrola cewek.",
    priceFrom: zl(80),
    priceTo: zl(250),
    durationMinutes: 45,
  },
  {
    key: "eng-head-gasket",
    category: "engine",
    name: "Wymiana uszczelki pod głowicą",
    description: "Demontaż głowicy, planowanie, nowa uszczelka i śruby, test szczelności.",
    priceFrom: zl(1200),
    priceTo: zl(2500),
    durationMinutes: 480,
  },
  {
    key: "eng-egr",
    category: "engine",
    name: "Czyszczenie zaworu EGR",
    description: "Demontaż, czyszczenie i adaptacja zaworu recyrkulacji spalin.",
    priceFrom: zl(200),
    priceTo: zl(500),
    durationMinutes: 120,
  },

  // clutch_gearbox
  {
    key: "clutch",
    category: "clutch_gearbox",
    name: "Wymiana sprzęgła",
    description: "Wymiana tarczy, docisku i łożyska oporowego.",
    priceFrom: zl(800),
    priceTo: zl(1800),
    durationMinutes: 360,
    core: true,
  },
  {
    key: "clutch-dmf",
    category: "clutch_gearbox",
    name: "Wymiana sprzęgła z kołem dwumasowym",
    description: "Kompletne sprzęgło z kołem dwumasowym.",
    priceFrom: zl(1200),
    priceTo: zl(2500),
    durationMinutes: 420,
  },
  {
    key: "gearbox-oil",
    category: "clutch_gearbox",
    name: "Wymiana oleju w skrzyni manualnej",
    description: "Wymiana oleju przekładniowego w skrzyni biegów.",
    priceFrom: zl(100),
    priceTo: zl(250),
    durationMinutes: 45,
  },
  {
    key: "gearbox-repair",
    category: "clutch_gearbox",
    name: "Naprawa skrzyni biegów",
    description: "Demontaż, naprawa łożysk i synchronizatorów, montaż.",
    priceFrom: zl(1500),
    priceTo: zl(4000),
    durationMinutes: 960,
  },

  // exhaust
  {
    key: "exh-repair",
    category: "exhaust",
    name: "Naprawa układu wydechowego",
    description: "Spawanie i wymiana elementów wydechu, wieszaków i uszczelek.",
    priceFrom: zl(150),
    priceTo: zl(500),
    durationMinutes: 90,
    core: true,
  },
  {
    key: "exh-muffler",
    category: "exhaust",
    name: "Wymiana tłumika końcowego",
    description: "Wymiana tłumika z obejmami i gumami.",
    priceFrom: zl(100),
    priceTo: zl(250),
    durationMinutes: 60,
  },
  {
    key: "exh-dpf",
    category: "exhaust",
    name: "Czyszczenie filtra DPF/FAP",
    description: "Czyszczenie filtra cząstek stałych z demontażem i wymuszoną regeneracją.",
    priceFrom: zl(400),
    priceTo: zl(900),
    durationMinutes: 240,
  },
  {
    key: "exh-catalyst",
    category: "exhaust",
    name: "Wymiana katalizatora",
    description: "Wymiana katalizatora z kontrolą sond lambda.",
    priceFrom: zl(250),
    priceTo: zl(600),
    durationMinutes: 120,
  },

  // bodywork
  {
    key: "body-paint",
    category: "bodywork",
    name: "Lakierowanie elementu",
    description: "Przygotowanie i lakierowanie jednego elementu (lakier w cenie), dobór koloru komputerowo.",
    priceFrom: zl(600),
    priceTo: zl(1200),
    durationMinutes: 480,
    core: true,
  },
  {
    key: "body-dent",
    category: "bodywork",
    name: "Naprawa blacharska (wgniecenia)",
    description: "Wyciąganie wgnieceń, szpachlowanie i przygotowanie do lakierowania.",
    priceFrom: zl(200),
    priceTo: zl(800),
    durationMinutes: 240,
  },
  {
    key: "body-pdr",
    category: "bodywork",
    name: "Usuwanie wgnieceń bez lakierowania (PDR)",
    description: "Usuwanie wgnieceń parkingowych i po gradzie bez naruszania lakieru.",
    priceFrom: zl(150),
    priceTo: zl(500),
    durationMinutes: 90,
  },
  {
    key: "body-polish",
    category: "bodywork",
    name: "Polerowanie lakieru",
    description: "Dwuetapowa korekta lakieru z zabezpieczeniem woskiem.",
    priceFrom: zl(500),
    priceTo: zl(1200),
    durationMinutes: 360,
  },
  {
    key: "body-windscreen",
    category: "bodywork",
    name: "Wymiana szyby czołowej",
    description: "Wymiana szyby z nowymi klejami i kalibracją kamery, jeśli auto ją ma.",
    priceFrom: zl(200),
    priceTo: zl(450),
    durationMinutes: 120,
  },

  // inspection — the statutory technical inspection (badanie techniczne) at a vehicle inspection
  // station (SKP) costs exactly 98 zł for a passenger car, plus 63 zł for an LPG installation,
  // per the Minister of Infrastructure's regulation on fees for vehicle technical inspections.
  {
    key: "insp-skp",
    category: "inspection",
    name: "Przegląd okresowy (SKP)",
    description: "Obowiązkowe badanie techniczne samochodu osobowego na stacji kontroli pojazdów.",
    priceFrom: zl(98),
    priceTo: null,
    durationMinutes: 30,
    core: true,
    regulated: true,
  },
  {
    key: "insp-skp-lpg",
    category: "inspection",
    name: "Przegląd okresowy z instalacją LPG (SKP)",
    description: "Badanie techniczne samochodu osobowego z instalacją gazową (98 zł + 63 zł).",
    priceFrom: zl(161),
    priceTo: null,
    durationMinutes: 40,
    regulated: true,
  },
  {
    key: "insp-holiday",
    category: "inspection",
    name: "Przegląd przed wakacjami",
    description: "Kontrola hamulców, opon, świateł, płynów i klimatyzacji przed dłuższą trasą.",
    priceFrom: zl(100),
    priceTo: zl(200),
    durationMinutes: 45,
  },
];

/**
 * Share of workshops offering each category (independent garages in Poland: everyone does
 * diagnostics and oil; fewer do bodywork, and only those with an SKP do statutory inspections).
 */
export const CATEGORY_SHARE: Record<ServiceCategory, number> = {
  diagnostics: 1,
  oil_service: 1,
  brakes: 0.8,
  tyres: 0.7,
  suspension: 0.65,
  air_conditioning: 0.55,
  electrical: 0.5,
  engine: 0.45,
  clutch_gearbox: 0.35,
  exhaust: 0.35,
  bodywork: 0.2,
  inspection: 0.12,
};

/** @throws Error for an unknown key. */
export function catalogueService(key: string): CatalogueService {
  const found = SERVICE_CATALOGUE.find((s) => s.key === key);
  if (!found) throw new Error(`No catalogue service ${key}`);
  return found;
}

import type { ServiceCategory } from "@/features/workshops/schemas";

// Polish text the demo data is composed from. Names avoid real service-chain trademarks.

/** Common Polish first names (male), with the diminutive genitive used in "U Janka"-style names. */
export const MALE_FIRST_NAMES: readonly (readonly [name: string, u: string | null])[] = [
  ["Piotr", "Piotra"],
  ["Krzysztof", "Krzyśka"],
  ["Andrzej", "Andrzeja"],
  ["Tomasz", "Tomka"],
  ["Paweł", "Pawła"],
  ["Jan", "Janka"],
  ["Michał", "Michała"],
  ["Marcin", "Marcina"],
  ["Jakub", "Kuby"],
  ["Adam", "Adama"],
  ["Marek", "Marka"],
  ["Łukasz", "Łukasza"],
  ["Grzegorz", "Grześka"],
  ["Mateusz", "Mateusza"],
  ["Wojciech", "Wojtka"],
  ["Mariusz", "Mariusza"],
  ["Dariusz", "Darka"],
  ["Zbigniew", "Zbyszka"],
  ["Rafał", "Rafała"],
  ["Robert", "Roberta"],
  ["Kamil", "Kamila"],
  ["Jacek", "Jacka"],
  ["Stanisław", "Staszka"],
  ["Józef", "Józka"],
  ["Ryszard", "Rysia"],
  ["Mirosław", "Mirka"],
  ["Sławomir", "Sławka"],
  ["Jarosław", "Jarka"],
  ["Henryk", "Henia"],
  ["Kazimierz", "Kazika"],
  ["Waldemar", "Waldka"],
  ["Bogdan", "Bogdana"],
  ["Przemysław", "Przemka"],
  ["Artur", "Artura"],
  ["Dawid", "Dawida"],
  ["Sebastian", null],
  ["Damian", null],
  ["Bartosz", null],
  ["Szymon", null],
  ["Daniel", null],
];

export const FEMALE_FIRST_NAMES: readonly string[] = [
  "Anna",
  "Katarzyna",
  "Maria",
  "Małgorzata",
  "Agnieszka",
  "Barbara",
  "Ewa",
  "Krystyna",
  "Magdalena",
  "Elżbieta",
  "Joanna",
  "Aleksandra",
  "Monika",
  "Zofia",
  "Teresa",
  "Danuta",
  "Natalia",
  "Karolina",
  "Marta",
  "Beata",
  "Dorota",
  "Julia",
  "Justyna",
  "Paulina",
  "Alicja",
  "Iwona",
  "Grażyna",
  "Jolanta",
  "Weronika",
  "Hanna",
];

export const ENGLISH_MALE_NAMES: readonly string[] = [
  "James",
  "Oliver",
  "Jack",
  "Harry",
  "Thomas",
  "Daniel",
  "Liam",
  "Connor",
  "Matthew",
  "Ryan",
];
export const ENGLISH_FEMALE_NAMES: readonly string[] = [
  "Emily",
  "Sophie",
  "Charlotte",
  "Grace",
  "Hannah",
  "Chloe",
  "Aoife",
  "Lucy",
  "Sarah",
  "Emma",
];
export const ENGLISH_SURNAMES: readonly string[] = [
  "Smith",
  "Jones",
  "Taylor",
  "Brown",
  "Williams",
  "Wilson",
  "Murphy",
  "Walsh",
  "Evans",
  "Roberts",
  "Byrne",
  "Clarke",
  "Hughes",
  "Wright",
];

/** Feminine form of a Polish surname: -ski/-cki/-dzki → -ska/-cka/-dzka, adjectival -y → -a, nouns unchanged. */
export function feminineSurname(surname: string): string {
  if (/[kc]i$/.test(surname) || /dzki$/.test(surname)) return `${surname.slice(0, -1)}a`;
  if (/(ny|ły|wy|ty|ry)$/.test(surname)) return `${surname.slice(0, -1)}a`;
  return surname;
}

/** Street names found in almost every Polish town (as written after "ul."). */
export const STREET_NAMES: readonly string[] = [
  "Przemysłowa",
  "Fabryczna",
  "Składowa",
  "Magazynowa",
  "Rzemieślnicza",
  "Kolejowa",
  "Warszawska",
  "Krakowska",
  "Polna",
  "Leśna",
  "Lipowa",
  "Ogrodowa",
  "Słoneczna",
  "Krótka",
  "Długa",
  "Szkolna",
  "Kwiatowa",
  "Łąkowa",
  "Graniczna",
  "Zielona",
  "Spacerowa",
  "Brzozowa",
  "Parkowa",
  "Młyńska",
  "Cicha",
  "Wiejska",
  "Ogrodnicza",
  "Kościuszki",
  "Mickiewicza",
  "Sienkiewicza",
  "Słowackiego",
  "Reymonta",
  "Kopernika",
  "Piłsudskiego",
  "Żeromskiego",
  "Konopnickiej",
  "Prusa",
  "Chopina",
  "Moniuszki",
  "Traugutta",
  "Kilińskiego",
  "Jana Pawła II",
  "Wojska Polskiego",
  "3 Maja",
  "1 Maja",
  "Armii Krajowej",
  "Powstańców Śląskich",
  "Grunwaldzka",
  "Piastowska",
  "Zamkowa",
  "Hutnicza",
  "Transportowa",
  "Mechaników",
  "Kierowców",
  "Motoryzacyjna",
  "Towarowa",
  "Handlowa",
  "Usługowa",
  "Obwodowa",
];

/** A workshop-name pattern. `{S}` surname, `{U}` "U Janka" form, `{C}` city, `{P}` part of town, `{T}` street, `{I}` initials. */
export type NamePattern = {
  pattern: string;
  weight: number;
  /** Categories the name promises, so the workshop must offer them. */
  forces?: ServiceCategory[];
  /** Round-the-clock tyre and road-side help: open 24/7. */
  allDay?: boolean;
};

export const NAME_PATTERNS: readonly NamePattern[] = [
  { pattern: "Auto-Serwis {S}", weight: 14 },
  { pattern: "Moto Mechanika {S}", weight: 8 },
  { pattern: "Warsztat Samochodowy U {U}", weight: 8 },
  { pattern: "Mechanika Pojazdowa {S}", weight: 8 },
  { pattern: "{S} Auto Serwis", weight: 6 },
  { pattern: "Garage {S}", weight: 3 },
  { pattern: "{S} i Synowie – Serwis Samochodowy", weight: 3 },
  { pattern: "Auto-Centrum {C}-{P}", weight: 5 },
  { pattern: "Moto-Serwis {T}", weight: 4 },
  { pattern: "{I} Auto Serwis", weight: 3 },
  { pattern: "Auto Klinika {S}", weight: 2 },
  { pattern: "Serwis Samochodowy {S}", weight: 6 },
  { pattern: "Wulkanizacja i Mechanika {S}", weight: 4, forces: ["tyres"] },
  { pattern: "Klima-Serwis {S}", weight: 2, forces: ["air_conditioning"] },
  { pattern: "Blacharstwo i Lakiernictwo {S}", weight: 3, forces: ["bodywork"] },
  { pattern: "Auto Elektryka {S}", weight: 2, forces: ["electrical"] },
  { pattern: "Stacja Kontroli Pojazdów i Serwis {S}", weight: 2, forces: ["inspection"] },
  { pattern: "Diesel Serwis {S}", weight: 2, forces: ["engine"] },
  { pattern: "Hamulce i Zawieszenia {S}", weight: 2, forces: ["brakes", "suspension"] },
  { pattern: "Wulkanizacja 24h {S}", weight: 0.8, forces: ["tyres"], allDay: true },
];

/** Makes seen on Polish roads, as a workshop would list them. */
export const CAR_MAKES: readonly string[] = [
  "Volkswagen",
  "Skoda",
  "Toyota",
  "Opel",
  "Ford",
  "Audi",
  "BMW",
  "Renault",
  "Peugeot",
  "Kia",
  "Hyundai",
  "Mercedes-Benz",
  "Seat",
  "Fiat",
  "Dacia",
  "Citroën",
  "Mazda",
  "Honda",
  "Volvo",
  "Nissan",
];

export const MAKE_GROUPS: readonly string[] = [
  "koncernu VAG",
  "japońskich",
  "francuskich",
  "koreańskich",
  "niemieckich marek premium",
  "skandynawskich",
];

/** How a workshop describes its strength in each category (nominative, to follow "to" or a colon). */
export const SPECIALTY: Record<ServiceCategory, string> = {
  diagnostics: "diagnostyka komputerowa",
  oil_service: "obsługa olejowa i przeglądy serwisowe",
  brakes: "naprawa układów hamulcowych",
  tyres: "wymiana i naprawa opon",
  suspension: "naprawa zawieszenia i geometria kół",
  air_conditioning: "serwis klimatyzacji",
  electrical: "elektryka i elektronika samochodowa",
  engine: "naprawy silników benzynowych i diesla",
  clutch_gearbox: "wymiana sprzęgieł i naprawa skrzyń biegów",
  exhaust: "układy wydechowe i czyszczenie DPF",
  bodywork: "blacharstwo i lakiernictwo",
  inspection: "badania techniczne pojazdów",
};

export const HISTORY_SENTENCES: readonly string[] = [
  "Rodzinny warsztat działający od {Y} roku.",
  "Od {Y} roku naprawiamy samochody osobowe i dostawcze.",
  "Niezależny serwis samochodowy z tradycjami sięgającymi {Y} roku.",
  "Na rynku od ponad {N} lat – obsłużyliśmy już tysiące samochodów.",
  "Działamy od {Y} roku, a większość klientów wraca do nas od lat.",
];

export const SPECIALTY_SENTENCES: readonly string[] = [
  "Nasza specjalność to {A} oraz {B}.",
  "Szczególnie polecamy: {A}, {B}.",
  "W naszej ofercie wyróżniają się {A} oraz {B}.",
];

export const BRAND_SENTENCES: readonly string[] = [
  "Specjalizujemy się w samochodach marek {M1}, {M2} i {M3}.",
  "Obsługujemy auta wszystkich marek, ze szczególnym uwzględnieniem aut {G}.",
  "Mamy doświadczenie z markami {M1} i {M2}, ale naprawiamy auta każdej marki.",
];

export const EXTRA_SENTENCES: readonly string[] = [
  "Na czas naprawy udostępniamy auto zastępcze.",
  "Serwisujemy auta na gwarancji bez utraty gwarancji producenta.",
  "Płatność kartą, BLIK-iem lub przelewem; wystawiamy faktury VAT.",
  "W poczekalni czeka kawa i bezpłatne Wi-Fi.",
  "Pracujemy na częściach renomowanych producentów i dajemy 12 miesięcy gwarancji na naprawę.",
  "Przed każdą naprawą przedstawiamy kosztorys do akceptacji.",
];

export const NICKNAMES_PL: readonly string[] = [
  "Służbowa",
  "Auto żony",
  "Rodzinny",
  "Weekendowy",
  "Dla syna",
  "Stary, dobry",
  "Do miasta",
  "Srebrna strzała",
  "Na trasy",
];
export const NICKNAMES_EN: readonly string[] = ["Work car", "Family car", "Weekend car", "Daily driver", "Road-trip car"];

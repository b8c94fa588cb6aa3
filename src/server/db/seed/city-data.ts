import type { Sector } from "./geo";

/**
 * What we know about the larger Polish towns beyond GeoNames: the span of their postal codes
 * (Poczta Polska's PNA, first–last code, as 5-digit numbers), the landline area code, and for
 * towns on the sea or a wide river the bearings on which demo workshops may be placed (so none
 * lands in Gdańsk Bay or the Oder). Towns not listed get faker's postal codes and a mobile number.
 */
export type CityFacts = {
  postal: [from: number, to: number];
  areaCode: string;
  land?: Sector;
  /** Big-city labour rates: prices +10%. */
  bigCity?: boolean;
};

export const CITY_FACTS: Record<string, CityFacts> = {
  Warszawa: { postal: [1, 4999], areaCode: "22", bigCity: true },
  Łódź: { postal: [90001, 94999], areaCode: "42" },
  Kraków: { postal: [30001, 31999], areaCode: "12", bigCity: true },
  Wrocław: { postal: [50001, 54999], areaCode: "71", bigCity: true },
  Poznań: { postal: [60001, 61999], areaCode: "61", bigCity: true },
  // The port and the bay lie north-east of the GeoNames point.
  Gdańsk: { postal: [80001, 80999], areaCode: "58", bigCity: true, land: { from: 100, to: 330 } },
  // The Oder and Lake Dąbie lie east of the centre.
  Szczecin: { postal: [70001, 71999], areaCode: "91", land: { from: 190, to: 360 } },
  Bydgoszcz: { postal: [85001, 85999], areaCode: "52" },
  Lublin: { postal: [20001, 20999], areaCode: "81" },
  Katowice: { postal: [40001, 40999], areaCode: "32" },
  Białystok: { postal: [15001, 15999], areaCode: "85" },
  // The coast runs north-south ~1 km east of the GeoNames point.
  Gdynia: { postal: [81001, 81999], areaCode: "58", land: { from: 190, to: 350 } },
  Częstochowa: { postal: [42200, 42299], areaCode: "34" },
  Sosnowiec: { postal: [41200, 41299], areaCode: "32" },
  Radom: { postal: [26600, 26699], areaCode: "48" },
  Toruń: { postal: [87100, 87199], areaCode: "56" },
  Kielce: { postal: [25001, 25999], areaCode: "41" },
  Gliwice: { postal: [44100, 44199], areaCode: "32" },
  Zabrze: { postal: [41800, 41899], areaCode: "32" },
  Bytom: { postal: [41900, 41999], areaCode: "32" },
  "Bielsko-Biała": { postal: [43300, 43399], areaCode: "33" },
  Olsztyn: { postal: [10001, 10999], areaCode: "89" },
  Rzeszów: { postal: [35001, 35999], areaCode: "17" },
  "Ruda Śląska": { postal: [41700, 41799], areaCode: "32" },
  Rybnik: { postal: [44200, 44299], areaCode: "32" },
  "Dąbrowa Górnicza": { postal: [41300, 41399], areaCode: "32" },
  Tychy: { postal: [43100, 43199], areaCode: "32" },
  Opole: { postal: [45001, 45999], areaCode: "77" },
  Elbląg: { postal: [82300, 82399], areaCode: "55" },
  Płock: { postal: [9400, 9499], areaCode: "24" },
  Wałbrzych: { postal: [58300, 58399], areaCode: "74" },
  "Gorzów Wielkopolski": { postal: [66400, 66499], areaCode: "95" },
  Włocławek: { postal: [87800, 87899], areaCode: "54" },
  "Zielona Góra": { postal: [65001, 65999], areaCode: "68" },
  Tarnów: { postal: [33100, 33199], areaCode: "14" },
  Chorzów: { postal: [41500, 41599], areaCode: "32" },
  Kalisz: { postal: [62800, 62899], areaCode: "62" },
  Koszalin: { postal: [75001, 75999], areaCode: "94" },
  Legnica: { postal: [59220, 59299], areaCode: "76" },
  Grudziądz: { postal: [86300, 86399], areaCode: "56" },
  Słupsk: { postal: [76200, 76299], areaCode: "59" },
  Jaworzno: { postal: [43600, 43699], areaCode: "32" },
  "Jastrzębie Zdrój": { postal: [44330, 44399], areaCode: "32" },
  "Jelenia Góra": { postal: [58500, 58599], areaCode: "75" },
  "Nowy Sącz": { postal: [33300, 33399], areaCode: "18" },
};

/** "NN-NNN" from a 5-digit number. */
export function formatPostalCode(value: number): string {
  const digits = String(value).padStart(5, "0");
  return `${digits.slice(0, 2)}-${digits.slice(2)}`;
}

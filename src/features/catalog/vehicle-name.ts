/**
 * Fitment names of vehicle products (seed 002: "Oryginał/Zamiennik/Model" list vehicles by their
 * name without category words) and the keys that link garage cars to catalogue vehicles.
 */

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The product name without its leading category words, as fitment lists show it:
 * "Pit Bike YCF Pilot 125" → "YCF Pilot 125", "Quad ATV Kayo AU150" → "Kayo AU150".
 * Only words at the start are removed (shops put the category first), so model names that contain
 * a category word stay whole: "Toyota Corolla Cross", "Volkswagen T-Cross". Words match whole
 * words, case-insensitively, longest first ("Dirt Bike" before "Bike"); a dash after them goes too.
 * The name is returned unchanged when removing them would leave nothing.
 * @param words the editable list (`vehicle_category_words`).
 */
export function deriveVehicleName(productName: string, words: readonly string[]): string {
  const alternatives = [...words]
    .map((w) => w.trim())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/\s+/g, "\\s+"));
  if (!alternatives.length) return productName.trim();
  const leading = new RegExp(`^\\s*(?:${alternatives.join("|")})(?:\\s*[,–—-](?=\\s)|(?=\\s|$))\\s*`, "iu");
  let name = productName;
  for (let next = name.replace(leading, ""); next !== name; next = name.replace(leading, "")) name = next;
  return name.trim() || productName.trim();
}

/**
 * The model part of a vehicle's fitment name: the name without its brand at the start
 * ("YCF Pilot 125", brand "YCF" → "Pilot 125"); the whole name when it does not start with the brand.
 */
export function modelFromVehicleName(vehicleName: string, brand: string): string {
  const pattern = new RegExp(`^${escapeRegExp(brand.trim()).replace(/\s+/g, "\\s+")}\\s+`, "iu");
  const model = vehicleName.replace(pattern, "").trim();
  return model || vehicleName.trim();
}

/**
 * A make or model reduced for matching: lower-case ASCII letters and digits only
 * ("Škoda" → "skoda", "CR-V" → "crv", "Mercedes-Benz" → "mercedesbenz"). Garage cars and catalogue
 * vehicles match on equal make keys, equal model keys and the car's year within the vehicle's years.
 */
export function vehicleKey(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/ł/g, "l")
    .replace(/Ł/g, "L")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

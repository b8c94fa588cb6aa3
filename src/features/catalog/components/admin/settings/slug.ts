/**
 * A slug suggested from a name, in the shape the catalogue's slug rule accepts (lower-case ASCII
 * letters, digits, single hyphens, at most 80 characters): "Kolor ramy" → "kolor-ramy",
 * "Średnica koła (cale)" → "srednica-kola-cale". Polish letters lose their accents; "ł" becomes "l"
 * (NFD does not decompose it).
 */
export function slugFromName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/ł/g, "l")
    .replace(/Ł/g, "L")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

import {
  ENGLISH_FEMALE_NAMES,
  ENGLISH_MALE_NAMES,
  ENGLISH_SURNAMES,
  FEMALE_FIRST_NAMES,
  MALE_FIRST_NAMES,
  feminineSurname,
} from "./content";
import { fakerFor, type Rng } from "./random";

export type Person = { first: string; last: string; male: boolean; u: string | null };

export function polishPerson(rng: Rng, key: string, maleShare: number): Person {
  const faker = fakerFor("person", key);
  const surname = faker.person.lastName(); // faker pl lists surnames in their masculine form
  if (rng.chance(maleShare)) {
    const [first, u] = rng.pick(MALE_FIRST_NAMES);
    return { first, last: surname, male: true, u };
  }
  return { first: rng.pick(FEMALE_FIRST_NAMES), last: feminineSurname(surname), male: false, u: null };
}

/** Someone who prefers English (expats and visitors): common British and Irish names. */
export function englishPerson(rng: Rng): Person {
  const male = rng.chance(0.5);
  return { first: rng.pick(male ? ENGLISH_MALE_NAMES : ENGLISH_FEMALE_NAMES), last: rng.pick(ENGLISH_SURNAMES), male, u: null };
}

/** Polish mobile networks' number ranges (first two digits of the nine). */
const MOBILE_PREFIXES = ["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"] as const;

/** "+48 601 234 567" (mobile) or, with an area code, "+48 12 345 67 89" (landline): 9 digits either way. */
export function phoneNumber(rng: Rng, areaCode?: string): string {
  const d = (n: number) => Array.from({ length: n }, () => rng.int(0, 9)).join("");
  if (areaCode) return `+48 ${areaCode} ${rng.int(2, 6)}${d(2)} ${d(2)} ${d(2)}`;
  return `+48 ${rng.pick(MOBILE_PREFIXES)}${d(1)} ${d(3)} ${d(3)}`;
}

/** What a workshop still has to do before customers can find and book it. */
export type SetupStepKey = "profile" | "hours" | "services";
export type SetupStep = { key: SetupStepKey; done: boolean; href: string };

type ChecklistInput = {
  name: string;
  description: string;
  address: string;
  postalCode: string;
  city: string;
  phone: string;
  email: string;
  hours: readonly unknown[];
  services: readonly { active: boolean }[];
};

/** A profile is complete when the contact and address fields customers rely on and a description are filled in. */
export function isProfileComplete(w: Omit<ChecklistInput, "hours" | "services">): boolean {
  return [w.name, w.description, w.address, w.postalCode, w.city, w.phone, w.email].every((v) => v.trim().length > 0);
}

/** The dashboard's setup checklist, in the order it suggests doing things; `base` is the workshop's dashboard path. */
export function setupChecklist(w: ChecklistInput, base: string): SetupStep[] {
  return [
    { key: "profile", done: isProfileComplete(w), href: `${base}/profile` },
    { key: "hours", done: w.hours.length > 0, href: `${base}/hours` },
    { key: "services", done: w.services.some((s) => s.active), href: `${base}/services` },
  ];
}

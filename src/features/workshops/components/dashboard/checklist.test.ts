import { describe, expect, it } from "vitest";
import { isProfileComplete, setupChecklist } from "./checklist";

const complete = {
  name: "Auto Serwis Kowalski",
  description: "Mechanika i diagnostyka od 1998 roku.",
  address: "ul. Długa 5",
  postalCode: "00-001",
  city: "Warszawa",
  phone: "+48 600 100 200",
  email: "biuro@kowalski.pl",
};

describe("isProfileComplete", () => {
  it("needs every customer-facing field", () => {
    expect(isProfileComplete(complete)).toBe(true);
    expect(isProfileComplete({ ...complete, description: "   " })).toBe(false);
    expect(isProfileComplete({ ...complete, phone: "" })).toBe(false);
  });
});

describe("setupChecklist", () => {
  it("marks each step from the workshop's data", () => {
    const steps = setupChecklist({ ...complete, hours: [], services: [{ active: false }] }, "/dashboard/w1");
    expect(steps).toEqual([
      { key: "profile", done: true, href: "/dashboard/w1/profile" },
      { key: "hours", done: false, href: "/dashboard/w1/hours" },
      { key: "services", done: false, href: "/dashboard/w1/services" },
    ]);
  });

  it("counts only active services", () => {
    const steps = setupChecklist({ ...complete, hours: [{}], services: [{ active: false }, { active: true }] }, "/d");
    expect(steps.every((s) => s.done)).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { activeNavItem, isNavItemActive } from "./app-shell-items";

const items = [
  { href: "/dashboard/w1", exact: true },
  { href: "/dashboard/w1/services" },
  { href: "/dashboard/w1/hours" },
  { href: "/dashboard/w1/inbox", soon: true },
];

describe("isNavItemActive", () => {
  it("matches the page itself and pages under it", () => {
    expect(isNavItemActive({ href: "/admin/workshops" }, "/admin/workshops")).toBe(true);
    expect(isNavItemActive({ href: "/admin/workshops" }, "/admin/workshops/")).toBe(true);
    expect(isNavItemActive({ href: "/admin/workshops" }, "/admin/workshops/123")).toBe(true);
    expect(isNavItemActive({ href: "/admin/workshops" }, "/admin/workshops-old")).toBe(false);
  });

  it("matches exact items only on their own page", () => {
    expect(isNavItemActive({ href: "/admin", exact: true }, "/admin")).toBe(true);
    expect(isNavItemActive({ href: "/admin", exact: true }, "/admin/users")).toBe(false);
  });
});

describe("activeNavItem", () => {
  it("picks the most specific enabled item", () => {
    expect(activeNavItem(items, "/dashboard/w1")?.href).toBe("/dashboard/w1");
    expect(activeNavItem(items, "/dashboard/w1/services/new")?.href).toBe("/dashboard/w1/services");
  });

  it("never picks a coming-soon item", () => {
    expect(activeNavItem(items, "/dashboard/w1/inbox")).toBeUndefined();
  });
});

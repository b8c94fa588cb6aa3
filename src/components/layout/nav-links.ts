export type NavLink = {
  href: string;
  key: "workshops" | "parts" | "diagnosis" | "garage" | "bookings" | "messages" | "dashboard" | "admin" | "forWorkshops";
};

/** Main navigation for a role (labels are keys in the `nav` namespace). */
export function navLinksFor(role: "customer" | "provider" | "admin" | undefined): NavLink[] {
  const links: NavLink[] = [{ href: "/workshops", key: "workshops" }];
  if (!role || role === "customer") links.push({ href: "/parts", key: "parts" }, { href: "/diagnosis", key: "diagnosis" });
  if (role === "customer")
    links.push({ href: "/garage", key: "garage" }, { href: "/bookings", key: "bookings" }, { href: "/messages", key: "messages" });
  if (role === "provider") links.push({ href: "/dashboard", key: "dashboard" });
  if (role === "admin") links.push({ href: "/admin", key: "admin" });
  if (!role) links.push({ href: "/sign-up/workshop", key: "forWorkshops" });
  return links;
}

/** Where each role lands after signing in when no return path was asked for. */
export function homeForRole(role: "customer" | "provider" | "admin" | undefined): string {
  if (role === "admin") return "/admin";
  if (role === "provider") return "/dashboard";
  if (role === "customer") return "/garage";
  return "/";
}

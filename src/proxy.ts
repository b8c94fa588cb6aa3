import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { homeForRole } from "@/lib/roles";
import { authConfig } from "@/server/auth/config";

const { auth } = NextAuth(authConfig);

/** Which role each protected area needs ("any" = any signed-in person). */
const AREAS = [
  { prefix: "/admin", role: "admin" },
  { prefix: "/dashboard", role: "provider" },
  { prefix: "/garage", role: "customer" },
  { prefix: "/messages", role: "customer" },
  { prefix: "/bookings", role: "customer" },
  { prefix: "/account", role: "any" },
] as const;

/**
 * Route protection: signed-out visitors go to sign-in with the page kept as the return path;
 * signed-in people outside their role go to their own home. Pages and tRPC procedures check
 * again against the database; this only spares a round trip.
 */
export const proxy = auth((request) => {
  const { pathname, search } = request.nextUrl;
  const area = AREAS.find((a) => pathname === a.prefix || pathname.startsWith(`${a.prefix}/`));
  if (!area) return NextResponse.next();
  const user = request.auth?.user;
  if (!user) {
    const url = new URL("/sign-in", request.nextUrl.origin);
    url.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(url);
  }
  if (area.role !== "any" && user.role !== area.role) {
    return NextResponse.redirect(new URL(homeForRole(user.role), request.nextUrl.origin));
  }
  return NextResponse.next();
});

export const config = {
  matcher: ["/admin/:path*", "/dashboard/:path*", "/garage/:path*", "/messages/:path*", "/bookings/:path*", "/account/:path*"],
};

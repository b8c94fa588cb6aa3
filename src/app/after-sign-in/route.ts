import { NextResponse, type NextRequest } from "next/server";
import { homeForRole } from "@/lib/roles";
import { safeReturnPath } from "@/features/accounts";
import { auth } from "@/server/auth";

/** After a successful sign-in: back to the page that asked for it, else the role's home. */
export async function GET(request: NextRequest) {
  const session = await auth();
  const target = safeReturnPath(request.nextUrl.searchParams.get("to"), homeForRole(session?.user?.role));
  return NextResponse.redirect(new URL(target, request.nextUrl.origin));
}

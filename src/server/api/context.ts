import "server-only";
import { auth } from "@/server/auth";
import { db } from "@/server/db";
import { readGuestToken } from "@/server/guest";
import { clientIp, loadSessionUser, type TRPCContext } from "./trpc";

/**
 * Builds the tRPC context for a request: the database, the signed-in user (re-read from the database),
 * the guest cookie, and a way to set cookies on the response (`resHeaders`, given by the fetch adapter).
 */
export async function createTRPCContext(opts: { headers: Headers; resHeaders?: Headers }): Promise<TRPCContext> {
  const session = await auth();
  const user = await loadSessionUser(db, session?.user?.id);
  return {
    db,
    user,
    ip: clientIp(opts.headers),
    headers: opts.headers,
    guestToken: readGuestToken(opts.headers),
    setCookie: (cookie) => opts.resHeaders?.append("set-cookie", cookie),
  };
}

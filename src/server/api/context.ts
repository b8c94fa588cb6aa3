import "server-only";
import { auth } from "@/server/auth";
import { db } from "@/server/db";
import { clientIp, loadSessionUser, type TRPCContext } from "./trpc";

/** Builds the tRPC context for a request: the database and the signed-in user (re-read from the database). */
export async function createTRPCContext(opts: { headers: Headers }): Promise<TRPCContext> {
  const session = await auth();
  const user = await loadSessionUser(db, session?.user?.id);
  return { db, user, ip: clientIp(opts.headers), headers: opts.headers };
}

import "server-only";
import type { DbOrTx } from "@/server/db";
import type { z } from "zod";
import type { SessionUser } from "@/server/api/trpc";
import type { storefrontListInput } from "../schemas";
import type { StorefrontList } from "../types";

export async function storefrontParts(
  db: DbOrTx,
  user: SessionUser | null,
  input: z.output<typeof storefrontListInput>,
): Promise<StorefrontList> {
  throw new Error("todo");
}

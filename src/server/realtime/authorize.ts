import "server-only";
import type Pusher from "pusher";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { parseChannel } from "@/lib/realtime/channels";
import type { SessionUser } from "@/server/api/trpc";
import type { DbOrTx } from "@/server/db";
import { workshopMembers } from "@/server/db/schema";
import { SOCKET_ID, authorizeChannelSignature, type PresenceData } from "./index";

/** Pusher's limit on a presence member's data (`user_id` + `user_info`), in bytes. */
export const MAX_PRESENCE_MEMBER_BYTES = 1024;
/** Longest name shown to other members; keeps the member data far below 1 KB whatever the name. */
const PRESENCE_NAME_MAX_CHARS = 120;

/**
 * The form pusher-js posts to the channel-auth endpoint (`transport: "ajax"`): parse the route's
 * `await req.formData()` (or URLSearchParams) with it.
 */
export const channelAuthForm = z.object({
  socket_id: z.string().max(64),
  channel_name: z.string().max(256),
});

/**
 * Access rules owned by other features, injected so that this module imports none of them.
 * `conversation` says whether `user` takes part in conversation `conversationId` (uuid).
 */
export type ChannelRules = {
  conversation: (db: DbOrTx, user: SessionUser, conversationId: string) => Promise<boolean>;
};

/** A channel-auth answer, ready for `Response.json(body, { status })`. */
export type ChannelAuthResult = { status: 200; body: Pusher.ChannelAuthResponse } | { status: 403; body: { error: ChannelAuthRefusal } };

/** Why a subscription was refused (stable codes for logs and tests, not shown to people). */
export type ChannelAuthRefusal = "signed_out" | "invalid_socket" | "invalid_channel" | "forbidden";

const refuse = (error: ChannelAuthRefusal): ChannelAuthResult => ({ status: 403, body: { error } });

/**
 * Decides whether `user` may subscribe socket `socketId` to `channelName`, and signs it if so.
 *
 * - `private-user-{id}`: only that user.
 * - `presence-workshop-{id}`: only staff (owner or mechanic) of that workshop; other members see
 *   `{ user_id, user_info: { name, role } }` (role: owner | mechanic).
 * - `private-conversation-{id}`: whoever `rules.conversation` accepts.
 * - Anything else (public, encrypted or unknown channels, non-uuid ids), signed-out callers and
 *   malformed socket ids: refused.
 *
 * @returns `{ status: 200, body: { auth, channel_data? } }` or `{ status: 403, body: { error } }`
 * @throws what the database or `rules.conversation` throws (a failure to decide is not a refusal)
 */
export async function authorizeChannel(
  db: DbOrTx,
  user: SessionUser | null,
  socketId: string,
  channelName: string,
  rules: ChannelRules,
): Promise<ChannelAuthResult> {
  if (!user) return refuse("signed_out");
  if (!SOCKET_ID.test(socketId)) return refuse("invalid_socket");
  const channel = parseChannel(channelName);
  if (!channel) return refuse("invalid_channel");
  switch (channel.kind) {
    case "user":
      return channel.id === user.id ? signed(socketId, channelName) : refuse("forbidden");
    case "conversation":
      return (await rules.conversation(db, user, channel.id)) ? signed(socketId, channelName) : refuse("forbidden");
    case "workshop": {
      const role = await workshopRole(db, channel.id, user.id);
      if (!role) return refuse("forbidden");
      const member = presenceMember(user, role);
      return member ? signed(socketId, channelName, member) : refuse("forbidden");
    }
  }
}

function signed(socketId: string, channelName: string, presence?: PresenceData): ChannelAuthResult {
  return { status: 200, body: authorizeChannelSignature(socketId, channelName, presence) };
}

async function workshopRole(db: DbOrTx, workshopId: string, userId: string) {
  const [row] = await db
    .select({ role: workshopMembers.role })
    .from(workshopMembers)
    .where(and(eq(workshopMembers.workshopId, workshopId), eq(workshopMembers.userId, userId)))
    .limit(1);
  return row?.role ?? null;
}

/** The member data other staff see; null if it would not fit Pusher's 1 KB (cannot happen with the name cut). */
export function presenceMember(user: Pick<SessionUser, "id" | "name">, role: "owner" | "mechanic"): PresenceData | null {
  const name = Array.from(user.name ?? "")
    .slice(0, PRESENCE_NAME_MAX_CHARS)
    .join("");
  const member = { user_id: user.id, user_info: { name, role } };
  return Buffer.byteLength(JSON.stringify(member)) <= MAX_PRESENCE_MEMBER_BYTES ? member : null;
}

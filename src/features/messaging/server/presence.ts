import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { parseChannel } from "@/lib/realtime/channels";
import type { DbOrTx } from "@/server/db";
import { conversations, userPresence, users, workshopMembers } from "@/server/db/schema";
import { presenceOfSide } from "./queries";
import { publishPresence } from "./realtime";

/** A realtime-server webhook event (Pusher's format: https://pusher.com/docs/channels/server_api/webhooks/). */
export type PresenceWebhookEvent = { name: string; channel: string; user_id?: string };

/** Conversations that hear about a side's presence: the newest 100 (Pusher's channels-per-publish limit). */
const AUDIENCE = 100;

/**
 * Records online/offline from the realtime server's webhooks, then tells the conversations of whoever
 * changed. A person is online while their `private-user-{id}` channel is occupied (every signed-in
 * page subscribes to it); staff joining a workshop's presence channel count as online too.
 * `timeMs` is the webhook's own timestamp: an older webhook arriving late never undoes a newer one.
 * @returns the ids of the people whose presence flipped.
 */
export async function recordPresenceEvents(db: DbOrTx, events: PresenceWebhookEvent[], timeMs: number): Promise<string[]> {
  const flipped: string[] = [];
  for (const event of events) {
    const channel = parseChannel(event.channel);
    if (!channel) continue;
    let change: { userId: string; online: boolean } | null = null;
    if (channel.kind === "user" && (event.name === "channel_occupied" || event.name === "channel_vacated")) {
      change = { userId: channel.id, online: event.name === "channel_occupied" };
    } else if (channel.kind === "workshop" && event.name === "member_added" && event.user_id) {
      change = { userId: event.user_id, online: true };
    }
    if (change && (await setPresence(db, change.userId, change.online, timeMs))) flipped.push(change.userId);
  }
  for (const userId of flipped) await announcePresence(db, userId);
  return flipped;
}

/** Upserts one person's presence unless a newer webhook already spoke; @returns whether `online` flipped. */
async function setPresence(db: DbOrTx, userId: string, online: boolean, timeMs: number): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/i.test(userId)) return false;
  const [before] = await db.select({ online: userPresence.online }).from(userPresence).where(eq(userPresence.userId, userId));
  // Only existing people get a row (the id came from a channel name anyone could make up).
  const written = await db.execute<{ online: boolean }>(sql`
    insert into ${userPresence} (user_id, online, last_seen_at, changed_at_ms)
    select ${users.id}, ${online}, now(), ${timeMs}::bigint from ${users} where ${users.id} = ${userId}::uuid
    on conflict (user_id) do update
      set online = excluded.online, last_seen_at = now(), changed_at_ms = excluded.changed_at_ms
      where ${userPresence.changedAtMs} <= excluded.changed_at_ms
    returning online`);
  return written.length > 0 && (before?.online ?? false) !== online;
}

/** Publishes a person's (or their workshops') presence to the conversations they take part in. */
async function announcePresence(db: DbOrTx, userId: string): Promise<void> {
  const [person] = await db.select({ role: users.role }).from(users).where(eq(users.id, userId));
  if (person?.role === "customer") {
    const recent = await db
      .select({ id: conversations.id, customerId: conversations.customerId, workshopId: conversations.workshopId })
      .from(conversations)
      .where(eq(conversations.customerId, userId))
      .orderBy(desc(conversations.lastMessageAt))
      .limit(AUDIENCE);
    if (!recent.length) return;
    const presence = await presenceOfSide(db, recent[0]!, "customer");
    await publishPresence(
      recent.map((c) => c.id),
      { side: "customer", presence },
    );
    return;
  }
  const workshopsOf = await db
    .select({ workshopId: workshopMembers.workshopId })
    .from(workshopMembers)
    .where(eq(workshopMembers.userId, userId));
  for (const { workshopId } of workshopsOf) {
    const recent = await db
      .select({ id: conversations.id })
      .from(conversations)
      .where(eq(conversations.workshopId, workshopId))
      .orderBy(desc(conversations.lastMessageAt))
      .limit(AUDIENCE);
    if (!recent.length) continue;
    const presence = await presenceOfSide(db, { customerId: userId, workshopId }, "workshop");
    await publishPresence(
      recent.map((c) => c.id),
      { side: "workshop", presence },
    );
  }
}

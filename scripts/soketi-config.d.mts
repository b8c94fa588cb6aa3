// Types for scripts/soketi-config.mjs (plain JS so `node scripts/soketi-server.mjs` runs it without a build).

type Env = Record<string, string | undefined>;

export declare const PUSHER_LIMITS: Readonly<{
  maxEventPayloadKb: number;
  maxPresenceMembers: number;
  maxPresenceMemberKb: number;
  maxClientEventsPerSecond: number;
  maxChannelNameLength: number;
  maxEventNameLength: number;
  maxChannelsPerTrigger: number;
  maxBatchSize: number;
}>;

export declare const WEBHOOK_EVENT_TYPES: readonly ["channel_occupied", "channel_vacated", "member_added", "member_removed"];

export declare function localRealtime(env: Env): { local: true } | { local: false; reason: string };

export declare function webhookUrl(env: Env): string;

export declare function soketiWebhooks(url: string): { url: string; event_types: string[] }[];

export declare function soketiOptions(env: Env, overrides?: { webhookUrl?: string | null }): Record<string, unknown>;

import "server-only";
import { Redis } from "ioredis";
import { env } from "@/env";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";

/**
 * Fixed-window rate limiters shared by every feature (login tries, messages, ...).
 * With `REDIS_URL` they live in Redis, so every instance sees the same counts, with an
 * in-memory insurance limiter taking over if Redis is unreachable; without it, in memory.
 */
type Store = { redis?: Redis; limiters: Map<string, RateLimiterAbstract> };
const globalStore = globalThis as unknown as { __pitstopRateLimits?: Store };
const store: Store = (globalStore.__pitstopRateLimits ??= { limiters: new Map() });

function redisClient(): Redis | undefined {
  const url = env.REDIS_URL;
  if (!url) return undefined;
  store.redis ??= new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
  store.redis.on("error", () => {}); // the insurance limiter covers outages; ioredis reconnects by itself
  return store.redis;
}

export type LimiterSpec = {
  /** Namespaces the keys, e.g. "login-account". */
  name: string;
  /** How many points (tries) fit in one window. */
  points: number;
  /** Window length in seconds. */
  durationSeconds: number;
};

export function limiter(spec: LimiterSpec): RateLimiterAbstract {
  const id = `${spec.name}:${spec.points}:${spec.durationSeconds}`;
  const existing = store.limiters.get(id);
  if (existing) return existing;
  const options = { keyPrefix: `pitstop:${spec.name}`, points: spec.points, duration: spec.durationSeconds };
  const memory = new RateLimiterMemory(options);
  const redis = redisClient();
  const created = redis
    ? new RateLimiterRedis({ ...options, storeClient: redis, rejectIfRedisNotReady: true, insuranceLimiter: memory })
    : memory;
  store.limiters.set(id, created);
  return created;
}

/** Seconds until a key's window frees a point again; 0 when it is not limited. */
export async function secondsBlocked(spec: LimiterSpec, key: string): Promise<number> {
  const res = await limiter(spec).get(key);
  if (!res || res.consumedPoints < spec.points) return 0;
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

/** Records one use; returns the seconds to wait if that use went over the limit, else 0. */
export async function consume(spec: LimiterSpec, key: string): Promise<number> {
  try {
    await limiter(spec).consume(key);
    return 0;
  } catch (error) {
    if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    throw error;
  }
}

/** Forgets a key (e.g. after a successful sign-in). */
export async function reset(spec: LimiterSpec, key: string): Promise<void> {
  await limiter(spec).delete(key);
}

/** Gives back one use (e.g. a request that turned out to be a harmless resend). */
export async function refund(spec: LimiterSpec, key: string): Promise<void> {
  await limiter(spec).reward(key, 1);
}

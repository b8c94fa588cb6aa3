import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

/**
 * Every environment variable Pitstop reads, validated once at start-up.
 * The README's configuration table documents each of them.
 */
export const env = createEnv({
  server: {
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    /** Postgres connection string. Unset: the embedded PGlite served by `npm run dev` / `npm start`. */
    DATABASE_URL: z.url().optional(),
    /** Where the embedded PGlite keeps its files (ignored when DATABASE_URL is set). */
    PGLITE_DIR: z.string().default(".data/pglite"),
    /** Loopback port the embedded PGlite listens on (ignored when DATABASE_URL is set). */
    PGLITE_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
    /** Secret that signs session cookies. Unset: generated once into `.data/auth-secret`. */
    AUTH_SECRET: z.string().min(32).optional(),
    /** Redis for shared rate limits across instances. Unset: in-memory limits. */
    REDIS_URL: z.url().optional(),
    /** OpenAI API key: the AI mechanic uses OpenAI (Responses API). */
    OPENAI_API_KEY: z.string().min(1).optional(),
    /** Any OpenAI-compatible server (Ollama, vLLM, llama.cpp), e.g. http://127.0.0.1:11434/v1 — Chat Completions API. */
    OPENAI_BASE_URL: z.url().optional(),
    /** Model id for the AI mechanic (default gpt-4o-mini on OpenAI; required naming for local servers, e.g. llama3.1). */
    OPENAI_MODEL: z.string().min(1).optional(),
    /** Milliseconds to wait for the provider's first token (and between tokens) before the offline engine answers. */
    AI_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(20_000),
    /** Load the demo data on first start ("false" to start with an empty database). */
    SEED_DEMO: z
      .enum(["true", "false"])
      .default("true")
      .transform((v) => v === "true"),
  },
  client: {
    /** Mapbox access token. Unset: MapLibre with a built-in style that needs no network. */
    NEXT_PUBLIC_MAPBOX_TOKEN: z.string().min(1).optional(),
  },
  runtimeEnv: {
    NODE_ENV: process.env.NODE_ENV,
    DATABASE_URL: process.env.DATABASE_URL || undefined,
    PGLITE_DIR: process.env.PGLITE_DIR || undefined,
    PGLITE_PORT: process.env.PGLITE_PORT || undefined,
    AUTH_SECRET: process.env.AUTH_SECRET || undefined,
    REDIS_URL: process.env.REDIS_URL || undefined,
    SEED_DEMO: process.env.SEED_DEMO || undefined,
    OPENAI_API_KEY: process.env.OPENAI_API_KEY || undefined,
    OPENAI_BASE_URL: process.env.OPENAI_BASE_URL || undefined,
    OPENAI_MODEL: process.env.OPENAI_MODEL || undefined,
    AI_TIMEOUT_MS: process.env.AI_TIMEOUT_MS || undefined,
    NEXT_PUBLIC_MAPBOX_TOKEN: process.env.NEXT_PUBLIC_MAPBOX_TOKEN || undefined,
  },
  skipValidation: process.env.SKIP_ENV_VALIDATION === "1",
  emptyStringAsUndefined: true,
});

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
    /** Public address of this Pitstop, for links in e-mails. Default: http://localhost:$PORT. */
    APP_URL: z.url().optional(),
    /** Pusher Channels app id (or soketi's). Local default: soketi started by `npm run dev`. */
    PUSHER_APP_ID: z.string().min(1).default("pitstop"),
    /** Pusher app key (public: browsers use it to connect). */
    PUSHER_KEY: z.string().min(1).default("pitstop-key"),
    /** Pusher app secret: signs channel authorisations and verifies webhooks. */
    PUSHER_SECRET: z.string().min(1).default("pitstop-secret"),
    /** Pusher Channels cluster (e.g. "eu"); when set and PUSHER_HOST is not, the hosted Pusher is used. */
    PUSHER_CLUSTER: z.string().min(1).optional(),
    /** Host of the Pusher-protocol server the Pitstop server publishes to (soketi). Default 127.0.0.1 unless PUSHER_CLUSTER. */
    PUSHER_HOST: z.string().min(1).optional(),
    /** Port of that server (soketi: 6001). */
    PUSHER_PORT: z.coerce.number().int().min(1).max(65535).default(6001),
    /** Use TLS towards that server. */
    PUSHER_USE_TLS: z
      .enum(["true", "false"])
      .default("false")
      .transform((v) => v === "true"),
    /** Host browsers connect to (default PUSHER_HOST, or the page's host when that is 127.0.0.1/localhost). */
    PUSHER_PUBLIC_HOST: z.string().min(1).optional(),
    /** Port browsers connect to (default PUSHER_PORT). */
    PUSHER_PUBLIC_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    /** Browsers connect with TLS (wss); default PUSHER_USE_TLS. */
    PUSHER_PUBLIC_TLS: z.enum(["true", "false"]).optional(),
    /** Inngest dev server ("1" for http://127.0.0.1:8288, or its URL): background jobs go through Inngest. */
    INNGEST_DEV: z.string().min(1).optional(),
    /** Inngest Cloud event key: background jobs go through Inngest Cloud. */
    INNGEST_EVENT_KEY: z.string().min(1).optional(),
    /** Inngest signing key (verifies Inngest's calls to /api/inngest in production). */
    INNGEST_SIGNING_KEY: z.string().min(1).optional(),
    /** Outgoing mail server, e.g. smtp://user:pass@smtp-relay.brevo.com:587. Unset: the local capture server. */
    SMTP_URL: z.string().min(1).optional(),
    /** Sender of Pitstop's e-mails. */
    MAIL_FROM: z.string().min(3).default("Pitstop <no-reply@pitstop.local>"),
    /** Port of the local SMTP capture server started by `npm run dev` / `npm start` when SMTP_URL is unset. */
    MAIL_CAPTURE_PORT: z.coerce.number().int().min(1).max(65535).default(1025),
    /** Where the capture server keeps captured mail (one JSON file per message). */
    MAIL_CAPTURE_DIR: z.string().default(".data/mail"),
    /** Where uploaded chat attachments are kept (local storage). */
    UPLOADS_DIR: z.string().default(".data/uploads"),
    /** Seconds a message may stay unread by an offline recipient before one e-mail with the unread messages goes out. */
    MESSAGE_EMAIL_DELAY_SECONDS: z.coerce.number().int().min(1).max(86_400).default(120),
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
    APP_URL: process.env.APP_URL || undefined,
    PUSHER_APP_ID: process.env.PUSHER_APP_ID || undefined,
    PUSHER_KEY: process.env.PUSHER_KEY || undefined,
    PUSHER_SECRET: process.env.PUSHER_SECRET || undefined,
    PUSHER_CLUSTER: process.env.PUSHER_CLUSTER || undefined,
    PUSHER_HOST: process.env.PUSHER_HOST || undefined,
    PUSHER_PORT: process.env.PUSHER_PORT || undefined,
    PUSHER_USE_TLS: process.env.PUSHER_USE_TLS || undefined,
    PUSHER_PUBLIC_HOST: process.env.PUSHER_PUBLIC_HOST || undefined,
    PUSHER_PUBLIC_PORT: process.env.PUSHER_PUBLIC_PORT || undefined,
    PUSHER_PUBLIC_TLS: process.env.PUSHER_PUBLIC_TLS || undefined,
    INNGEST_DEV: process.env.INNGEST_DEV || undefined,
    INNGEST_EVENT_KEY: process.env.INNGEST_EVENT_KEY || undefined,
    INNGEST_SIGNING_KEY: process.env.INNGEST_SIGNING_KEY || undefined,
    SMTP_URL: process.env.SMTP_URL || undefined,
    MAIL_FROM: process.env.MAIL_FROM || undefined,
    MAIL_CAPTURE_PORT: process.env.MAIL_CAPTURE_PORT || undefined,
    MAIL_CAPTURE_DIR: process.env.MAIL_CAPTURE_DIR || undefined,
    UPLOADS_DIR: process.env.UPLOADS_DIR || undefined,
    MESSAGE_EMAIL_DELAY_SECONDS: process.env.MESSAGE_EMAIL_DELAY_SECONDS || undefined,
  },
  skipValidation: process.env.SKIP_ENV_VALIDATION === "1",
  emptyStringAsUndefined: true,
});

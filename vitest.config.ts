import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    // `server-only` throws outside React Server Components; in tests every module is server-side.
    alias: { "server-only": here("./tests/setup/empty-module.ts") },
  },
  test: {
    environment: "node",
    // PGlite serves one connection at a time: run integration files one after another there.
    fileParallelism: !!process.env.DATABASE_URL,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["src/**/*.test.{ts,tsx}"] },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/setup/database.ts", "tests/setup/soketi.ts", "tests/setup/mail.ts"],
          setupFiles: ["tests/setup/close-database.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});

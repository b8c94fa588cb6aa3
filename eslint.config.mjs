import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import boundaries from "eslint-plugin-boundaries";

/**
 * Import boundaries (CONVENTIONS.md): a feature reaches another feature only through its
 * `index.ts` (client-safe) or `server/index.ts`; client code never imports server code;
 * `components/ui` and `lib` depend on nothing of ours but themselves.
 */
const folder = (type, pattern, capture) => ({ type, pattern, partialMatch: false, ...(capture ? { capture } : {}) });
const elements = [
  folder("feature-server", "src/features/*/server", ["feature"]),
  folder("feature", "src/features/*", ["feature"]),
  folder("app", "src/app"),
  folder("ui", "src/components/ui"),
  folder("components", "src/components"),
  folder("hooks", "src/hooks"),
  folder("lib", "src/lib"),
  folder("trpc", "src/trpc"),
  folder("server", "src/server"),
  folder("i18n", "src/i18n"),
  folder("types", "src/types"),
];
/**
 * Files with a role inside their element: a feature's public entries, server actions, its
 * dependency-free constants (enum value lists the database schema shares), its zod schemas, the
 * RSC tRPC helpers.
 */
const files = [
  { category: "entry", pattern: ["src/features/*/index.ts", "src/features/*/server/index.ts"] },
  { category: "actions", pattern: "src/features/*/actions.ts" },
  { category: "constants", pattern: "src/features/*/constants.ts" },
  { category: "schemas", pattern: "src/features/*/schemas.ts" },
  { category: "rsc", pattern: "src/trpc/server.tsx" },
];

const types = (...list) => ({ types: { anyOf: list } });
const to = (...list) => ({ to: { element: types(...list) } });
const toFile = (type, category) => ({ to: { element: types(type), file: { categories: category } } });
const from = (...list) => ({ element: types(...list) });
const sameFeature = { to: { element: { captured: { feature: "{{ from.element.captured.feature }}" } } } };
const entries = [toFile("feature", "entry"), toFile("feature-server", "entry")];

const policies = [
  { from: from("feature", "feature-server"), allow: sameFeature },
  // Client code (anything in a feature outside server/) never imports server code, not even its own…
  { from: from("feature"), disallow: to("feature-server", "server") },
  // …except server actions, which run on the server and are called from the client.
  { from: { file: { categories: "actions" } }, allow: [sameFeature, to("server"), toFile("feature-server", "entry")] },
  {
    from: from("feature"),
    allow: [to("ui", "components", "hooks", "lib", "trpc", "i18n", "types"), toFile("feature", "entry"), toFile("feature", "actions")],
  },
  // A feature's schemas (zod only) reach another feature's schemas directly: through its index they
  // would load its components on the server too (the tsx scripts run with react-server and fail on hooks).
  { from: { file: { categories: "schemas" } }, allow: toFile("feature", "schemas") },
  // Server code may read translations (e-mails, SMS and push go out in the recipient's language).
  { from: from("feature-server"), allow: [to("lib", "server", "types", "i18n"), ...entries] },
  {
    from: from("app"),
    allow: [to("ui", "components", "hooks", "lib", "trpc", "server", "i18n", "types", "app"), ...entries, toFile("feature", "actions")],
  },
  {
    from: from("components"),
    allow: [to("ui", "components", "hooks", "lib", "trpc", "i18n"), toFile("feature", "entry"), toFile("feature", "actions")],
  },
  { from: from("ui"), allow: to("ui", "lib") },
  { from: from("hooks"), allow: to("hooks", "lib", "trpc") },
  { from: from("lib"), allow: to("lib") },
  { from: from("trpc"), allow: to("trpc", "lib") },
  { from: { file: { categories: "rsc" } }, allow: to("server") },
  { from: from("server"), allow: [to("server", "lib", "types"), toFile("feature-server", "entry"), toFile("feature", "constants")] },
  { from: from("i18n"), allow: [to("i18n", "server", "lib"), toFile("feature-server", "entry")] },
  // The RSC-only tRPC helpers stay out of client code.
  { from: from("feature", "components", "hooks"), disallow: { to: { file: { categories: "rsc" } } } },
  // Type-only imports cross every boundary (e.g. the client's AppRouter type): they vanish at build time.
  { allow: { dependency: { kind: "type" } } },
];

const config = [
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      ".data/**",
      "drizzle/**",
      "next-env.d.ts",
      "playwright-report/**",
      "test-results/**",
      "*.tmp.*",
    ],
  },
  ...nextVitals,
  ...nextTs,
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { boundaries },
    settings: {
      "boundaries/elements": elements,
      "boundaries/files": files,
      "boundaries/include": ["src/**/*"],
      // src/env.ts, src/proxy.ts, src/instrumentation.ts: wiring at the root, outside any element.
      "boundaries/ignore": ["src/*.ts"],
      "import/resolver": { typescript: { alwaysTryTypes: true, project: "./tsconfig.json" } },
    },
    rules: {
      "boundaries/dependencies": [2, { default: "disallow", policies }],
      "boundaries/no-unknown-files": 2,
    },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
];

export default config;

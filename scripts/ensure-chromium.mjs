#!/usr/bin/env node
// The Playwright journeys drive the system's Chromium (Playwright cannot download its own
// browser here). Installs it with apt-get when missing and we are root; otherwise says how.
import { existsSync } from "node:fs";
import { x } from "tinyexec";

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (existsSync(CHROMIUM)) process.exit(0);

if (process.getuid?.() === 0) {
  console.log(`${CHROMIUM} is missing: installing Debian's chromium package…`);
  for (const args of [["update"], ["install", "-y", "--no-install-recommends", "chromium"]]) {
    const result = await x("apt-get", args, {
      nodeOptions: { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } },
    });
    if (result.exitCode !== 0) {
      console.error(`apt-get ${args.join(" ")} failed (exit ${result.exitCode}).`);
      process.exit(1);
    }
  }
  if (existsSync(CHROMIUM)) process.exit(0);
}
console.error(
  `Chromium was not found at ${CHROMIUM}. Install it (Debian/Ubuntu: \`sudo apt-get install -y chromium\`) ` +
    "or point CHROMIUM_PATH at a Chromium/Chrome binary, then run the tests again.",
);
process.exit(1);

/** Runs once when the server starts: migrations, then demo data on first start. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { prepareDatabase } = await import("@/server/startup");
  await prepareDatabase();
}

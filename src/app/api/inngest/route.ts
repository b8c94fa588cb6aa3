import { serve } from "inngest/next";
import { inngest, jobsMode } from "@/server/jobs/client";
import { inngestFunctions } from "@/server/jobs/functions";

/**
 * Inngest's endpoint: the dev server or Inngest Cloud discovers our functions here (PUT) and calls
 * them (POST); GET shows its status. In inline mode nothing should call it: it answers 404 with the
 * reason (the Inngest SDK would answer 500 and log a missing signing key at every probe, e.g. from
 * a dev server started while the app has no INNGEST_DEV).
 */
const handler = serve({ client: inngest, functions: inngestFunctions });

const inline = async () =>
  Response.json(
    {
      error:
        "Background jobs run in-process (inline mode). Set INNGEST_DEV or INNGEST_EVENT_KEY to run them through Inngest (docs/jobs.md).",
    },
    { status: 404 },
  );

const viaInngest = jobsMode() === "inngest";
export const GET = viaInngest ? handler.GET : inline;
export const POST = viaInngest ? handler.POST : inline;
export const PUT = viaInngest ? handler.PUT : inline;

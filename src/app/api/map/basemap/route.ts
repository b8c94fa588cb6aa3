import { basemapGeoJson } from "@/features/workshops/server";

/** GET /api/map/basemap: the countries around Poland for the token-free map style (Natural Earth via world-atlas). */
export async function GET(): Promise<Response> {
  return new Response(await basemapGeoJson(), {
    headers: {
      "Content-Type": "application/geo+json; charset=utf-8",
      // The data only changes with a world-atlas upgrade, i.e. a new deployment.
      "Cache-Control": "public, max-age=86400, immutable",
    },
  });
}

import Supercluster from "supercluster";
import type { BBox } from "./geo";

/** Clustering stops above this zoom; from CLUSTER_MAX_ZOOM + 1 on, every pin stands alone. */
export const CLUSTER_MAX_ZOOM = 16;
/** Cluster radius in screen pixels (at 512 px tiles), about two marker widths. */
export const CLUSTER_RADIUS_PX = 56;
/**
 * Added to an integer target zoom: clusters are computed for `Math.floor(zoom)` and an eased camera
 * can land a hair below the integer it was sent to.
 */
export const ZOOM_EPSILON = 0.01;

export type ClusterablePin = { id: string; lat: number; lng: number };
type PointProps = { index: number };

export type ClusterIndex<P extends ClusterablePin> = {
  readonly pins: readonly P[];
  readonly index: Supercluster<PointProps>;
};

export type ClusterItem<P extends ClusterablePin> =
  { kind: "cluster"; id: number; count: number; lng: number; lat: number } | { kind: "pin"; pin: P };

/** Builds the supercluster index for a set of pins (once per result set; it is the expensive part). */
export function createClusterIndex<P extends ClusterablePin>(pins: readonly P[]): ClusterIndex<P> {
  const index = new Supercluster<PointProps>({ radius: CLUSTER_RADIUS_PX, maxZoom: CLUSTER_MAX_ZOOM });
  index.load(
    pins.map((pin, i) => ({
      type: "Feature" as const,
      properties: { index: i },
      geometry: { type: "Point" as const, coordinates: [pin.lng, pin.lat] },
    })),
  );
  return { pins, index };
}

/** Clusters and lone pins inside `bbox` at the map's `zoom` (fractional zooms use the level below). */
export function clusterItems<P extends ClusterablePin>(ci: ClusterIndex<P>, bbox: BBox, zoom: number): ClusterItem<P>[] {
  if (ci.pins.length === 0) return [];
  const items: ClusterItem<P>[] = [];
  for (const f of ci.index.getClusters(bbox, Math.floor(zoom))) {
    const [lng = 0, lat = 0] = f.geometry.coordinates;
    if ("cluster" in f.properties && f.properties.cluster) {
      items.push({ kind: "cluster", id: f.properties.cluster_id, count: f.properties.point_count, lng, lat });
    } else if ("index" in f.properties) {
      const pin = ci.pins[f.properties.index];
      if (pin) items.push({ kind: "pin", pin });
    }
  }
  return items;
}

/** True when the pin is drawn on its own (not inside a cluster) at integer zoom `z`. */
function standsAlone<P extends ClusterablePin>(ci: ClusterIndex<P>, pinIndex: number, pin: P, z: number): boolean {
  const e = 1e-6;
  return ci.index
    .getClusters([pin.lng - e, pin.lat - e, pin.lng + e, pin.lat + e], z)
    .some((f) => !("cluster" in f.properties && f.properties.cluster) && "index" in f.properties && f.properties.index === pinIndex);
}

/**
 * The zoom to show `pinId` un-clustered, never lower than `fromZoom`: `fromZoom` itself when the pin
 * already stands alone, else the first level where it does (+ ZOOM_EPSILON). Null for an unknown id.
 */
export function zoomToReveal<P extends ClusterablePin>(ci: ClusterIndex<P>, pinId: string, fromZoom: number): number | null {
  const pinIndex = ci.pins.findIndex((p) => p.id === pinId);
  const pin = ci.pins[pinIndex];
  if (!pin) return null;
  for (let z = Math.max(0, Math.floor(fromZoom)); z <= CLUSTER_MAX_ZOOM; z++) {
    if (standsAlone(ci, pinIndex, pin, z)) return Math.max(fromZoom, z + ZOOM_EPSILON);
  }
  return Math.max(fromZoom, CLUSTER_MAX_ZOOM + 1 + ZOOM_EPSILON);
}

/** The zoom at which a cluster splits, ready to hand to `easeTo` (capped at `maxZoom`). */
export function clusterZoomTarget<P extends ClusterablePin>(ci: ClusterIndex<P>, clusterId: number, maxZoom: number): number {
  return Math.min(maxZoom, ci.index.getClusterExpansionZoom(clusterId) + ZOOM_EPSILON);
}

/** How many city labels stay visible below LABELS_MIN_ZOOM (labels come largest first). */
export const LABELS_ALWAYS_SHOWN = 6;
export const LABELS_MIN_ZOOM = 6;

/** City labels to draw at `zoom`: all from LABELS_MIN_ZOOM, the first few (largest) below it. */
export function visibleLabels<L>(labels: readonly L[], zoom: number): readonly L[] {
  return zoom >= LABELS_MIN_ZOOM ? labels : labels.slice(0, LABELS_ALWAYS_SHOWN);
}

import { describe, expect, it } from "vitest";
import {
  CLUSTER_MAX_ZOOM,
  clusterItems,
  clusterZoomTarget,
  createClusterIndex,
  LABELS_ALWAYS_SHOWN,
  visibleLabels,
  zoomToReveal,
  ZOOM_EPSILON,
} from "./clusters";
import type { BBox } from "./geo";

const world: BBox = [-180, -85, 180, 85];
// Five workshops within ~300 m in central Kraków, one in Gdańsk.
const krakow = Array.from({ length: 5 }, (_, i) => ({ id: `k${i}`, lat: 50.0614 + i * 0.0005, lng: 19.9366 + i * 0.0005 }));
const gdansk = { id: "g", lat: 54.352, lng: 18.6466 };
const pins = [...krakow, gdansk];

describe("clusterItems", () => {
  it("groups nearby pins at country zoom and keeps every pin accounted for", () => {
    const items = clusterItems(createClusterIndex(pins), world, 6);
    const clusters = items.filter((i) => i.kind === "cluster");
    const lone = items.filter((i) => i.kind === "pin");
    expect(clusters).toHaveLength(1);
    expect(clusters[0]?.kind === "cluster" && clusters[0].count).toBe(5);
    expect(lone.map((i) => i.kind === "pin" && i.pin.id)).toEqual(["g"]);
  });

  it("returns every pin alone above the clustering zoom", () => {
    const items = clusterItems(createClusterIndex(pins), world, CLUSTER_MAX_ZOOM + 1);
    expect(items.every((i) => i.kind === "pin")).toBe(true);
    expect(items).toHaveLength(6);
  });

  it("only returns what is inside the bbox", () => {
    const aroundGdansk: BBox = [18, 54, 19, 55];
    const items = clusterItems(createClusterIndex(pins), aroundGdansk, 6);
    expect(items).toEqual([{ kind: "pin", pin: gdansk }]);
  });

  it("uses the integer level below a fractional zoom", () => {
    const ci = createClusterIndex(pins);
    expect(clusterItems(ci, world, 6.9)).toEqual(clusterItems(ci, world, 6));
  });

  it("is empty for no pins", () => {
    expect(clusterItems(createClusterIndex([]), world, 5)).toEqual([]);
  });
});

describe("zoomToReveal", () => {
  it("keeps the zoom when the pin already stands alone", () => {
    expect(zoomToReveal(createClusterIndex(pins), "g", 6.3)).toBe(6.3);
  });

  it("zooms in until a clustered pin stands alone there", () => {
    const ci = createClusterIndex(pins);
    const z = zoomToReveal(ci, "k2", 6) ?? NaN;
    expect(z).toBeGreaterThan(6);
    const alone = (zoom: number) => clusterItems(ci, world, zoom).some((i) => i.kind === "pin" && i.pin.id === "k2");
    expect(alone(z)).toBe(true);
    expect(alone(z - 1)).toBe(false);
  });

  it("goes past clustering for pins at the very same spot", () => {
    const twins = [
      { id: "a", lat: 52, lng: 21 },
      { id: "b", lat: 52, lng: 21 },
    ];
    expect(zoomToReveal(createClusterIndex(twins), "a", 8)).toBe(CLUSTER_MAX_ZOOM + 1 + ZOOM_EPSILON);
  });

  it("is null for an unknown id", () => {
    expect(zoomToReveal(createClusterIndex(pins), "nope", 6)).toBeNull();
  });
});

describe("clusterZoomTarget", () => {
  it("is a zoom at which the cluster has split", () => {
    const ci = createClusterIndex(pins);
    const cluster = clusterItems(ci, world, 6).find((i) => i.kind === "cluster");
    if (cluster?.kind !== "cluster") throw new Error("expected a cluster");
    const z = clusterZoomTarget(ci, cluster.id, 18);
    expect(z).toBeGreaterThan(6);
    const there = clusterItems(ci, world, z).filter((i) => i.kind === "cluster" && i.id === cluster.id);
    expect(there).toHaveLength(0);
  });

  it("is capped by the map's max zoom", () => {
    const ci = createClusterIndex(pins);
    const cluster = clusterItems(ci, world, 6).find((i) => i.kind === "cluster");
    if (cluster?.kind !== "cluster") throw new Error("expected a cluster");
    expect(clusterZoomTarget(ci, cluster.id, 7)).toBe(7);
  });
});

describe("visibleLabels", () => {
  const labels = Array.from({ length: 20 }, (_, i) => `city${i}`);

  it("keeps only the largest few below zoom 6", () => {
    expect(visibleLabels(labels, 5.3)).toEqual(labels.slice(0, LABELS_ALWAYS_SHOWN));
  });

  it("shows all from zoom 6", () => {
    expect(visibleLabels(labels, 6)).toBe(labels);
  });
});

import { describe, expect, it } from "vitest";
import { formatFileSize, sameDay } from "./format";

describe("formatFileSize", () => {
  it("uses the reader's units and decimals", () => {
    expect(formatFileSize(512, "pl")).toBe("512 B");
    expect(formatFileSize(1536, "pl")).toMatch(/^1,5\skB$/);
    expect(formatFileSize(5 * 1024 * 1024, "en")).toMatch(/^5\sMB$/);
  });
});

describe("sameDay", () => {
  it("compares calendar days in the given zone, not in UTC", () => {
    // 23:30 UTC on 1 March is already 2 March in Warsaw.
    expect(sameDay("2026-03-01T23:30:00Z", "2026-03-02T08:00:00Z", "Europe/Warsaw")).toBe(true);
    expect(sameDay("2026-03-01T23:30:00Z", "2026-03-02T08:00:00Z", "UTC")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { defaultMatrixState, matrixQueryInput, matrixSearch, matrixStateFrom, nextRowOffset, pickShopId } from "./matrix-state";

const SHOP = "6f1c1f0e-5a4b-4c1e-9d7a-1b2c3d4e5f60";

describe("matrix state in the address", () => {
  it("reads and writes the same state", () => {
    const state = matrixStateFrom({
      shop: SHOP,
      q: " klocki ",
      brand: "Brembo",
      fitted: "unfitted",
      vq: "pilot",
      vb: ["YCF", "Kayo", "YCF"],
      cp: "2",
    });
    expect(state).toEqual({ shop: SHOP, q: "klocki", brand: "Brembo", fitted: "unfitted", vq: "pilot", vb: ["YCF", "Kayo"], cp: 2 });
    expect(matrixStateFrom(Object.fromEntries(new URLSearchParams(matrixSearch(state).slice(1)).entries()))).toMatchObject({
      shop: SHOP,
      fitted: "unfitted",
      cp: 2,
    });
    expect(matrixSearch(defaultMatrixState)).toBe("");
  });

  it("falls back to defaults on bad values", () => {
    expect(matrixStateFrom({ shop: "nope", fitted: "maybe", cp: "-3", vb: "" })).toEqual(defaultMatrixState);
  });
});

describe("matrix query input", () => {
  it("leaves out unset filters and pages columns by 300", () => {
    expect(matrixQueryInput({ ...defaultMatrixState, cp: 2 }, SHOP)).toEqual({
      shopId: SHOP,
      rowQuery: "",
      columnQuery: "",
      rowLimit: 200,
      columnOffset: 300,
      columnLimit: 300,
    });
    expect(matrixQueryInput({ ...defaultMatrixState, fitted: "fitted", vb: ["YCF"], brand: "Brembo" }, SHOP)).toMatchObject({
      rowFitted: true,
      columnBrands: ["YCF"],
      rowBrand: "Brembo",
    });
  });

  it("asks for the next rows until all are loaded", () => {
    expect(nextRowOffset({ rows: new Array(200), totalRows: 450 }, 0)).toBe(200);
    expect(nextRowOffset({ rows: new Array(50), totalRows: 450 }, 400)).toBeUndefined();
    expect(nextRowOffset({ rows: [], totalRows: 450 }, 400)).toBeUndefined();
  });

  it("opens the asked shop, else the platform one", () => {
    const shops = [
      { id: "a", isPlatform: false },
      { id: "b", isPlatform: true },
    ];
    expect(pickShopId(shops, "a")).toBe("a");
    expect(pickShopId(shops, "zzz")).toBe("b");
    expect(pickShopId(shops, null)).toBe("b");
    expect(pickShopId([], null)).toBeNull();
  });
});

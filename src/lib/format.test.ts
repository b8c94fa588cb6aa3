import { describe, expect, it } from "vitest";
import { formatDuration, formatMinutesOfDay, formatMoney, groszeToZlotyInput, parseMinutesOfDay, parseZloty } from "./format";

/** Intl uses non-breaking spaces (U+00A0, U+202F); compare with plain ones. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("formatMoney", () => {
  it("formats grosze as złoty in Polish", () => {
    expect(plain(formatMoney(12050, "pl"))).toBe("120,50 zł");
    expect(plain(formatMoney(12000, "pl"))).toBe("120 zł");
    expect(plain(formatMoney(1_200_000, "pl"))).toBe("12 000 zł");
    expect(plain(formatMoney(0, "pl"))).toBe("0 zł");
  });

  it("formats grosze in English", () => {
    expect(plain(formatMoney(12050, "en"))).toBe("PLN 120.50");
    expect(plain(formatMoney(1_200_000, "en"))).toBe("PLN 12,000");
  });

  it("keeps two decimals for single grosze", () => {
    expect(plain(formatMoney(1, "pl"))).toBe("0,01 zł");
    expect(plain(formatMoney(10, "en"))).toBe("PLN 0.10");
  });
});

describe("formatDuration", () => {
  it("shows minutes below an hour", () => {
    expect(plain(formatDuration(45, "pl"))).toBe("45 min");
    expect(plain(formatDuration(45, "en"))).toBe("45 min");
  });

  it("shows whole hours without minutes", () => {
    expect(plain(formatDuration(120, "pl"))).toBe("2 godz.");
    expect(plain(formatDuration(60, "en"))).toBe("1 hr");
  });

  it("shows hours and minutes", () => {
    expect(plain(formatDuration(90, "pl"))).toBe("1 godz. 30 min");
    expect(plain(formatDuration(90, "en"))).toBe("1 hr 30 min");
  });
});

describe("formatMinutesOfDay", () => {
  it("pads hours and minutes", () => {
    expect(formatMinutesOfDay(0)).toBe("00:00");
    expect(formatMinutesOfDay(510)).toBe("08:30");
    expect(formatMinutesOfDay(1439)).toBe("23:59");
    expect(formatMinutesOfDay(1440)).toBe("24:00");
  });

  it("round-trips through parseMinutesOfDay", () => {
    for (const m of [0, 1, 59, 60, 510, 1020, 1439, 1440]) {
      expect(parseMinutesOfDay(formatMinutesOfDay(m))).toBe(m);
    }
  });
});

describe("parseMinutesOfDay", () => {
  it("accepts what a time input gives", () => {
    expect(parseMinutesOfDay("08:30")).toBe(510);
    expect(parseMinutesOfDay("8:05")).toBe(485);
    expect(parseMinutesOfDay("17:00:00")).toBe(1020);
  });

  it("rejects anything else", () => {
    expect(parseMinutesOfDay("")).toBeNull();
    expect(parseMinutesOfDay("25:00")).toBeNull();
    expect(parseMinutesOfDay("24:30")).toBeNull();
    expect(parseMinutesOfDay("12:60")).toBeNull();
    expect(parseMinutesOfDay("noon")).toBeNull();
  });
});

describe("parseZloty", () => {
  it("turns złoty amounts into grosze", () => {
    expect(parseZloty("120")).toBe(12000);
    expect(parseZloty("120,5")).toBe(12050);
    expect(parseZloty("120.05")).toBe(12005);
    expect(parseZloty(" 1 200,00 ")).toBe(120000);
    expect(parseZloty("99 zł")).toBe(9900);
    expect(parseZloty("0")).toBe(0);
  });

  it("rejects negative, malformed or over-precise amounts", () => {
    expect(parseZloty("")).toBeNull();
    expect(parseZloty("-5")).toBeNull();
    expect(parseZloty("12,345")).toBeNull();
    expect(parseZloty("1,2,3")).toBeNull();
    expect(parseZloty("abc")).toBeNull();
  });
});

describe("groszeToZlotyInput", () => {
  it("writes an amount the parser reads back", () => {
    expect(groszeToZlotyInput(12000, "pl")).toBe("120");
    expect(groszeToZlotyInput(12050, "pl")).toBe("120,50");
    expect(groszeToZlotyInput(12005, "en")).toBe("120.05");
    for (const g of [0, 5, 12000, 12050, 99999]) {
      expect(parseZloty(groszeToZlotyInput(g, "pl"))).toBe(g);
      expect(parseZloty(groszeToZlotyInput(g, "en"))).toBe(g);
    }
  });
});

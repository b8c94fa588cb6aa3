import { describe, expect, it } from "vitest";
import { detectSentiment } from "./sentiment";

describe("detectSentiment", () => {
  it.each([
    ["dzięki, super!", "positive"],
    ["Great, thanks for the help", "positive"],
    ["piszczy przy hamowaniu", "neutral"],
    ["P0301", "neutral"],
    ["ABS i ESP świecą", "neutral"],
    ["mam problem z hamulcami", "negative"],
    ["jest coraz gorzej", "negative"],
    ["thanks, but it got worse", "negative"],
    ["I'm worried the brakes are broken", "negative"],
    ["znowu to samo, ile można", "frustrated"],
    ["wkurza mnie to auto", "frustrated"],
    ["nothing works", "frustrated"],
    ["it broke down again", "frustrated"],
    ["why is this happening!!!", "frustrated"],
    ["NIC NIE DZIAŁA, CO ZA BEZNADZIEJA", "frustrated"],
  ] as const)("%s → %s", (text, sentiment) => {
    expect(detectSentiment(text)).toBe(sentiment);
  });

  it("matches whole words, not fragments", () => {
    expect(detectSentiment("against the wall")).toBe("neutral");
    expect(detectSentiment("zlecenie na przegląd")).toBe("neutral");
  });
});

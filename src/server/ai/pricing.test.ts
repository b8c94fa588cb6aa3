import { describe, expect, it } from "vitest";
import { costUsdMicros } from "./pricing";

describe("costUsdMicros", () => {
  it("prices OpenAI tokens per million (gpt-4o-mini: $0.15 in, $0.60 out)", () => {
    // 1,000 input tokens = $0.00015 = 150 µ$; 500 output tokens = $0.0003 = 300 µ$.
    expect(costUsdMicros("openai", "gpt-4o-mini", 1000, 500)).toBe(450);
  });

  it("uses the base model's price for dated snapshots", () => {
    expect(costUsdMicros("openai", "gpt-4o-mini-2024-07-18", 1000, 500)).toBe(450);
  });

  it("charges nothing for local servers, the offline engine and unknown models", () => {
    expect(costUsdMicros("compatible", "gpt-4o-mini", 1000, 500)).toBe(0);
    expect(costUsdMicros("offline", "pitstop-offline", 1000, 500)).toBe(0);
    expect(costUsdMicros("openai", "some-future-model", 1000, 500)).toBe(0);
  });
});

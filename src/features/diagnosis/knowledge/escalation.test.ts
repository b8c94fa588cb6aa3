import { describe, expect, it } from "vitest";
import { detectEscalation } from "./escalation";

describe("detectEscalation", () => {
  it.each([
    ["Chcę porozmawiać z człowiekiem", "człowiek"],
    ["połączcie mnie z mechanikiem", "mechanik"],
    ["zadzwoń do mnie", "zadzwoń"],
    ["Zadzwońcie proszę", "zadzwońcie"],
    ["czy mogę porozmawiać z kimś?", "porozmawiać z kimś"],
    ["wolę prawdziwą osobę", "prawdziwa osoba"],
    ["poproszę konsultanta", "konsultant"],
    ["I want to talk to a human", "human"],
    ["can a real person look at this?", "real person"],
    ["please call me", "call me"],
    ["phone me tomorrow", "phone me"],
    ["get me an agent", "agent"],
    ["I'd rather talk to someone", "talk to someone"],
    ["I need a mechanic", "mechanic"],
  ])("%s → %s", (text, keyword) => {
    expect(detectEscalation(text)).toEqual({ keyword });
  });

  it.each([
    "piszczy przy hamowaniu",
    "mój mechanik powiedział, że to klocki",
    "my mechanic said it's the pads",
    "a mechanical noise from the engine",
    "zadzwonię jutro do warsztatu",
    "inhuman noise",
    "reagent",
  ])("%s → null", (text) => {
    expect(detectEscalation(text)).toBeNull();
  });
});

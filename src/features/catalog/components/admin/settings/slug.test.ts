import { describe, expect, it } from "vitest";
import { attributeGroupInput } from "../../../schemas";
import { slugFromName } from "./slug";

describe("slugFromName", () => {
  it("turns Polish names into slugs the catalogue accepts", () => {
    expect(slugFromName("Kolor ramy")).toBe("kolor-ramy");
    expect(slugFromName("Średnica koła (cale)")).toBe("srednica-kola-cale");
    expect(slugFromName("  Łańcuch — 428H  ")).toBe("lancuch-428h");
    expect(slugFromName("Żółć")).toBe("zolc");
  });

  it("gives nothing for a name without letters or digits", () => {
    expect(slugFromName(" — ")).toBe("");
  });

  it("stays within the slug rule's 80 characters without a trailing hyphen", () => {
    const slug = slugFromName(`${"a".repeat(79)} b`);
    expect(slug).toBe("a".repeat(79));
    expect(attributeGroupInput.shape.slug.safeParse(slug).success).toBe(true);
  });
});

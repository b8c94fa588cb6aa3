import { describe, expect, it } from "vitest";
import { configuredModel, providerKind } from "./provider";

describe("configuredModel", () => {
  it("uses OpenAI's Responses API with a key, gpt-4o-mini unless OPENAI_MODEL says otherwise", () => {
    const chosen = configuredModel({ OPENAI_API_KEY: "sk-test" });
    expect(chosen).toMatchObject({ kind: "openai", modelId: "gpt-4o-mini" });
    expect(chosen!.model.provider).toBe("openai.responses");
    expect(configuredModel({ OPENAI_API_KEY: "sk-test", OPENAI_MODEL: "gpt-4.1" })?.modelId).toBe("gpt-4.1");
  });

  it("uses Chat Completions on an OpenAI-compatible server when OPENAI_BASE_URL is set, key optional", () => {
    const chosen = configuredModel({ OPENAI_BASE_URL: "http://127.0.0.1:11434/v1", OPENAI_MODEL: "qwen2.5" });
    expect(chosen).toMatchObject({ kind: "compatible", modelId: "qwen2.5" });
    expect(chosen!.model.provider).toBe("openai-compatible.chat");
    expect(providerKind({ OPENAI_BASE_URL: "http://127.0.0.1:11434/v1", OPENAI_API_KEY: "x" })).toBe("compatible");
  });

  it("configures nothing without either: the offline engine answers", () => {
    expect(configuredModel({})).toBeNull();
    expect(providerKind({})).toBe("offline");
  });
});

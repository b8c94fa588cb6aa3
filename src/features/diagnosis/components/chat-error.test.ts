import { describe, expect, it } from "vitest";
import { chatErrorKey } from "./chat-error";

describe("chatErrorKey", () => {
  it("reads the i18n key and parameters of a JSON error body", () => {
    const error = new Error(JSON.stringify({ error: { message: "errors.diagnosis.rateLimited", params: { minutes: 12 } } }));
    expect(chatErrorKey(error)).toEqual({ key: "errors.diagnosis.rateLimited", params: { minutes: 12 } });
  });

  it("passes a bare key through and maps anything else to a translatable failure", () => {
    expect(chatErrorKey(new Error("errors.diagnosis.modelFailed"))).toEqual({ key: "errors.diagnosis.modelFailed" });
    expect(chatErrorKey(new Error("Failed to fetch"))).toEqual({ key: "errors.network" });
    expect(chatErrorKey(new Error("<html>boom</html>"))).toEqual({ key: "errors.diagnosis.modelFailed" });
    expect(chatErrorKey(undefined)).toBeNull();
  });
});

import type { LanguageModelV3CallOptions, LanguageModelV3StreamPart } from "@ai-sdk/provider";
import { simulateReadableStream } from "ai";
import { MockLanguageModelV3 } from "ai/test";
import { describe, expect, it } from "vitest";
import { withFallback } from "./fallback";

const finish: LanguageModelV3StreamPart = {
  type: "finish",
  finishReason: { unified: "stop", raw: undefined },
  usage: { inputTokens: { total: 1, noCache: 1, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 1, text: 1, reasoning: 0 } },
};
const text = (id: string, ...deltas: string[]): LanguageModelV3StreamPart[] => [
  { type: "text-start", id },
  ...deltas.map((delta) => ({ type: "text-delta" as const, id, delta })),
  { type: "text-end", id },
];
const model = (chunks: LanguageModelV3StreamPart[]) =>
  new MockLanguageModelV3({ doStream: async () => ({ stream: simulateReadableStream({ chunks }) }) });
const backup = () => model([{ type: "stream-start", warnings: [] }, ...text("b", "Offline ", "answer."), finish]);
const call: LanguageModelV3CallOptions = { prompt: [{ role: "user", content: [{ type: "text", text: "hi" }] }] };

async function read(stream: ReadableStream<LanguageModelV3StreamPart>) {
  const parts: LanguageModelV3StreamPart[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return parts;
    parts.push(value);
  }
}
const deltas = (parts: LanguageModelV3StreamPart[]) => parts.flatMap((p) => (p.type === "text-delta" ? [p.delta] : []));

describe("withFallback", () => {
  it("passes the primary through untouched when it works", async () => {
    let fellBack = 0;
    const wrapped = withFallback(model([{ type: "stream-start", warnings: [] }, ...text("a", "Hello"), finish]), backup(), {
      timeoutMs: 1_000,
      onFallback: () => fellBack++,
    });
    const parts = await read((await wrapped.doStream(call)).stream);
    expect(deltas(parts)).toEqual(["Hello"]);
    expect(fellBack).toBe(0);
    expect(wrapped.usedFallback).toBe(false);
  });

  it("answers with the fallback when the primary throws before streaming", async () => {
    const failing = new MockLanguageModelV3({ doStream: async () => Promise.reject(new Error("HTTP 500")) });
    const reasons: unknown[] = [];
    const wrapped = withFallback(failing, backup(), { timeoutMs: 1_000, onFallback: (r) => reasons.push(r) });
    expect(deltas(await read((await wrapped.doStream(call)).stream))).toEqual(["Offline ", "answer."]);
    expect(reasons).toHaveLength(1);
    expect(wrapped.usedFallback).toBe(true);
    expect(wrapped.modelId).toBe(backup().modelId);
  });

  it("closes the primary's text and continues with the fallback after an error part mid-stream", async () => {
    const broken = model([
      { type: "stream-start", warnings: [] },
      { type: "text-start", id: "a" },
      { type: "text-delta", id: "a", delta: "Most likely" },
      { type: "error", error: { message: "server_error" } },
    ]);
    const parts = await read((await withFallback(broken, backup(), { timeoutMs: 1_000 }).doStream(call)).stream);
    expect(deltas(parts)).toEqual(["Most likely", "Offline ", "answer."]);
    expect(parts.filter((p) => p.type === "stream-start")).toHaveLength(1);
    const end = parts.findIndex((p) => p.type === "text-end" && p.id === "a");
    expect(end).toBeGreaterThan(-1);
    expect(end).toBeLessThan(parts.findIndex((p) => p.type === "text-start" && p.id === "b"));
  });

  it("gives up on a primary that stalls longer than the timeout", async () => {
    const stalled = new MockLanguageModelV3({
      doStream: async () => ({
        stream: simulateReadableStream({ chunks: [{ type: "stream-start", warnings: [] }, ...text("a", "Slow")], chunkDelayInMs: 500 }),
      }),
    });
    const parts = await read((await withFallback(stalled, backup(), { timeoutMs: 50 }).doStream(call)).stream);
    expect(deltas(parts)).toEqual(["Offline ", "answer."]);
  });

  it("sends every later step of the same request straight to the fallback", async () => {
    const failing = new MockLanguageModelV3({ doStream: async () => Promise.reject(new Error("down")) });
    const wrapped = withFallback(failing, backup(), { timeoutMs: 1_000 });
    await read((await wrapped.doStream(call)).stream);
    await read((await wrapped.doStream(call)).stream);
    expect(failing.doStreamCalls).toHaveLength(1);
  });

  it("does not fall back when the caller aborts", async () => {
    const controller = new AbortController();
    const hanging = new MockLanguageModelV3({
      doStream: (options) =>
        new Promise((_, reject) => options.abortSignal?.addEventListener("abort", () => reject(options.abortSignal?.reason))),
    });
    const wrapped = withFallback(hanging, backup(), { timeoutMs: 5_000 });
    const pending = wrapped.doStream({ ...call, abortSignal: controller.signal });
    controller.abort(new Error("client left"));
    await expect(pending).rejects.toThrow("client left");
    expect(wrapped.usedFallback).toBe(false);
  });
});

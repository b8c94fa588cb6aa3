import { createOpenAI } from "@ai-sdk/openai";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DiagnosisInput } from "../../src/features/diagnosis/schemas";
import { configuredModel, type ConfiguredModel } from "../../src/server/ai";
import { analyticsEvents, diagnosisMessages } from "../../src/server/db/schema";
import { cardOf, chatter, say, testChatDeps, textOf } from "../helpers/chat";
import { testDb } from "../helpers/db";
import { startFakeOpenAI, type FakeOpenAI, type Reply } from "../fakes/openai-server";

/**
 * The chat route with the real `@ai-sdk/openai` provider talking to a local server that speaks
 * OpenAI's streaming wire format: OpenAI (Responses API), an OpenAI-compatible server (Chat
 * Completions), and every way a provider can fail — after which the offline engine answers.
 */
const brakes: DiagnosisInput = {
  summary: "Most likely worn brake pads.",
  symptoms: [{ symptom: "grinding when braking" }],
  dtcCodes: [],
  causes: [{ cause: "Worn brake pads", probability: 0.7, urgency: "high" }],
  severity: "high",
  recommendedActions: ["Have the brakes checked this week"],
  costMinPln: 250,
  costMaxPln: 700,
  urgentVisit: true,
  confidence: 0.75,
  serviceCategories: ["brakes"],
};

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(async () => {
  await fake.close();
});

const openai = (): ConfiguredModel => ({
  kind: "openai",
  modelId: "gpt-4o-mini",
  model: createOpenAI({ baseURL: fake.url, apiKey: "test" })("gpt-4o-mini"),
});

async function guestSession() {
  const guest = chatter();
  const { sessionId } = await guest.api.diagnosis.start({ locale: "en" });
  return { ...guest, sessionId };
}

async function storedAnswer(sessionId: string) {
  const [row] = await testDb
    .select()
    .from(diagnosisMessages)
    .where(and(eq(diagnosisMessages.sessionId, sessionId), eq(diagnosisMessages.role, "assistant")));
  return row!;
}

describe("configured providers", () => {
  it("OpenAI (Responses API): streams, calls the diagnosis tool, and prices the tokens", async () => {
    fake.setScript([
      { text: "Let me sum it up.", toolCall: { name: "submitDiagnosis", arguments: brakes } },
      { text: "See the card above." },
    ]);
    const { caller, sessionId } = await guestSession();
    const reply = await say(testChatDeps({ configured: openai() }), caller, sessionId, "grinding when braking");
    expect(textOf(reply.message)).toBe("Let me sum it up.See the card above.");
    expect(cardOf(reply.message)).toEqual(brakes);
    expect(reply.message?.metadata).toMatchObject({ provider: "openai", modelId: "gpt-4o-mini", fallback: false });
    const last = fake.requests.at(-1)!;
    expect(last.path).toBe("/v1/responses");
    expect(JSON.stringify(last.body)).toContain("grinding when braking");

    const answer = await storedAnswer(sessionId);
    // Two steps of 42 input + 17 output tokens at gpt-4o-mini's $0.15 / $0.60 per million: 84·0.15 + 34·0.6 = 33 µ$.
    expect(answer).toMatchObject({
      provider: "openai",
      modelId: "gpt-4o-mini",
      inputTokens: 84,
      outputTokens: 34,
      costUsdMicros: 33,
      fallback: false,
    });
    const [sent] = await testDb
      .select()
      .from(analyticsEvents)
      .where(and(eq(analyticsEvents.sessionId, sessionId), eq(analyticsEvents.type, "message_sent")));
    expect(sent!.metadata).toMatchObject({ costUsd: 0.000033, modelId: "gpt-4o-mini", inputTokens: 84, outputTokens: 34 });
  });

  it("an OpenAI-compatible server (OPENAI_BASE_URL) through Chat Completions, with the configured model", async () => {
    fake.setScript({ text: "Since when do you hear it?" });
    const configured = configuredModel({ OPENAI_BASE_URL: fake.url, OPENAI_MODEL: "llama3.1" })!;
    expect(configured.kind).toBe("compatible");
    const { caller, sessionId } = await guestSession();
    const reply = await say(testChatDeps({ configured }), caller, sessionId, "my brakes squeal");
    expect(textOf(reply.message)).toBe("Since when do you hear it?");
    expect(fake.requests.at(-1)).toMatchObject({ path: "/v1/chat/completions", body: { model: "llama3.1", stream: true } });
    expect(await storedAnswer(sessionId)).toMatchObject({ provider: "compatible", modelId: "llama3.1", costUsdMicros: 0 });
  });

  it("waits for a slow first token within the timeout", async () => {
    fake.setScript({ text: "Which wheel?", firstTokenDelayMs: 300 });
    const { caller, sessionId } = await guestSession();
    const reply = await say(testChatDeps({ configured: openai(), timeoutMs: 2_000 }), caller, sessionId, "noise");
    expect(textOf(reply.message)).toBe("Which wheel?");
    expect(reply.message?.parts.some((p) => p.type === "data-notice")).toBe(false);
  });
});

describe("when the provider fails, the offline engine answers", () => {
  const failures: [string, Reply, number][] = [
    ["an HTTP 500", { failWith: { status: 500, message: "boom" } }, 2_000],
    ["a bad API key (401)", { failWith: { status: 401 } }, 2_000],
    ["a connection dropped mid-stream", { text: "The most likely cause is", chunkSize: 4, failAfterChunks: 3 }, 2_000],
    ["an error event mid-stream", { text: "The most likely cause is", chunkSize: 4, streamError: { afterChunks: 2 } }, 2_000],
    ["no answer at all (timeout)", { hang: true }, 300],
    ["a stall after the first words (timeout)", { text: "The most likely cause is", chunkSize: 4, chunkDelayMs: 5_000 }, 300],
  ];
  for (const [what, script, timeoutMs] of failures) {
    it(`after ${what}, with a notice instead of an error`, async () => {
      fake.setScript(script);
      const { caller, sessionId } = await guestSession();
      const reply = await say(testChatDeps({ configured: openai(), timeoutMs }), caller, sessionId, "grinding noise when braking");
      expect(reply.status).toBe(200);
      expect(reply.chunks.some((c) => c.type === "error")).toBe(false);
      expect(reply.message?.parts.filter((p) => p.type === "data-notice")).toEqual([{ type: "data-notice", data: { kind: "fallback" } }]);
      // The offline engine's question about the brakes follows whatever the provider managed to say.
      expect(textOf(reply.message)).toMatch(/\?/);
      expect(reply.message?.metadata).toMatchObject({ provider: "offline", fallback: true });
      expect(await storedAnswer(sessionId)).toMatchObject({ provider: "offline", fallback: true, state: "complete" });
    });
  }
});

/**
 * The real @ai-sdk/openai provider against the local fake OpenAI server: proves the fake speaks a wire format the
 * provider accepts (both APIs, streaming and not), and pins down how each failure mode reaches a `streamText` caller —
 * the behaviour our provider fallback has to detect.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { APICallError, NoOutputGeneratedError, generateText, streamText, tool, stepCountIs } from "ai";
import { createOpenAI } from "@ai-sdk/openai";
import { z } from "zod";
import { startFakeOpenAI, type FakeOpenAI } from "~tests/fakes/openai-server";

const MODEL = "gpt-4o-mini";

let fake: FakeOpenAI;
beforeEach(async () => {
  fake = await startFakeOpenAI();
});
afterEach(async () => {
  await fake.close();
});

function openai() {
  return createOpenAI({ baseURL: fake.url, apiKey: "test" });
}

async function collect<T>(stream: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of stream) items.push(item);
  return items;
}

/** The rejection reason of a promise (or null if it resolved), so tests can assert on what the caller would catch. */
function rejectionOf(promise: PromiseLike<unknown>): Promise<unknown> {
  return Promise.resolve(promise).then(
    () => null,
    (error: unknown) => error,
  );
}

/** The server learns about a client abort asynchronously (socket close), so poll briefly. */
async function eventually(check: () => boolean, timeoutMs = 2_000) {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const diagnoseInput = z.object({ vin: z.string().length(17), mileageKm: z.number().int().positive() });
const VEHICLE_ARGS = { vin: "1HGCM82673A123456", mileageKm: 180_000 };

describe("fake OpenAI: happy paths with the real provider", () => {
  it("Responses API (openai(model)): streams text in several deltas and reports usage", async () => {
    fake.setScript({ text: "Check the alternator belt.", chunkSize: 4, usage: { inputTokens: 11, outputTokens: 7 } });

    const result = streamText({ model: openai()(MODEL), prompt: "Squealing noise at start-up", maxRetries: 0 });
    const deltas = await collect(result.textStream);

    expect(deltas).toEqual(["Chec", "k th", "e al", "tern", "ator", " bel", "t."]);
    expect(await result.text).toBe("Check the alternator belt.");
    expect(await result.finishReason).toBe("stop");
    expect(await result.usage).toMatchObject({ inputTokens: 11, outputTokens: 7, totalTokens: 18 });

    const [request] = fake.requests;
    expect(request).toMatchObject({ method: "POST", path: "/v1/responses", headers: { authorization: "Bearer test" } });
    expect(request?.body).toMatchObject({ model: MODEL, stream: true });
  });

  it("Chat Completions API (.chat(model)): streams text, then a tool call whose input is zod-parsed and executed", async () => {
    fake.setScript(({ index }) =>
      index === 0
        ? {
            text: "Let me look that up.",
            toolCall: { name: "decodeVehicle", arguments: VEHICLE_ARGS },
            usage: { inputTokens: 30, outputTokens: 12 },
          }
        : { text: "A 2003 Honda Accord at 180,000 km: replace the timing belt.", usage: { inputTokens: 50, outputTokens: 20 } },
    );
    const executed: z.infer<typeof diagnoseInput>[] = [];

    const result = streamText({
      model: openai().chat(MODEL),
      prompt: "What service is due?",
      maxRetries: 0,
      stopWhen: stepCountIs(3),
      tools: {
        decodeVehicle: tool({
          description: "Decode a VIN",
          inputSchema: diagnoseInput,
          execute: async (input) => {
            executed.push(input);
            return { make: "Honda", model: "Accord", year: 2003 };
          },
        }),
      },
    });
    const parts = await collect(result.fullStream);

    // The arguments arrived split over several deltas and were reassembled into a validated object.
    expect(parts.filter((p) => p.type === "tool-input-delta").length).toBeGreaterThan(1);
    expect(executed).toEqual([VEHICLE_ARGS]);
    const steps = await result.steps;
    expect(steps).toHaveLength(2);
    expect(steps[0]?.text).toBe("Let me look that up.");
    expect(steps[0]?.finishReason).toBe("tool-calls");
    expect(steps[0]?.toolCalls[0]).toMatchObject({ toolName: "decodeVehicle", toolCallId: "call_fake_0_0", input: VEHICLE_ARGS });
    expect(steps[0]?.toolResults[0]?.output).toEqual({ make: "Honda", model: "Accord", year: 2003 });
    expect(await result.text).toBe("A 2003 Honda Accord at 180,000 km: replace the timing belt.");
    expect(await result.totalUsage).toMatchObject({ inputTokens: 80, outputTokens: 32 });

    // Wire-level: Chat endpoint, usage requested, and the tool result sent back under the call id the fake chose.
    expect(fake.requests.map((r) => r.path)).toEqual(["/v1/chat/completions", "/v1/chat/completions"]);
    expect(fake.requests[0]?.body).toMatchObject({ stream: true, stream_options: { include_usage: true } });
    expect(fake.requests[0]?.body.tools[0].function.name).toBe("decodeVehicle");
    const toolMessage = fake.requests[1]?.body.messages.find((m: { role: string }) => m.role === "tool");
    expect(toolMessage).toMatchObject({ tool_call_id: "call_fake_0_0" });
    expect(JSON.parse(toolMessage.content)).toEqual({ make: "Honda", model: "Accord", year: 2003 });
  });

  it("Responses API: a tool call round trip (function_call item in, function_call_output back)", async () => {
    fake.setScript([{ toolCall: { name: "decodeVehicle", arguments: VEHICLE_ARGS } }, { text: "Timing belt is due." }]);
    const executed: unknown[] = [];

    const result = streamText({
      model: openai()(MODEL),
      prompt: "What service is due?",
      maxRetries: 0,
      stopWhen: stepCountIs(3),
      tools: {
        decodeVehicle: tool({ inputSchema: diagnoseInput, execute: async (input) => (executed.push(input), { make: "Honda" }) }),
      },
    });

    expect(await result.text).toBe("Timing belt is due.");
    expect(executed).toEqual([VEHICLE_ARGS]);
    const output = fake.requests[1]?.body.input.find((item: { type?: string }) => item.type === "function_call_output");
    expect(output).toMatchObject({ call_id: "call_fake_0_0" });
  });

  it("non-streaming JSON works on both endpoints (generateText)", async () => {
    fake.setScript({ text: "Brake pads are worn.", usage: { inputTokens: 5, outputTokens: 4 } });

    for (const model of [openai()(MODEL), openai().chat(MODEL)]) {
      const result = await generateText({ model, prompt: "Grinding when braking", maxRetries: 0 });
      expect(result.text).toBe("Brake pads are worn.");
      expect(result.usage).toMatchObject({ inputTokens: 5, outputTokens: 4 });
    }
    expect(fake.requests.map((r) => [r.path, r.body.stream ?? false])).toEqual([
      ["/v1/responses", false],
      ["/v1/chat/completions", false],
    ]);
  });
});

describe("fake OpenAI: how failures reach a streamText caller", () => {
  it("failWith 500 before streaming: onError + an error part get the APICallError; text rejects with NoOutputGeneratedError", async () => {
    fake.setScript({ failWith: { status: 500, message: "upstream exploded" } });
    const onErrorCalls: unknown[] = [];

    const result = streamText({
      model: openai()(MODEL),
      prompt: "hi",
      maxRetries: 0, // 5xx is retryable: without this the SDK retries twice with 2 s + 4 s backoff
      onError: ({ error }) => void onErrorCalls.push(error),
    });
    const parts = await collect(result.fullStream); // does not throw

    const errorPart = parts.find((p) => p.type === "error");
    expect(errorPart?.error).toBeInstanceOf(APICallError);
    expect(errorPart?.error).toMatchObject({ statusCode: 500, isRetryable: true, message: "upstream exploded" });
    expect(onErrorCalls).toEqual([errorPart?.error]);
    // The awaited results do not carry the cause: only onError / the error part do.
    expect(NoOutputGeneratedError.isInstance(await rejectionOf(result.text))).toBe(true);
    expect(fake.requests).toHaveLength(1);
  });

  it("failWith 401 is not retried even with the default maxRetries", async () => {
    fake.setScript({ failWith: { status: 401 } });
    const onErrorCalls: unknown[] = [];

    const result = streamText({ model: openai().chat(MODEL), prompt: "hi", onError: ({ error }) => void onErrorCalls.push(error) });
    await result.consumeStream();

    expect(onErrorCalls[0]).toMatchObject({ statusCode: 401, isRetryable: false, message: "Incorrect API key provided." });
    expect(fake.requests).toHaveLength(1);
  });

  it("failAfterChunks mid-stream: the first deltas arrive, then the stream THROWS (no onError, no error part)", async () => {
    fake.setScript({ text: "Hello there world", chunkSize: 5, failAfterChunks: 2 });
    const onErrorCalls: unknown[] = [];

    const result = streamText({
      model: openai().chat(MODEL),
      prompt: "hi",
      maxRetries: 0,
      onError: ({ error }) => void onErrorCalls.push(error),
    });
    const deltas: string[] = [];
    const thrown = await rejectionOf(
      (async () => {
        for await (const delta of result.textStream) deltas.push(delta);
      })(),
    );

    expect(deltas).toEqual(["Hello", " ther"]);
    expect(thrown).toBeInstanceOf(APICallError);
    // statusCode is the 200 of the broken response; the network error is the cause.
    expect(thrown).toMatchObject({ message: "Failed to process successful response", statusCode: 200 });
    expect(String((thrown as APICallError).cause)).toContain("terminated");
    expect(await rejectionOf(result.text)).toBe(thrown);
    expect(onErrorCalls).toEqual([]);
  });

  it("failAfterChunks 0 (dropped before any output): surfaces like an HTTP error, via onError and an error part", async () => {
    // @ai-sdk/openai reads ahead to the first output event inside doStream, so a drop there fails the call itself.
    fake.setScript({ text: "never sent", failAfterChunks: 0 });
    const onErrorCalls: unknown[] = [];

    const result = streamText({
      model: openai()(MODEL),
      prompt: "hi",
      maxRetries: 0,
      onError: ({ error }) => void onErrorCalls.push(error),
    });
    const parts = await collect(result.fullStream);

    expect(parts.map((p) => p.type)).toContain("error");
    expect(onErrorCalls[0]).toMatchObject({ message: "Failed to process successful response", isRetryable: true });
    expect(NoOutputGeneratedError.isInstance(await rejectionOf(result.text))).toBe(true);
  });

  it("an in-band error event after output: text RESOLVES with the partial answer, finishReason is 'error'", async () => {
    fake.setScript({ text: "Hello there world", chunkSize: 5, streamError: { afterChunks: 2, message: "model overloaded" } });
    const onErrorCalls: unknown[] = [];

    const result = streamText({
      model: openai()(MODEL),
      prompt: "hi",
      maxRetries: 0,
      onError: ({ error }) => void onErrorCalls.push(error),
    });

    expect(await result.text).toBe("Hello ther");
    expect(await result.finishReason).toBe("error");
    // A plain object, not an Error instance: check `message`, not `instanceof Error`.
    expect(onErrorCalls).toHaveLength(1);
    expect(onErrorCalls[0]).not.toBeInstanceOf(Error);
    expect(onErrorCalls[0]).toMatchObject({ message: "model overloaded", statusCode: 500 });
  });

  it("hang + abortSignal timeout: aborts (onAbort, an abort part), text rejects with the signal's reason, server sees the disconnect", async () => {
    fake.setScript({ hang: true });
    const events: string[] = [];

    const result = streamText({
      model: openai()(MODEL),
      prompt: "hi",
      maxRetries: 0,
      abortSignal: AbortSignal.timeout(200),
      onAbort: () => void events.push("onAbort"),
      onError: () => void events.push("onError"),
    });
    const parts = await collect(result.fullStream); // ends normally, no throw

    expect(parts.map((p) => p.type)).toEqual(["start", "abort"]);
    expect(events).toEqual(["onAbort"]);
    expect(await rejectionOf(result.text)).toMatchObject({ name: "TimeoutError" });
    await eventually(() => fake.requests[0]?.clientDisconnected === true);
  });
});

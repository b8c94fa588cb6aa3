/**
 * A local stand-in for the OpenAI HTTP API, so tests exercise the real `@ai-sdk/openai` provider
 * (request building, SSE parsing, error mapping, retries, aborts) without reaching the internet.
 *
 * It speaks the wire format of both endpoints the provider uses:
 * - `POST /v1/chat/completions` (`openai.chat(model)`): `chat.completion.chunk` SSE frames ending in `data: [DONE]`;
 * - `POST /v1/responses` (`openai(model)`, the default in @ai-sdk/openai v3): semantic `event: …` frames ending
 *   with `response.completed` (the Responses API sends no `[DONE]`).
 * Both answer with plain JSON when the request has no `stream: true`.
 *
 * Frames follow the shapes @ai-sdk/openai 3.0.x validates (its zod chunk schemas) and OpenAI's API reference,
 * including events the provider ignores (`response.in_progress`, `content_part.*`), so the parser sees a realistic stream.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import { setMaxListeners } from "node:events";
import type { AddressInfo, Socket } from "node:net";

/**
 * The parsed JSON request body. Left as `any` on purpose: tests reach into OpenAI's large, loosely-shaped
 * request objects (`messages`, `input`, `tools`, `stream_options`) and a full type would only mirror the API reference.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type OpenAIRequestBody = any;

export interface FakeToolCall {
  name: string;
  arguments: Record<string, unknown>;
  /** The call id the model reports; defaults to `call_fake_<request>_<n>`. */
  id?: string;
}

export interface FakeUsage {
  inputTokens: number;
  outputTokens: number;
}

export interface FakeFailure {
  status: number;
  message?: string;
  /** OpenAI's `error.type`; defaults by status (`server_error` for 5xx, `requests` for 429, …). */
  type?: string;
  /** OpenAI's `error.code`; defaults by status (`rate_limit_exceeded` for 429, `invalid_api_key` for 401, …). */
  code?: string | null;
  /** Extra response headers, e.g. `retry-after`. */
  headers?: Record<string, string>;
}

/**
 * What the fake model answers to one request. With neither `text` nor `toolCall` it answers an empty message.
 *
 * Timing model (streaming): headers and the preamble (`response.created`/`response.in_progress`, or the Chat
 * `role: "assistant"` chunk) go out at once; `firstTokenDelayMs` is waited before the first model output
 * (first text delta or tool call); `chunkDelayMs` before every later delta.
 */
export interface Reply {
  text?: string;
  /** Characters per text / tool-argument delta (default 5), so even short answers arrive in several chunks. */
  chunkSize?: number;
  /** Tool call(s) the model makes after `text`; the finish reason becomes `tool_calls`. */
  toolCall?: FakeToolCall | FakeToolCall[];
  firstTokenDelayMs?: number;
  chunkDelayMs?: number;
  /** Answer with this HTTP error (OpenAI's `{ error: { message, type, param, code } }` body) instead of a stream. */
  failWith?: FakeFailure;
  /**
   * Send this many deltas (text or tool-argument chunks), then destroy the socket — a dropped connection mid-stream.
   * If the reply has fewer deltas the socket is destroyed before the closing frames, so the stream always breaks.
   * `0` drops the connection right after the preamble, before any output.
   */
  failAfterChunks?: number;
  /**
   * Send this many deltas, then an in-band error the way OpenAI reports failures after a 200: a Chat
   * `data: {"error":{…}}` frame, or a Responses `response.failed` event. The HTTP response then ends normally.
   * Streaming only; a non-streaming request ignores it.
   */
  streamError?: { afterChunks?: number; message?: string; code?: string };
  /** Send 200 + headers, then nothing until the client goes away (or the fake is closed). */
  hang?: boolean;
  /** Reported token usage; defaults to {@link DEFAULT_USAGE}. */
  usage?: FakeUsage;
}

export interface ScriptRequest {
  /** URL path without query, e.g. `/v1/responses`. */
  path: string;
  body: OpenAIRequestBody;
  /** 0-based position of this request among all requests the fake received. */
  index: number;
  headers: IncomingHttpHeaders;
}

export type Script = (req: ScriptRequest) => Reply | Promise<Reply>;
/** A script function, a fixed reply for every request, or one reply per request (the last one repeats). */
export type ScriptInput = Script | Reply | readonly Reply[];

export interface RecordedRequest {
  index: number;
  method: string;
  path: string;
  /** Node lower-cases header names: `headers.authorization` is `Bearer <apiKey>`. */
  headers: IncomingHttpHeaders;
  body: OpenAIRequestBody;
  /** Set when the connection closed before the answer was complete: a client abort/timeout, or a `failAfterChunks` drop. */
  clientDisconnected: boolean;
}

export interface FakeOpenAI {
  /** Base URL ending in `/v1`, for `createOpenAI({ baseURL })`. */
  url: string;
  requests: RecordedRequest[];
  setScript(script: ScriptInput): void;
  close(): Promise<void>;
}

export interface FakeOpenAIOptions {
  script?: ScriptInput;
}

export const DEFAULT_TEXT = "Hello from the fake OpenAI.";
export const DEFAULT_USAGE: FakeUsage = { inputTokens: 42, outputTokens: 17 };
const DEFAULT_CHUNK_SIZE = 5;

export async function startFakeOpenAI(options: FakeOpenAIOptions = {}): Promise<FakeOpenAI> {
  let script = toScript(options.script ?? { text: DEFAULT_TEXT });
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  // Aborted on close() so pending delays and hangs end instead of keeping the event loop alive.
  const shutdown = new AbortController();
  // One listener per open response: a benchmark keeps dozens open at once.
  setMaxListeners(0, shutdown.signal);

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A bug in the fake or the script: answer loudly rather than leaving the client waiting.
      if (!res.headersSent) sendError(res, { status: 500, message: `fake OpenAI failed: ${String(error)}` });
      else res.destroy();
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const raw = await readBody(req);
    let body: OpenAIRequestBody = null;
    let invalidJson = false;
    try {
      body = raw.length > 0 ? JSON.parse(raw) : null;
    } catch {
      invalidJson = true;
    }
    const record: RecordedRequest = {
      index: requests.length,
      method: req.method ?? "GET",
      path,
      headers: req.headers,
      body,
      clientDisconnected: false,
    };
    requests.push(record);

    // Tied to this response: aborted when the client disconnects or the fake shuts down.
    const connection = new AbortController();
    const onShutdown = () => connection.abort();
    shutdown.signal.addEventListener("abort", onShutdown);
    res.on("close", () => {
      shutdown.signal.removeEventListener("abort", onShutdown);
      if (!res.writableFinished) record.clientDisconnected = true;
      connection.abort();
    });

    const endpoint = path === "/v1/chat/completions" ? "chat" : path === "/v1/responses" ? "responses" : null;
    if (req.method !== "POST" || endpoint == null) {
      return sendError(res, { status: 404, message: `Invalid URL (${req.method} ${path})`, code: null });
    }
    if (invalidJson || typeof body !== "object" || body == null) {
      return sendError(res, { status: 400, message: "We could not parse the JSON body of your request." });
    }

    const reply = await script({ path, body, index: record.index, headers: req.headers });
    const ctx: ReplyContext = { endpoint, res, reply, body, index: record.index, signal: connection.signal };

    if (reply.failWith) return sendError(res, reply.failWith);
    if (reply.hang) {
      res.writeHead(200, { "content-type": body.stream === true ? "text/event-stream; charset=utf-8" : "application/json" });
      res.flushHeaders();
      await sleep(Number.POSITIVE_INFINITY, connection.signal);
      return;
    }
    if (body.stream === true) {
      return streamFrames(ctx, endpoint === "chat" ? chatFrames(ctx) : responsesFrames(ctx));
    }
    await sleep(reply.firstTokenDelayMs ?? 0, connection.signal);
    if (connection.signal.aborted) return;
    const json = JSON.stringify(endpoint === "chat" ? chatCompletion(ctx) : responsesResponse(ctx));
    if (reply.failAfterChunks !== undefined) {
      // Non-streaming analogue of a dropped connection: half a body, then a dead socket.
      res.writeHead(200, { "content-type": "application/json" });
      await write(res, json.slice(0, Math.floor(json.length / 2)));
      res.destroy();
      return;
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(json);
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    setScript(next) {
      script = toScript(next);
    },
    async close() {
      shutdown.abort();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Keep-alive and hanging connections would otherwise keep server.close() waiting forever.
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}

function toScript(input: ScriptInput): Script {
  if (typeof input === "function") return input;
  if (isReplyList(input)) {
    const list = input;
    if (list.length === 0) throw new Error("startFakeOpenAI: an empty reply list answers nothing");
    return ({ index }) => list[Math.min(index, list.length - 1)]!;
  }
  const reply = input;
  return () => reply;
}

function isReplyList(input: Reply | readonly Reply[]): input is readonly Reply[] {
  return Array.isArray(input);
}

// ---------------------------------------------------------------------------------------------------------------------
// Streaming

interface ReplyContext {
  endpoint: "chat" | "responses";
  res: ServerResponse;
  reply: Reply;
  body: OpenAIRequestBody;
  index: number;
  signal: AbortSignal;
}

/**
 * One SSE frame and its role in the timing model: `preamble` goes out at once, `output` is model output that is
 * not a delta (tool-call start, item done…), `delta` is a text or tool-argument chunk, `tail` closes the stream.
 */
interface Frame {
  kind: "preamble" | "output" | "delta" | "tail";
  data: string;
}

async function streamFrames(ctx: ReplyContext, frames: Frame[]) {
  const { res, reply, signal } = ctx;
  res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache", connection: "keep-alive" });
  res.flushHeaders();

  let outputStarted = false;
  let deltas = 0;
  let streamErrorSent = false;
  for (const frame of frames) {
    if (signal.aborted) return;
    const isOutput = frame.kind !== "preamble";
    if (isOutput && reply.failAfterChunks !== undefined && deltas >= reply.failAfterChunks) {
      // Destroy without the terminating zero-length chunk: the client sees a truncated body, as with a network drop.
      res.destroy();
      return;
    }
    if (isOutput && reply.streamError && !streamErrorSent && deltas >= (reply.streamError.afterChunks ?? 0)) {
      streamErrorSent = true;
      await write(res, streamErrorFrame(ctx));
      res.end();
      return;
    }
    if (isOutput && !outputStarted) {
      outputStarted = true;
      await sleep(reply.firstTokenDelayMs ?? 0, signal);
    } else if (frame.kind === "delta" && deltas > 0) {
      await sleep(reply.chunkDelayMs ?? 0, signal);
    }
    if (signal.aborted) return;
    await write(res, frame.data);
    if (frame.kind === "delta") deltas += 1;
  }
  res.end();
}

function sse(data: unknown, event?: string): string {
  return `${event ? `event: ${event}\n` : ""}data: ${typeof data === "string" ? data : JSON.stringify(data)}\n\n`;
}

function chatFrames(ctx: ReplyContext): Frame[] {
  const { reply, body, index } = ctx;
  const includeUsage = body.stream_options?.include_usage === true;
  const base = {
    id: `chatcmpl-fake-${index}`,
    object: "chat.completion.chunk",
    created: nowSeconds(),
    model: modelOf(body),
    system_fingerprint: "fp_fake",
    // With include_usage every chunk carries `usage: null` except the last one.
    ...(includeUsage ? { usage: null } : {}),
  };
  const chunk = (delta: Record<string, unknown>, finishReason: string | null = null) =>
    sse({ ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }] });

  const frames: Frame[] = [{ kind: "preamble", data: chunk({ role: "assistant", content: "", refusal: null }) }];
  const calls = toolCallsOf(reply);
  for (const piece of textPieces(reply)) frames.push({ kind: "delta", data: chunk({ content: piece }) });
  calls.forEach((call, i) => {
    // OpenAI opens a call with id, type and name (empty arguments), then streams only `index` + argument pieces.
    frames.push({
      kind: "output",
      data: chunk({
        tool_calls: [{ index: i, id: callId(call, index, i), type: "function", function: { name: call.name, arguments: "" } }],
      }),
    });
    for (const piece of split(JSON.stringify(call.arguments), reply.chunkSize)) {
      frames.push({ kind: "delta", data: chunk({ tool_calls: [{ index: i, function: { arguments: piece } }] }) });
    }
  });
  frames.push({ kind: "tail", data: chunk({}, calls.length > 0 ? "tool_calls" : "stop") });
  if (includeUsage) frames.push({ kind: "tail", data: sse({ ...base, choices: [], usage: chatUsage(reply) }) });
  frames.push({ kind: "tail", data: sse("[DONE]") });
  return frames;
}

function responsesFrames(ctx: ReplyContext): Frame[] {
  const { reply } = ctx;
  let sequence = 0;
  const event = (type: string, payload: Record<string, unknown>) => sse({ type, sequence_number: sequence++, ...payload }, type);
  const inProgress = { ...responseEnvelope(ctx), status: "in_progress", output: [], usage: null };

  const frames: Frame[] = [
    { kind: "preamble", data: event("response.created", { response: inProgress }) },
    { kind: "preamble", data: event("response.in_progress", { response: inProgress }) },
  ];
  const output = responsesOutput(ctx);
  output.forEach((item, outputIndex) => {
    if (item.type === "message") {
      const text = item.content[0].text;
      const part = { type: "output_text", annotations: [], logprobs: [], text: "" };
      const at = { item_id: item.id, output_index: outputIndex, content_index: 0 };
      frames.push({
        kind: "output",
        data:
          event("response.output_item.added", { output_index: outputIndex, item: { ...item, status: "in_progress", content: [] } }) +
          event("response.content_part.added", { ...at, part }),
      });
      for (const piece of textPieces(reply)) {
        frames.push({ kind: "delta", data: event("response.output_text.delta", { ...at, delta: piece, logprobs: [] }) });
      }
      frames.push({
        kind: "output",
        data:
          event("response.output_text.done", { ...at, text, logprobs: [] }) +
          event("response.content_part.done", { ...at, part: { ...part, text } }) +
          event("response.output_item.done", { output_index: outputIndex, item }),
      });
    } else {
      const at = { item_id: item.id, output_index: outputIndex };
      frames.push({
        kind: "output",
        data: event("response.output_item.added", { output_index: outputIndex, item: { ...item, arguments: "", status: "in_progress" } }),
      });
      for (const piece of split(item.arguments, reply.chunkSize)) {
        frames.push({ kind: "delta", data: event("response.function_call_arguments.delta", { ...at, delta: piece }) });
      }
      frames.push({
        kind: "output",
        data:
          event("response.function_call_arguments.done", { ...at, arguments: item.arguments }) +
          event("response.output_item.done", { output_index: outputIndex, item }),
      });
    }
  });
  frames.push({
    kind: "tail",
    data: event("response.completed", {
      response: { ...responseEnvelope(ctx), status: "completed", output, usage: responsesUsage(reply) },
    }),
  });
  return frames;
}

function streamErrorFrame(ctx: ReplyContext): string {
  const { reply, endpoint } = ctx;
  const message = reply.streamError?.message ?? "The server had an error while processing your request. Sorry about that!";
  const code = reply.streamError?.code ?? "server_error";
  if (endpoint === "chat") {
    return sse({ error: { message, type: "server_error", param: null, code } });
  }
  return sse(
    {
      type: "response.failed",
      sequence_number: 999,
      response: { ...responseEnvelope(ctx), status: "failed", output: [], usage: null, error: { code, message } },
    },
    "response.failed",
  );
}

// ---------------------------------------------------------------------------------------------------------------------
// Non-streaming bodies and shared shapes

function chatCompletion(ctx: ReplyContext) {
  const { reply, body, index } = ctx;
  const calls = toolCallsOf(reply);
  const text = reply.text ?? (calls.length > 0 ? null : "");
  return {
    id: `chatcmpl-fake-${index}`,
    object: "chat.completion",
    created: nowSeconds(),
    model: modelOf(body),
    system_fingerprint: "fp_fake",
    choices: [
      {
        index: 0,
        message: {
          role: "assistant",
          content: text,
          refusal: null,
          annotations: [],
          ...(calls.length > 0
            ? {
                tool_calls: calls.map((call, i) => ({
                  id: callId(call, index, i),
                  type: "function",
                  function: { name: call.name, arguments: JSON.stringify(call.arguments) },
                })),
              }
            : {}),
        },
        logprobs: null,
        finish_reason: calls.length > 0 ? "tool_calls" : "stop",
      },
    ],
    usage: chatUsage(reply),
  };
}

function responsesResponse(ctx: ReplyContext) {
  return { ...responseEnvelope(ctx), status: "completed", output: responsesOutput(ctx), usage: responsesUsage(ctx.reply) };
}

function responseEnvelope({ body, index }: ReplyContext) {
  return {
    id: `resp_fake_${index}`,
    object: "response",
    created_at: nowSeconds(),
    model: modelOf(body),
    error: null,
    incomplete_details: null,
    parallel_tool_calls: true,
    service_tier: "default",
  };
}

type ResponsesOutputItem =
  | {
      type: "message";
      id: string;
      status: "completed";
      role: "assistant";
      content: [{ type: "output_text"; text: string; annotations: [] }];
    }
  | { type: "function_call"; id: string; call_id: string; name: string; arguments: string; status: "completed" };

function responsesOutput({ reply, index }: ReplyContext): ResponsesOutputItem[] {
  const calls = toolCallsOf(reply);
  const items: ResponsesOutputItem[] = [];
  if (reply.text !== undefined || calls.length === 0) {
    items.push({
      type: "message",
      id: `msg_fake_${index}`,
      status: "completed",
      role: "assistant",
      content: [{ type: "output_text", text: reply.text ?? "", annotations: [] }],
    });
  }
  calls.forEach((call, i) => {
    items.push({
      type: "function_call",
      id: `fc_fake_${index}_${i}`,
      call_id: callId(call, index, i),
      name: call.name,
      arguments: JSON.stringify(call.arguments),
      status: "completed",
    });
  });
  return items;
}

function chatUsage(reply: Reply) {
  const { inputTokens, outputTokens } = reply.usage ?? DEFAULT_USAGE;
  return {
    prompt_tokens: inputTokens,
    completion_tokens: outputTokens,
    total_tokens: inputTokens + outputTokens,
    prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
    completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
  };
}

function responsesUsage(reply: Reply) {
  const { inputTokens, outputTokens } = reply.usage ?? DEFAULT_USAGE;
  return {
    input_tokens: inputTokens,
    input_tokens_details: { cached_tokens: 0 },
    output_tokens: outputTokens,
    output_tokens_details: { reasoning_tokens: 0 },
    total_tokens: inputTokens + outputTokens,
  };
}

function sendError(res: ServerResponse, failure: FakeFailure) {
  const defaults = errorDefaults(failure.status);
  const payload = {
    error: {
      message: failure.message ?? defaults.message,
      type: failure.type ?? defaults.type,
      param: null,
      code: failure.code === undefined ? defaults.code : failure.code,
    },
  };
  res.writeHead(failure.status, { "content-type": "application/json", ...failure.headers });
  res.end(JSON.stringify(payload));
}

/** Messages, types and codes as OpenAI sends them for common statuses. */
function errorDefaults(status: number): { message: string; type: string; code: string | null } {
  if (status === 401) return { message: "Incorrect API key provided.", type: "invalid_request_error", code: "invalid_api_key" };
  if (status === 404)
    return { message: "The model does not exist or you do not have access to it.", type: "invalid_request_error", code: "model_not_found" };
  if (status === 429) return { message: "Rate limit reached for requests.", type: "requests", code: "rate_limit_exceeded" };
  if (status >= 500)
    return { message: "The server had an error while processing your request. Sorry about that!", type: "server_error", code: null };
  return { message: "Invalid request.", type: "invalid_request_error", code: null };
}

// ---------------------------------------------------------------------------------------------------------------------
// Helpers

function toolCallsOf(reply: Reply): FakeToolCall[] {
  if (reply.toolCall === undefined) return [];
  return Array.isArray(reply.toolCall) ? reply.toolCall : [reply.toolCall];
}

function textPieces(reply: Reply): string[] {
  return split(reply.text ?? "", reply.chunkSize);
}

/** Splits by code points so a delta never ends inside a surrogate pair (emoji, some CJK). */
function split(text: string, size = DEFAULT_CHUNK_SIZE): string[] {
  const chars = Array.from(text);
  const step = Math.max(1, Math.floor(size));
  const pieces: string[] = [];
  for (let i = 0; i < chars.length; i += step) pieces.push(chars.slice(i, i + step).join(""));
  return pieces;
}

function callId(call: FakeToolCall, index: number, i: number): string {
  return call.id ?? `call_fake_${index}_${i}`;
}

function modelOf(body: OpenAIRequestBody): string {
  return typeof body?.model === "string" ? body.model : "gpt-fake";
}

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** Resolves once the data is handed to the socket, so a following destroy() cannot drop frames already "sent". */
function write(res: ServerResponse, data: string): Promise<void> {
  return new Promise((resolve) => {
    if (res.destroyed) return resolve();
    // 'close' too: a write interrupted by the client going away must not stall the frame loop.
    const done = () => {
      res.off("close", done);
      resolve();
    };
    res.once("close", done);
    res.write(data, done);
  });
}

/** Resolves after `ms` or as soon as `signal` aborts (client gone, fake closed); never rejects. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted || ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    // setTimeout caps at ~24.8 days; Infinity would fire at once, so "forever" waits only for the signal.
    const timer = Number.isFinite(ms) ? setTimeout(done, ms) : undefined;
    signal.addEventListener("abort", done);
  });
}

import { randomUUID } from "node:crypto";
import { readUIMessageStream, type UIMessageChunk } from "ai";
import { handleChat, offlineModel, type ChatCaller, type ChatDeps } from "../../src/features/diagnosis/server";
import type { DiagnosisInput } from "../../src/features/diagnosis/schemas";
import type { DiagnosisUIMessage } from "../../src/features/diagnosis/types";
import type { SessionUser } from "../../src/server/api/trpc";
import { hashGuestToken, newGuestToken } from "../../src/server/guest";
import { callerFor, randomIp } from "./caller";
import { testDb } from "./db";

/** The chat's dependencies against the test database; the offline engine without pacing. */
export function testChatDeps(overrides: Partial<ChatDeps> = {}): ChatDeps {
  return { db: testDb, configured: null, offline: offlineModel({ wordDelayMs: 0 }), timeoutMs: 2_000, progressEveryMs: 10, ...overrides };
}

/** A guest (a fresh cookie token) or a signed-in user, as both the tRPC caller and the chat route see them. */
export function chatter(user: SessionUser | null = null) {
  const token = user ? null : newGuestToken();
  const ip = randomIp();
  return {
    api: callerFor(user, { ip, guestToken: token }),
    caller: { user, guestTokenHash: token ? hashGuestToken(token) : null, ip } satisfies ChatCaller,
    token,
  };
}

export type ChatReply = {
  status: number;
  chunks: UIMessageChunk[];
  message: DiagnosisUIMessage | undefined;
  error: { message: string; params?: Record<string, number> } | null;
};

const streamOf = <T>(items: T[]) =>
  new ReadableStream<T>({
    start(controller) {
      for (const item of items) controller.enqueue(item);
      controller.close();
    },
  });

/** Reads a chat response: the SSE chunks, the assistant message they build (as `useChat` would), or the JSON error. */
export async function readReply(res: Response): Promise<ChatReply> {
  if (!res.ok) {
    const body = (await res.json()) as { error: { message: string; params?: Record<string, number> } };
    return { status: res.status, chunks: [], message: undefined, error: body.error };
  }
  const raw = await res.text();
  const chunks = raw
    .split("\n\n")
    .map((frame) => frame.trim())
    .filter((frame) => frame.startsWith("data: ") && frame !== "data: [DONE]")
    .map((frame) => JSON.parse(frame.slice(6)) as UIMessageChunk);
  let message: DiagnosisUIMessage | undefined;
  for await (const m of readUIMessageStream<DiagnosisUIMessage>({ stream: streamOf(chunks) })) message = m;
  return { status: res.status, chunks, message, error: null };
}

/** Sends one message to the chat route and reads the answer. */
export async function say(deps: ChatDeps, caller: ChatCaller, sessionId: string, text: string, id: string = randomUUID()) {
  return readReply(await handleChat(deps, caller, { sessionId, message: { id, role: "user", parts: [{ type: "text", text }] } }));
}

export const textOf = (message: DiagnosisUIMessage | undefined) =>
  message?.parts.map((p) => (p.type === "text" ? p.text : "")).join("") ?? "";

/** The diagnosis the card shows (the tool call's complete input), or null. */
export const cardOf = (message: DiagnosisUIMessage | undefined): DiagnosisInput | null => {
  for (const part of message?.parts ?? []) {
    if (part.type === "tool-submitDiagnosis" && (part.state === "input-available" || part.state === "output-available")) return part.input;
  }
  return null;
};

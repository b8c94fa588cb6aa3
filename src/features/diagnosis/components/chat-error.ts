/**
 * The chat route answers errors as JSON `{ error: { message: <i18n key>, params } }`; `useChat`
 * surfaces the response body as the Error's message. This recovers the key and its parameters.
 */
export function chatErrorKey(error: Error | undefined): { key: string; params?: Record<string, string | number> } | null {
  if (!error) return null;
  try {
    const body = JSON.parse(error.message) as { error?: { message?: unknown; params?: Record<string, string | number> } };
    if (typeof body.error?.message === "string") return { key: body.error.message, params: body.error.params };
  } catch {
    // not JSON: a network failure or a stream error key
  }
  if (/^(errors|validation)\.[\w.]+$/.test(error.message)) return { key: error.message };
  return { key: /fetch|network/i.test(error.message) ? "errors.network" : "errors.diagnosis.modelFailed" };
}

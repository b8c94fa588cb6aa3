import type { LanguageModelV3, LanguageModelV3CallOptions, LanguageModelV3StreamPart, LanguageModelV3StreamResult } from "@ai-sdk/provider";

export type FallbackOptions = {
  /** Milliseconds to wait for the primary's first stream part, and between parts, before giving up on it. */
  timeoutMs: number;
  /** Called once, when the fallback takes over (for the "answered offline" notice and logs). */
  onFallback?: (reason: unknown) => void;
};

export type FallbackModel = LanguageModelV3 & {
  /** True once the primary failed during this request (later steps go straight to the fallback). */
  readonly usedFallback: boolean;
};

class PrimaryTimeout extends Error {
  constructor(ms: number) {
    super(`No response from the AI provider within ${ms} ms`);
    this.name = "PrimaryTimeout";
  }
}

/**
 * A language model that streams from `primary` and, if it throws, sends an error part, stalls for
 * `timeoutMs`, or its stream breaks, continues with `fallback` on the same call options, so the
 * customer gets an answer instead of an error. Text already streamed from the primary is closed and
 * kept; the fallback's answer follows it. Make one per request: after a failure every later step of
 * the same request goes straight to the fallback. An abort by the caller is never treated as a failure.
 */
export function withFallback(primary: LanguageModelV3, fallback: LanguageModelV3, options: FallbackOptions): FallbackModel {
  let failed = false;
  const fail = (reason: unknown) => {
    if (failed) return;
    failed = true;
    options.onFallback?.(reason);
  };

  async function doStream(call: LanguageModelV3CallOptions): Promise<LanguageModelV3StreamResult> {
    if (failed) return fallback.doStream(call);
    const abort = new AbortController();
    const callerSignal = call.abortSignal;
    const onCallerAbort = () => abort.abort(callerSignal?.reason);
    callerSignal?.addEventListener("abort", onCallerAbort, { once: true });
    const aborted = () => callerSignal?.aborted === true;

    let reader: ReadableStreamDefaultReader<LanguageModelV3StreamPart>;
    let started: LanguageModelV3StreamResult;
    try {
      started = await withTimeout(primary.doStream({ ...call, abortSignal: abort.signal }), options.timeoutMs, abort);
      reader = started.stream.getReader();
    } catch (error) {
      callerSignal?.removeEventListener("abort", onCallerAbort);
      if (aborted()) throw error;
      fail(error);
      return fallback.doStream(call);
    }

    const openText = new Set<string>();
    let sentStart = false;
    let switched: ReadableStreamDefaultReader<LanguageModelV3StreamPart> | null = null;

    const switchToFallback = async (controller: ReadableStreamDefaultController<LanguageModelV3StreamPart>, reason: unknown) => {
      abort.abort(reason);
      reader.cancel(reason).catch(() => {});
      fail(reason);
      for (const id of openText) controller.enqueue({ type: "text-end", id });
      openText.clear();
      const next = await fallback.doStream(call);
      switched = next.stream.getReader();
    };

    const stream = new ReadableStream<LanguageModelV3StreamPart>({
      // Each pull enqueues at least one part or closes: a pull that returns empty-handed would stall the reader.
      async pull(controller) {
        try {
          for (;;) {
            if (switched) {
              const { done, value } = await switched.read();
              if (done) return controller.close();
              // The primary already opened the stream; one stream-start per stream.
              if (value.type === "stream-start" && sentStart) continue;
              return controller.enqueue(value);
            }
            let result: ReadableStreamReadResult<LanguageModelV3StreamPart>;
            try {
              result = await withTimeout(reader.read(), options.timeoutMs, abort);
            } catch (error) {
              if (aborted()) throw error;
              await switchToFallback(controller, error);
              continue;
            }
            if (result.done) {
              callerSignal?.removeEventListener("abort", onCallerAbort);
              return controller.close();
            }
            const part = result.value;
            if (part.type === "error") {
              await switchToFallback(controller, part.error);
              continue;
            }
            if (part.type === "stream-start") sentStart = true;
            if (part.type === "text-start") openText.add(part.id);
            if (part.type === "text-end") openText.delete(part.id);
            return controller.enqueue(part);
          }
        } catch (error) {
          callerSignal?.removeEventListener("abort", onCallerAbort);
          controller.error(error);
        }
      },
      cancel(reason) {
        callerSignal?.removeEventListener("abort", onCallerAbort);
        abort.abort(reason);
        void reader.cancel(reason).catch(() => {});
        void (switched as ReadableStreamDefaultReader<LanguageModelV3StreamPart> | null)?.cancel(reason).catch(() => {});
      },
    });
    return { ...started, stream };
  }

  return {
    specificationVersion: "v3",
    get provider() {
      return failed ? fallback.provider : primary.provider;
    },
    get modelId() {
      return failed ? fallback.modelId : primary.modelId;
    },
    get usedFallback() {
      return failed;
    },
    supportedUrls: primary.supportedUrls,
    async doGenerate(call) {
      if (failed) return fallback.doGenerate(call);
      const abort = new AbortController();
      call.abortSignal?.addEventListener("abort", () => abort.abort(call.abortSignal?.reason), { once: true });
      try {
        return await withTimeout(primary.doGenerate({ ...call, abortSignal: abort.signal }), options.timeoutMs, abort);
      } catch (error) {
        if (call.abortSignal?.aborted) throw error;
        fail(error);
        return fallback.doGenerate(call);
      }
    },
    doStream,
  };
}

/** Resolves like `promise`, or rejects with PrimaryTimeout (and aborts `abort`) after `ms`. */
function withTimeout<T>(promise: PromiseLike<T>, ms: number, abort: AbortController): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      const error = new PrimaryTimeout(ms);
      abort.abort(error);
      reject(error);
    }, ms);
    Promise.resolve(promise).then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

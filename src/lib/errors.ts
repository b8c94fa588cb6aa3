/**
 * Errors Pitstop's services throw on purpose. `message` is an i18n key (see src/i18n/messages),
 * so every layer can pass it to the user translated; `params` fill its placeholders.
 */
export type AppErrorCode =
  "BAD_REQUEST" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "TOO_MANY_REQUESTS" | "UNPROCESSABLE_CONTENT";

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly params: Record<string, string | number> | undefined;

  constructor(code: AppErrorCode, messageKey: string, params?: Record<string, string | number>) {
    super(messageKey);
    this.name = "AppError";
    this.code = code;
    this.params = params;
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;

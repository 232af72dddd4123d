// Expected failures carry a code; the code decides the HTTP status and the message users
// may see. Anything else is logged and answered generically (never a stack trace).
import { ZodError } from "zod";

export const ERROR_CODES = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  OUT_OF_STOCK: 409,
  INVALID_STATE: 409,
  UNPROCESSABLE: 422,
  IDEMPOTENCY_KEY_REUSED: 422,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  PAYMENT_PROVIDER: 502,
} as const;

export type AppErrorCode = keyof typeof ERROR_CODES;

const DEFAULT_MESSAGES: Record<AppErrorCode, string> = {
  BAD_REQUEST: "The request is not valid.",
  UNAUTHORIZED: "Please sign in to continue.",
  FORBIDDEN: "You do not have access to this.",
  NOT_FOUND: "Not found.",
  CONFLICT: "This conflicts with the current state. Please reload and try again.",
  OUT_OF_STOCK: "Some items are no longer available in that quantity.",
  INVALID_STATE: "That action is not possible at this stage.",
  UNPROCESSABLE: "The request could not be processed.",
  IDEMPOTENCY_KEY_REUSED: "This Idempotency-Key was already used for a different request.",
  UNSUPPORTED_MEDIA_TYPE: "Send the request body as JSON (Content-Type: application/json).",
  RATE_LIMITED: "Too many attempts. Please wait and try again.",
  PAYMENT_PROVIDER: "The payment provider did not answer. Please try again.",
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details: Record<string, unknown> | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: AppErrorCode,
    message?: string,
    opts: { details?: Record<string, unknown>; retryAfterSeconds?: number; cause?: unknown } = {},
  ) {
    super(message ?? DEFAULT_MESSAGES[code], { cause: opts.cause });
    this.name = "AppError";
    this.code = code;
    this.details = opts.details;
    this.retryAfterSeconds = opts.retryAfterSeconds;
  }

  get status(): number {
    return ERROR_CODES[this.code];
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

export type TErrorBody = { error: { code: AppErrorCode | "INTERNAL"; message: string; details?: unknown } };

/** Maps any thrown value to a safe status + JSON body. */
export function toErrorBody(e: unknown): { status: number; body: TErrorBody; headers?: Record<string, string> } {
  if (e instanceof ZodError) {
    const issues = e.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    const first = issues[0];
    const message = first ? `${first.path ? `${first.path}: ` : ""}${first.message}` : DEFAULT_MESSAGES.BAD_REQUEST;
    return { status: 400, body: { error: { code: "BAD_REQUEST", message, details: issues } } };
  }
  if (e instanceof AppError) {
    const headers = e.retryAfterSeconds ? { "Retry-After": String(e.retryAfterSeconds) } : undefined;
    const body: TErrorBody = {
      error: { code: e.code, message: e.message, ...(e.details ? { details: e.details } : {}) },
    };
    return headers ? { status: e.status, body, headers } : { status: e.status, body };
  }
  console.error("[unexpected error]", e);
  return {
    status: 500,
    body: { error: { code: "INTERNAL", message: "Something went wrong on our side. Please try again." } },
  };
}

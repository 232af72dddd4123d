// What every server action answers (isomorphic: forms read it). Never throws to the client:
// a refusal is a value with a message to show, and the fields to highlight.
import type { AppErrorCode } from "@/lib/errors";

export type TActionError = {
  ok: false;
  code: AppErrorCode | "INTERNAL";
  message: string;
  /** Field path (e.g. "carrier", "lines.0.quantity") → the first message for it. */
  fieldErrors?: Record<string, string>;
};

export type TActionResult<T> = { ok: true; data: T } | TActionError;

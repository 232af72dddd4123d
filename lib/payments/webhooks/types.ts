import "server-only";

/** What a handler decided about one stored event. RECEIVED = keep it for a later issue's code. */
export type TWebhookHandlerResult = { status: "PROCESSED" | "IGNORED" | "RECEIVED"; note?: string };
export type TWebhookData = Record<string, unknown>;

export const str = (v: unknown): string | null =>
  typeof v === "string" && v.length > 0 ? v : typeof v === "number" ? String(v) : null;

import "server-only";

// Paystack's envelope: `{ status: true, message, data, meta? }` on success and
// `{ status: false, message, type?, code? }` with a 4xx status on failure.

export type TEnvelope = { status: true; message: string; data: unknown; meta?: unknown };

export class PaystackApiError extends Error {
  constructor(
    readonly httpStatus: number,
    message: string,
    readonly type: "validation_error" | "api_error" | "processor_error" = "validation_error",
    readonly code?: string,
  ) {
    super(message);
    this.name = "PaystackApiError";
  }
}

export const bad = (message: string, code?: string) => new PaystackApiError(400, message, "validation_error", code);
export const notFound = (message: string, code?: string) =>
  new PaystackApiError(404, message, "validation_error", code);

export function ok(message: string, data: unknown, meta?: unknown): TEnvelope {
  return meta === undefined ? { status: true, message, data } : { status: true, message, data, meta };
}

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8" } });
}

export function errorResponse(e: PaystackApiError): Response {
  const body: Record<string, unknown> = { status: false, message: e.message };
  if (e.httpStatus !== 401) {
    body.type = e.type;
    if (e.code) body.code = e.code;
  }
  return json(e.httpStatus, body);
}

export type TPage = { page: number; perPage: number; offset: number };

/** Paystack's offset pagination: perPage (default 50, at most 100) and page (from 1). */
export function pageOf(query: URLSearchParams): TPage {
  const perPage = clampInt(query.get("perPage") ?? query.get("per_page"), 50, 1, 100);
  const page = clampInt(query.get("page"), 1, 1, 1_000_000);
  return { page, perPage, offset: (page - 1) * perPage };
}

export function pageMeta(total: number, p: TPage) {
  return {
    total,
    skipped: p.offset,
    perPage: p.perPage,
    page: p.page,
    pageCount: Math.max(1, Math.ceil(total / p.perPage)),
  };
}

function clampInt(v: string | null, fallback: number, min: number, max: number): number {
  if (v === null || !/^\d+$/.test(v)) return fallback;
  return Math.min(max, Math.max(min, Number(v)));
}

/** `from` / `to` query filters (ISO date or timestamp); an unparsable value is a 400. */
export function dateParam(query: URLSearchParams, name: "from" | "to"): Date | null {
  const v = query.get(name);
  if (!v) return null;
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) throw bad(`Invalid ${name} date`);
  return d;
}

/** Body fields arrive as JSON of any type; these read them the way Paystack's API does. */
export function str(body: Record<string, unknown>, key: string): string | undefined {
  const v = body[key];
  if (v === undefined || v === null || v === "") return undefined;
  return typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : undefined;
}

/** Amounts are integers in pesewas, sent as a number or a digit string. */
export function amountOf(v: unknown): number | null {
  if (typeof v === "number" && Number.isSafeInteger(v) && v > 0) return v;
  if (typeof v === "string" && /^\d{1,15}$/.test(v.trim()) && Number(v) > 0) return Number(v);
  return null;
}

export function iso(d: Date | null | undefined): string | null {
  return d ? d.toISOString() : null;
}

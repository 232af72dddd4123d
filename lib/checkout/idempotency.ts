import "server-only";
import { createHash } from "node:crypto";
import { AppError } from "@/lib/errors";

// An Idempotency-Key names ONE request. A retry with the same key and the same body gets the
// order the first request placed; the same key with a different body is a client bug (or a
// replay with altered content) and answers 422 IDEMPOTENCY_KEY_REUSED, as Stripe does —
// never the first order as if it were the answer to the second request.
//
// The hash of the request is kept in the "order.placed" event's data (requestHash), written in
// the same transaction as the order: no column of its own (the schema is not changed for it).
// Orders placed before the hash was recorded have none and are answered as before.

/** JSON with object keys sorted, so the hash does not depend on the key order a client sends. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** SHA-256 of what the order is made of (the parsed input without the key itself). */
export function orderRequestHash(input: { idempotencyKey: string } & Record<string, unknown>): string {
  const { idempotencyKey: _key, ...rest } = input;
  return createHash("sha256").update(canonicalJson(rest)).digest("hex");
}

/** Reads the hash recorded with an order's "order.placed" event (null for older orders). */
export function recordedRequestHash(data: unknown): string | null {
  if (data && typeof data === "object" && "requestHash" in data) {
    const h = (data as { requestHash: unknown }).requestHash;
    return typeof h === "string" ? h : null;
  }
  return null;
}

/** Throws 422 IDEMPOTENCY_KEY_REUSED when the key already placed an order from another request. */
export function assertSameRequest(recorded: string | null, current: string): void {
  if (recorded !== null && recorded !== current)
    throw new AppError(
      "IDEMPOTENCY_KEY_REUSED",
      "This Idempotency-Key was already used for a different order. Send a new key for a new order.",
    );
}

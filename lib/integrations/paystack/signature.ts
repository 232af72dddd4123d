import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";

// Paystack signs every webhook: header `x-paystack-signature` = hex HMAC-SHA512 of the raw
// request body keyed with the integration's secret key. Verify the raw bytes as received —
// never a re-serialized JSON.stringify(body), which need not match byte for byte.

export const PAYSTACK_SIGNATURE_HEADER = "x-paystack-signature";

/** Hex HMAC-SHA512 of the raw body (what Paystack and the emulator send). */
export function signPaystackBody(raw: string | Uint8Array, secret: string): string {
  return createHmac("sha512", secret).update(raw).digest("hex");
}

/** Constant-time check of the header against the raw body; false for a missing or malformed header. */
export function isValidPaystackSignature(
  raw: string | Uint8Array,
  header: string | null | undefined,
  secret: string,
): boolean {
  if (!header || !secret) return false;
  const given = header.trim().toLowerCase();
  if (!/^[0-9a-f]{128}$/.test(given)) return false;
  const expected = Buffer.from(signPaystackBody(raw, secret), "hex");
  return timingSafeEqual(expected, Buffer.from(given, "hex"));
}

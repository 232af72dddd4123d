import "server-only";
import { randomInt } from "node:crypto";

// Human-friendly identifiers. Crockford's base32 alphabet (no I, L, O, U) reads well over
// the phone. Paystack references allow only alphanumerics and "-", ".", "=".
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

export function randomCode(length: number): string {
  let s = "";
  for (let i = 0; i < length; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return s;
}

/** Order number shown to customers, e.g. "LI-7K3F9Q" (unique index; place-order re-draws on a clash). */
export function newOrderNumber(): string {
  return `LI-${randomCode(6)}`;
}

/** Our Paystack transaction reference (its idempotency key), unique per attempt. */
export function newPaymentReference(orderNumber: string): string {
  return `${orderNumber}-P${randomCode(10)}`;
}

/** Our refund reference (unique; Paystack's refund id is stored beside it). */
export function newRefundReference(orderNumber: string): string {
  return `${orderNumber}-R${randomCode(10)}`;
}

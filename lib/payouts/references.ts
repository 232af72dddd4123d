import "server-only";
import { randomBytes } from "node:crypto";

// Payout references. Paystack transfer references allow lowercase letters, digits, "-" and
// "_" (16–50 characters) and make a re-sent transfer request return the same transfer.
// Each transfer attempt of a payout has its own reference: the payout's own for the first,
// `<reference>-r<n>` for the n-th (a retry after a failure is a new transfer, same payout).

export function newPayoutReference(): string {
  return `po_${randomBytes(10).toString("hex")}`;
}

export function transferReferenceFor(payout: { reference: string; attempts: number }): string {
  return payout.attempts <= 1 ? payout.reference : `${payout.reference}-r${payout.attempts}`;
}

/** The payout reference and attempt a transfer reference names (attempt 1 for the bare reference). */
export function parseTransferReference(reference: string): { reference: string; attempt: number } {
  const m = /^(.+)-r(\d+)$/.exec(reference);
  return m ? { reference: m[1]!, attempt: Number(m[2]) } : { reference, attempt: 1 };
}

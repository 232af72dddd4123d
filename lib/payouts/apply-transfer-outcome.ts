import "server-only";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { lockRow } from "@/lib/db/lock-row";
import type { PayoutStatus } from "@/lib/generated/prisma/enums";
import { ACCOUNTS, vendorPayable } from "@/lib/ledger/accounts";
import { postJournal } from "@/lib/ledger/post-journal";
import { formatMoney } from "@/lib/money";
import { enqueueNotification } from "@/lib/notifications/enqueue";
import { parseTransferReference } from "@/lib/payouts/references";

/** Paystack's transfer status → ours. "otp" waits for the finalize step: still PROCESSING. */
export function payoutStatusOf(paystackStatus: string): PayoutStatus | null {
  if (paystackStatus === "success") return "PAID";
  if (paystackStatus === "reversed") return "REVERSED";
  if (["failed", "abandoned", "rejected", "blocked"].includes(paystackStatus)) return "FAILED";
  if (["pending", "otp", "received", "processing", "queued"].includes(paystackStatus)) return "PROCESSING";
  return null;
}

export const payoutJournalKey = (payoutId: string, attempt: number) => `payout:${payoutId}:paid:${attempt}`;
export const payoutReversalKey = (payoutId: string, attempt: number) => `payout:${payoutId}:reversed:${attempt}`;

export type TTransferOutcomeInput = {
  /** Our transfer reference (the payout's, or `<payout>-r<n>` for a retry). */
  transferReference: string;
  /** Paystack's transfer status: pending / otp / success / failed / reversed … */
  status: string;
  transferCode?: string | null;
  transferId?: number | string | null;
  reason?: string | null;
  source: "initiate" | "webhook" | "verify";
  now?: Date;
};

export type TTransferOutcome = {
  outcome: "applied" | "unchanged" | "stale" | "unknown";
  payoutId: string | null;
  status: PayoutStatus | null;
  note: string;
};

// PENDING → PROCESSING → PAID | FAILED | REVERSED (domain.md Refunds and payouts). A
// current-attempt FAILED may still become PAID (Paystack is the truth: money left), and a
// PAID one REVERSED (money came back).
const ALLOWED: Record<PayoutStatus, readonly PayoutStatus[]> = {
  PENDING: [],
  PROCESSING: ["PENDING"],
  PAID: ["PENDING", "PROCESSING", "FAILED"],
  FAILED: ["PENDING", "PROCESSING"],
  REVERSED: ["PENDING", "PROCESSING", "FAILED", "PAID"],
};

/**
 * The one place a payout's transfer outcome lands — from the initiate answer, a transfer.*
 * webhook or a verification — in one transaction that locks the payout. PAID posts the
 * payout journal (Dr vendor_payable, Cr paystack_clearing) and queues the vendor's
 * messages; REVERSED after PAID posts its reversal. Both journals are keyed per payout and
 * attempt, so a replayed event changes nothing. An event about an earlier attempt (a retry
 * has started since) is stale and changes nothing.
 */
export async function applyTransferOutcome(input: TTransferOutcomeInput, db: Db = prisma): Promise<TTransferOutcome> {
  const to = payoutStatusOf(input.status);
  const { reference, attempt } = parseTransferReference(input.transferReference);
  return inTransaction(db, async (tx) => {
    const head =
      (await tx.payout.findUnique({ where: { reference }, select: { id: true } })) ??
      (input.transferCode
        ? await tx.payout.findUnique({ where: { transferCode: input.transferCode }, select: { id: true } })
        : null);
    if (!head)
      return { outcome: "unknown", payoutId: null, status: null, note: `no payout for ${input.transferReference}` };
    await lockRow(tx, "Payout", head.id);
    const payout = await tx.payout.findUniqueOrThrow({
      where: { id: head.id },
      include: { vendor: { select: { id: true, name: true, contactEmail: true, contactPhone: true } } },
    });
    const base = { payoutId: payout.id, status: payout.status };
    if (attempt !== payout.attempts)
      return { ...base, outcome: "stale", note: `attempt ${attempt} of payout ${payout.reference} was superseded` };
    if (!to) return { ...base, outcome: "unchanged", note: `transfer status "${input.status}" is not handled` };
    if (to === payout.status || !ALLOWED[to].includes(payout.status))
      return { ...base, outcome: "unchanged", note: `payout is ${payout.status}; ${input.status} changes nothing` };

    const now = input.now ?? new Date();
    if (to === "PAID") {
      await postJournal(
        {
          kind: "PAYOUT",
          idempotencyKey: payoutJournalKey(payout.id, attempt),
          description: `Payout ${payout.reference} to ${payout.vendor.name}`,
          payoutId: payout.id,
          lines: [
            { account: vendorPayable(payout.vendorId), amountMinor: payout.amountMinor },
            { account: ACCOUNTS.paystackClearing, amountMinor: -payout.amountMinor },
          ],
        },
        tx,
      );
      const data = { amount: formatMoney(payout.amountMinor), reference: payout.reference };
      await enqueueNotification(
        {
          vendorId: payout.vendorId,
          channel: "EMAIL",
          topic: "PAYMENTS",
          templateKey: "vendor.payout_paid",
          recipient: payout.vendor.contactEmail,
          data,
          dedupeKey: `payout:${payout.id}:paid:${attempt}:email`,
        },
        tx,
      );
      if (payout.vendor.contactPhone)
        await enqueueNotification(
          {
            vendorId: payout.vendorId,
            channel: "SMS",
            topic: "PAYMENTS",
            templateKey: "vendor.payout_paid",
            recipient: payout.vendor.contactPhone,
            data,
            dedupeKey: `payout:${payout.id}:paid:${attempt}:sms`,
          },
          tx,
        );
    }
    if (to === "REVERSED" && payout.status === "PAID") {
      await postJournal(
        {
          kind: "PAYOUT",
          idempotencyKey: payoutReversalKey(payout.id, attempt),
          description: `Payout ${payout.reference} reversed by Paystack`,
          payoutId: payout.id,
          lines: [
            { account: ACCOUNTS.paystackClearing, amountMinor: payout.amountMinor },
            { account: vendorPayable(payout.vendorId), amountMinor: -payout.amountMinor },
          ],
        },
        tx,
      );
    }
    await tx.payout.update({
      where: { id: payout.id },
      data: {
        status: to,
        ...(input.transferCode ? { transferCode: input.transferCode } : {}),
        ...(input.transferId != null ? { providerTransferId: String(input.transferId) } : {}),
        ...(to === "PAID" ? { paidAt: now, failureReason: null } : {}),
        ...(to === "FAILED" || to === "REVERSED"
          ? {
              failureReason:
                input.reason ?? (to === "FAILED" ? "Paystack: transfer failed" : "Paystack reversed the transfer"),
            }
          : {}),
        ...(to === "PROCESSING" && input.status === "otp"
          ? { failureReason: "Paystack is waiting for the transfer OTP" }
          : {}),
      },
      select: { id: true },
    });
    return { payoutId: payout.id, status: to, outcome: "applied", note: `${payout.status} → ${to} (${input.source})` };
  });
}

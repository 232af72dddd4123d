import "server-only";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { lockRow } from "@/lib/db/lock-row";
import { AppError } from "@/lib/errors";
import { PaystackError, verifyTransfer } from "@/lib/integrations/paystack/api";
import { applyTransferOutcome, payoutStatusOf } from "@/lib/payouts/apply-transfer-outcome";
import { transferReferenceFor } from "@/lib/payouts/references";
import { sendPayoutTransfer, type TSendResult } from "@/lib/payouts/send-payout-transfer";

export const RETRYABLE_PAYOUT_STATUSES = ["FAILED", "REVERSED"] as const;

/**
 * Retries a FAILED (or REVERSED) payout: a new transfer — next attempt, new reference — for
 * the same payout, amount and items. Never pays twice: Paystack is asked first what became
 * of the current attempt (a success we missed is recorded, not paid again; a transfer still
 * pending is refused), and the attempt counter moves forward under the payout's row lock,
 * so two retries at once start one transfer (the other is refused), and a late event of the
 * superseded attempt is stale. Payout runs never touch an existing payout's lines.
 */
export async function retryPayout(
  { payoutId, actorId }: { payoutId: string; actorId?: string },
  db: Db = prisma,
): Promise<TSendResult & { attempt: number }> {
  const current = await db.payout.findUnique({ where: { id: payoutId } });
  if (!current) throw new AppError("NOT_FOUND", "Payout not found.");
  if (!(RETRYABLE_PAYOUT_STATUSES as readonly string[]).includes(current.status))
    throw new AppError(
      "INVALID_STATE",
      `Only a failed or reversed payout can be retried (this one is ${current.status}).`,
    );

  let atPaystack: { status: string; transfer_code: string; id: number } | null = null;
  try {
    atPaystack = await verifyTransfer(transferReferenceFor(current));
  } catch (e) {
    if (!(e instanceof PaystackError && e.status === 404)) throw e; // never reached Paystack: safe to retry
  }
  if (atPaystack) {
    const seen = payoutStatusOf(atPaystack.status);
    if (seen === "PAID") {
      const r = await applyTransferOutcome(
        {
          transferReference: transferReferenceFor(current),
          status: atPaystack.status,
          transferCode: atPaystack.transfer_code,
          transferId: atPaystack.id,
          source: "verify",
        },
        db,
      );
      throw new AppError(
        "CONFLICT",
        `Paystack paid this payout after all: it is ${r.status ?? "PAID"} now, not retried.`,
      );
    }
    if (seen === "PROCESSING")
      throw new AppError("INVALID_STATE", "Paystack is still processing this payout's transfer: wait for its outcome.");
  }

  await inTransaction(db, async (tx) => {
    await lockRow(tx, "Payout", payoutId);
    const p = await tx.payout.findUniqueOrThrow({ where: { id: payoutId }, select: { status: true, attempts: true } });
    if (p.attempts !== current.attempts || !(RETRYABLE_PAYOUT_STATUSES as readonly string[]).includes(p.status))
      throw new AppError("CONFLICT", "This payout was retried or changed meanwhile: reload it.");
    await tx.payout.update({
      where: { id: payoutId },
      data: {
        status: "PENDING",
        attempts: p.attempts + 1,
        transferCode: null,
        providerTransferId: null,
        failureReason: null,
        ...(actorId ? { initiatedById: actorId } : {}),
      },
      select: { id: true },
    });
  });
  return { ...(await sendPayoutTransfer({ payoutId }, db)), attempt: current.attempts + 1 };
}

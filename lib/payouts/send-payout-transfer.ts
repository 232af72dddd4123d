import "server-only";
import { type Db, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { initiateTransfer, PaystackError } from "@/lib/integrations/paystack/api";
import { registerPayoutRecipient } from "@/lib/payouts/register-payout-recipient";
import { applyTransferOutcome, type TTransferOutcome } from "@/lib/payouts/apply-transfer-outcome";
import { transferReferenceFor } from "@/lib/payouts/references";

export type TSendResult = TTransferOutcome & { sent: boolean };

/**
 * Sends a PENDING payout's current attempt to Paystack as a Transfer from the balance, with
 * the attempt's reference (a re-send returns the same transfer, so a crash between the call
 * and our commit never pays twice). No row lock is held across the network call; the answer
 * lands through applyTransferOutcome (PROCESSING, or at once PAID / FAILED). Paystack
 * refusing it (4xx: balance too low, bad recipient) makes the payout FAILED with Paystack's
 * message; not reaching Paystack leaves it PENDING for the poll job to send again.
 */
export async function sendPayoutTransfer({ payoutId }: { payoutId: string }, db: Db = prisma): Promise<TSendResult> {
  const payout = await db.payout.findUnique({ where: { id: payoutId }, include: { recipient: true } });
  if (!payout) throw new AppError("NOT_FOUND", "Payout not found.");
  if (payout.status !== "PENDING")
    return { sent: false, outcome: "unchanged", payoutId, status: payout.status, note: `payout is ${payout.status}` };
  const transferReference = transferReferenceFor(payout);
  try {
    const recipient = await registerPayoutRecipient(payout.recipient, db);
    const t = await initiateTransfer({
      amount: payout.amountMinor,
      recipient,
      reference: transferReference,
      reason: `Londom Imports payout ${payout.reference}`,
    });
    const r = await applyTransferOutcome(
      { transferReference, status: t.status, transferCode: t.transfer_code, transferId: t.id, source: "initiate" },
      db,
    );
    return { ...r, sent: true };
  } catch (e) {
    const refused = e instanceof PaystackError && e.status >= 400 && e.status < 500;
    if (refused || (e instanceof AppError && e.code === "CONFLICT")) {
      const r = await applyTransferOutcome(
        {
          transferReference,
          status: "failed",
          reason: refused ? `Paystack: ${e.message}` : e.message,
          source: "initiate",
        },
        db,
      );
      return { ...r, sent: false };
    }
    const message = e instanceof Error ? e.message : String(e);
    await db.payout.update({
      where: { id: payoutId },
      data: { failureReason: `Not sent yet (will retry): ${message}`.slice(0, 500) },
      select: { id: true },
    });
    return { sent: false, outcome: "unchanged", payoutId, status: "PENDING", note: message };
  }
}

import "server-only";
import { type Db, prisma } from "@/lib/db";
import { applyTransferOutcome } from "@/lib/payouts/apply-transfer-outcome";
import { str, type TWebhookData, type TWebhookHandlerResult } from "@/lib/payments/webhooks/types";

/** Why Paystack failed or reversed it (`reason` is our own narration, not the failure). */
function failureReason(data: TWebhookData): string | null {
  const failures = data.failures as { reason?: unknown } | null | undefined;
  const why = str(failures?.reason) ?? str(data.gateway_response);
  return why ? `Paystack: ${why}` : null;
}

/**
 * transfer.success / transfer.failed / transfer.reversed: the payout's outcome, applied
 * through the payout lifecycle (applyTransferOutcome: idempotent, journal on PAID and its
 * reversal on REVERSED). An event that matches no payout, or an earlier attempt of a
 * retried one, is IGNORED with a note.
 */
export async function onTransferEvent(
  { eventType, data }: { eventType: string; data: TWebhookData },
  db: Db = prisma,
): Promise<TWebhookHandlerResult> {
  const reference = str(data.reference);
  const transferCode = str(data.transfer_code);
  const status = str(data.status) ?? eventType.slice("transfer.".length);
  if (!reference) return { status: "IGNORED", note: `${eventType}: no reference` };
  const r = await applyTransferOutcome(
    {
      transferReference: reference,
      status,
      transferCode,
      transferId: str(data.id),
      reason: failureReason(data),
      source: "webhook",
    },
    db,
  );
  if (r.outcome === "unknown" || r.outcome === "stale") return { status: "IGNORED", note: `${eventType}: ${r.note}` };
  return { status: "PROCESSED", note: `${eventType}: ${r.note}` };
}

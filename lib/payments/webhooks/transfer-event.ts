import "server-only";
import { type Db, prisma } from "@/lib/db";
import { str, type TWebhookData, type TWebhookHandlerResult } from "@/lib/payments/webhooks/types";

/**
 * transfer.success / transfer.failed / transfer.reversed: payouts are a later issue. An
 * event for a payout we know stays RECEIVED (kept for the payout lifecycle to process);
 * one that matches no payout is IGNORED with a note.
 */
export async function onTransferEvent(
  { eventType, data }: { eventType: string; data: TWebhookData },
  db: Db = prisma,
): Promise<TWebhookHandlerResult> {
  const reference = str(data.reference);
  const transferCode = str(data.transfer_code);
  const or = [...(reference ? [{ reference }] : []), ...(transferCode ? [{ transferCode }] : [])];
  const payout = or.length
    ? await db.payout.findFirst({ where: { OR: or }, select: { id: true, status: true } })
    : null;
  if (!payout)
    return {
      status: "IGNORED",
      note: `${eventType}: no payout matches ${reference ?? transferCode ?? "(no reference)"}`,
    };
  return {
    status: "RECEIVED",
    note: `${eventType} for payout ${payout.id} (${payout.status}) kept for the payout lifecycle`,
  };
}

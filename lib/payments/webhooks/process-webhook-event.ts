import "server-only";
import { type Db, prisma } from "@/lib/db";
import { onChargeSuccess } from "@/lib/payments/webhooks/charge-success";
import { onRefundEvent } from "@/lib/payments/webhooks/refund-event";
import { onTransferEvent } from "@/lib/payments/webhooks/transfer-event";
import type { TWebhookData, TWebhookHandlerResult } from "@/lib/payments/webhooks/types";

/** Routes one event type to its handler (one file per event family). */
async function route(db: Db, eventType: string, data: TWebhookData): Promise<TWebhookHandlerResult> {
  if (eventType === "charge.success") return onChargeSuccess(data, db);
  if (eventType.startsWith("refund.")) return onRefundEvent({ eventType, data }, db);
  if (eventType.startsWith("transfer.")) return onTransferEvent({ eventType, data }, db);
  return { status: "IGNORED", note: `${eventType} is not handled` };
}

/**
 * Job `webhooks.process`: handles one stored WebhookEvent. Safe to run twice or
 * concurrently (handlers are idempotent: confirmPayment locks the payment, refunds move
 * only forward). Errors are recorded on the event and rethrown so the queue retries.
 */
export async function processWebhookEvent(
  { webhookEventId }: { webhookEventId: string },
  db: Db = prisma,
): Promise<TWebhookHandlerResult | null> {
  const event = await db.webhookEvent.findUnique({ where: { id: webhookEventId } });
  if (!event || event.status === "PROCESSED" || event.status === "IGNORED") return null;
  const payload = event.payload as { data?: TWebhookData };
  try {
    const result = await route(db, event.eventType, payload.data ?? {});
    await db.webhookEvent.update({
      where: { id: event.id },
      data: {
        status: result.status,
        attempts: { increment: 1 },
        lastError: result.note ?? null,
        ...(result.status === "RECEIVED" ? {} : { processedAt: new Date() }),
      },
    });
    return result;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    await db.webhookEvent.update({
      where: { id: event.id },
      data: { status: "FAILED", attempts: { increment: 1 }, lastError: message.slice(0, 1000) },
    });
    throw e;
  }
}

/** Safety net: events stored but never handled (e.g. a lost job) older than a minute. */
export async function processStaleWebhookEvents(
  { now = new Date() }: { now?: Date } = {},
  db: Db = prisma,
): Promise<number> {
  const stale = await db.webhookEvent.findMany({
    where: {
      status: { in: ["RECEIVED", "FAILED"] },
      attempts: { lt: 10 },
      receivedAt: { lt: new Date(now.getTime() - 60_000) },
      OR: [{ attempts: 0 }, { status: "FAILED" }],
    },
    select: { id: true },
    orderBy: { receivedAt: "asc" },
    take: 200,
  });
  let n = 0;
  for (const e of stale) {
    try {
      if (await processWebhookEvent({ webhookEventId: e.id }, db)) n++;
    } catch {
      // recorded on the event; the next sweep tries again (at most 10 attempts)
    }
  }
  return n;
}

import "server-only";
import { type Db, inRolledBackTransaction, prisma } from "@/lib/db";
import type { TBatchEvent } from "@/lib/batches/batch-transitions";
import { arriveBatch } from "@/lib/batches/arrive-batch";
import { cancelBatch } from "@/lib/batches/cancel-batch";
import { closeBatch } from "@/lib/batches/close-batch";
import { completeBatch } from "@/lib/batches/complete-batch";
import { openBatch } from "@/lib/batches/open-batch";
import { shipBatch } from "@/lib/batches/ship-batch";
import type { TBatchActor } from "@/lib/batches/schemas";
import { isAppError } from "@/lib/errors";
import { formatMoney } from "@/lib/money";

// What a transition would do, said before the admin does it ("Refunds 37 paid lines of 21
// orders, GH₵ 12,340.00"). The preview runs the real use case in a transaction that is rolled
// back, so the numbers are the ones the button will produce — same locks, same checks, same
// refund arithmetic — and a transition the use case would refuse shows its refusal instead.
// It holds the batch's row lock while it runs, so it is computed when the admin opens the
// dialog, not on every view of the page (checkouts into an open batch wait on that lock).

export type TBatchTransitionPreview = {
  event: TBatchEvent;
  /** null when the use case would refuse; `refusal` says why. */
  summary: string | null;
  refusal: string | null;
  /** SHIP only: what shipping does when the unprocured lines are refunded instead. */
  withRefunds?: { summary: string; linesRefunded: number; refundMinor: number } | null;
};

const PLACEHOLDER = { carrier: "preview", trackingNumber: "preview", reason: "preview" };

export async function previewBatchTransition(
  input: { batchId: string; event: TBatchEvent; actor: TBatchActor },
  db: Db = prisma,
): Promise<TBatchTransitionPreview> {
  const { event } = input;
  const base = { batchId: input.batchId, actor: input.actor };
  const attempt = (fn: () => Promise<string>) => describe(event, fn);
  switch (event) {
    case "OPEN":
      return attempt(async () => {
        await inRolledBackTransaction(db, (tx) => openBatch(base, tx));
        return "Publishes the batch: its products take pre-orders until the cut-off.";
      });
    case "CLOSE":
      return attempt(async () => {
        const r = await inRolledBackTransaction(db, (tx) => closeBatch(base, tx));
        return r.batch.isBelowMinimum
          ? "Stops pre-orders now. The batch is under its minimum: you will then choose to ship anyway or cancel and refund."
          : "Stops pre-orders now; vendors hand over what was sold.";
      });
    case "SHIP": {
      const plain = await attempt(async () => {
        const r = await inRolledBackTransaction(db, (tx) => shipBatch({ ...base, ...PLACEHOLDER }, tx));
        return `${plural(r.linesShipped, "line")} of ${plural(r.ordersShipped, "order")} leave as shipped; each customer is told the carrier, tracking number and arrival window.`;
      });
      if (!plain.refusal) return { ...plain, withRefunds: null };
      try {
        const r = await inRolledBackTransaction(db, (tx) =>
          shipBatch({ ...base, ...PLACEHOLDER, refundUnprocured: true }, tx),
        );
        const refundMinor = r.refunds.reduce((a, x) => a + x.amountMinor, 0);
        return {
          ...plain,
          withRefunds: {
            linesRefunded: r.linesRefunded,
            refundMinor,
            summary: `${plural(r.linesShipped, "line")} ship; ${plural(r.linesRefunded, "unprocured line")} become unavailable and ${formatMoney(refundMinor)} is refunded.`,
          },
        };
      } catch (e) {
        if (!isAppError(e)) throw e;
        return { ...plain, withRefunds: null };
      }
    }
    case "ARRIVE":
      return attempt(async () => {
        const r = await inRolledBackTransaction(db, (tx) => arriveBatch(base, tx));
        const due = r.balances.filter((b) => b.balanceDueMinor > 0);
        const total = due.reduce((a, b) => a + b.balanceDueMinor, 0);
        return `${plural(r.linesArrived, "line")} of ${plural(r.ordersTouched, "order")} arrive at the hub${
          due.length ? `; ${plural(due.length, "deposit order")} owe their balance (${formatMoney(total)} in all)` : ""
        }.`;
      });
    case "COMPLETE":
      return attempt(async () => {
        await inRolledBackTransaction(db, (tx) => completeBatch(base, tx));
        return "Closes the batch: every line is delivered, refunded or returned.";
      });
    case "CANCEL":
      return attempt(async () => {
        const r = await inRolledBackTransaction(db, (tx) => cancelBatch({ ...base, reason: PLACEHOLDER.reason }, tx));
        return r.linesCancelled === 0
          ? "Nothing was sold into this batch: no one is refunded."
          : `Refunds ${plural(r.linesCancelled, "paid line")} of ${plural(r.ordersTouched, "order")}, ${formatMoney(r.refundMinor)}; customers and vendors are told.`;
      });
  }
}

async function describe(event: TBatchEvent, fn: () => Promise<string>): Promise<TBatchTransitionPreview> {
  try {
    return { event, summary: await fn(), refusal: null };
  } catch (e) {
    if (!isAppError(e)) throw e;
    return { event, summary: null, refusal: e.message };
  }
}

const plural = (n: number, word: string) => `${n.toLocaleString("en-GH")} ${word}${n === 1 ? "" : "s"}`;

import "server-only";
import { type Prisma } from "@/lib/db";
import { lockRow } from "@/lib/db/lock-row";
import { ACCOUNTS, vendorPayable } from "@/lib/ledger/accounts";
import { postJournal } from "@/lib/ledger/post-journal";
import { percentOf } from "@/lib/money";
import { recordOrderEvent, SYSTEM, type TActor } from "@/lib/orders/order-events";

/** Refunds still in flight: their money may yet leave escrow, so nothing is released. */
export const OPEN_REFUND_STATUSES = ["PENDING", "PROCESSING"] as const;
/** Return requests a person has not finished with. */
export const OPEN_RETURN_STATUSES = ["REQUESTED", "APPROVED"] as const;

export type TReleaseLineResult =
  | { released: true; lineId: string; amountMinor: number; feeMinor: number; vendorMinor: number }
  | { released: false; lineId: string; reason: string };

export const releaseJournalKey = (lineId: string) => `release:line:${lineId}`;

/**
 * Releases one delivered line's earnings from escrow: Dr escrow (what is left of the line
 * after processed refunds of it), Cr vendor_payable:<vendor> (that minus the fee), Cr
 * platform_revenue (the fee). Exactly once per line: the line row is locked and stamped
 * `releasedAt`, and the journal's idempotency key is per line.
 *
 * The fee is the line's, fixed at checkout (vendor feeBps ?? platform default, half-up);
 * when part of the line was refunded the fee is recomputed on what is left, half-up, with
 * the same rate, and the vendor gets the remainder (domain.md Money).
 *
 * The line keeps its status DELIVERED (the line lifecycle's RELEASED means "reservation
 * released, never paid" and counts as an ended line): the release is the `releasedAt`
 * stamp plus a `line.earnings_released` OrderEvent.
 *
 * Locks, in the code base's order: the order's payments (so a refund being created waits),
 * the order, the line. Not released (a reason instead) when: not delivered, already
 * released, holdback not over, an open refund on the order, an open return request on the
 * line, nothing left after refunds, or the order's escrow holds less than the line.
 */
export async function releaseLineEarnings(
  tx: Prisma.TransactionClient,
  input: { lineId: string; now: Date; holdbackHours: number; actor?: TActor },
): Promise<TReleaseLineResult> {
  const { lineId, now } = input;
  const no = (reason: string): TReleaseLineResult => ({ released: false, lineId, reason });
  const head = await tx.orderLine.findUnique({ where: { id: lineId }, select: { orderId: true } });
  if (!head) return no("line not found");
  await tx.$queryRaw`SELECT "id" FROM "Payment" WHERE "orderId" = ${head.orderId} ORDER BY "id" FOR UPDATE`;
  await lockRow(tx, "Order", head.orderId);
  await lockRow(tx, "OrderLine", lineId);

  const line = await tx.orderLine.findUniqueOrThrow({
    where: { id: lineId },
    select: {
      id: true,
      orderId: true,
      vendorId: true,
      status: true,
      sku: true,
      lineTotalMinor: true,
      feeBps: true,
      feeMinor: true,
      deliveredAt: true,
      releasedAt: true,
      order: { select: { number: true } },
    },
  });
  if (line.releasedAt) return no("already released");
  if (line.status !== "DELIVERED" || !line.deliveredAt) return no(`line is ${line.status}, not delivered`);
  const due = new Date(line.deliveredAt.getTime() + input.holdbackHours * 3_600_000);
  if (due > now) return no("holdback window not over");

  const openRefunds = await tx.refund.count({
    where: { orderId: line.orderId, status: { in: [...OPEN_REFUND_STATUSES] } },
  });
  if (openRefunds > 0) return no("the order has a refund in progress");
  const openReturns = await tx.returnRequest.count({
    where: { orderLineId: line.id, status: { in: [...OPEN_RETURN_STATUSES] } },
  });
  if (openReturns > 0) return no("the line has an open return request");

  const refunded = await tx.refundLine.aggregate({
    where: { orderLineId: line.id, refund: { status: "PROCESSED" } },
    _sum: { amountMinor: true },
  });
  const amountMinor = line.lineTotalMinor - (refunded._sum.amountMinor ?? 0);
  if (amountMinor <= 0) return no("the line was refunded in full");
  const feeMinor = amountMinor === line.lineTotalMinor ? line.feeMinor : percentOf(amountMinor, line.feeBps);
  const vendorMinor = amountMinor - feeMinor;

  const [held] = await tx.$queryRaw<{ held: number | bigint | null }[]>`
    SELECT -SUM(l."amountMinor") AS held FROM "LedgerLine" l JOIN "LedgerJournal" j ON j.id = l."journalId"
    WHERE l.account = ${ACCOUNTS.escrow} AND j."orderId" = ${line.orderId}`;
  if (Number(held?.held ?? 0) < amountMinor) return no("the order's escrow holds less than the line");

  await postJournal(
    {
      kind: "RELEASE",
      idempotencyKey: releaseJournalKey(line.id),
      description: `Release ${line.sku} of order ${line.order.number}`,
      orderId: line.orderId,
      lines: [
        { account: ACCOUNTS.escrow, amountMinor },
        ...(vendorMinor > 0 ? [{ account: vendorPayable(line.vendorId), amountMinor: -vendorMinor }] : []),
        ...(feeMinor > 0 ? [{ account: ACCOUNTS.platformRevenue, amountMinor: -feeMinor }] : []),
      ],
    },
    tx,
  );
  await tx.orderLine.update({ where: { id: line.id }, data: { releasedAt: now }, select: { id: true } });
  await recordOrderEvent(
    {
      orderId: line.orderId,
      orderLineId: line.id,
      type: "line.earnings_released",
      from: line.status,
      to: line.status,
      actor: input.actor ?? SYSTEM,
      note: "holdback over: earnings released to the vendor",
      data: { amountMinor, feeMinor, vendorMinor },
    },
    tx,
  );
  return { released: true, lineId, amountMinor, feeMinor, vendorMinor };
}

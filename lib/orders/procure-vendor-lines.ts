import "server-only";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { lockRow } from "@/lib/db/lock-row";
import { AppError, isAppError } from "@/lib/errors";
import { transitionLine } from "@/lib/orders/line-lifecycle";
import type { TActor } from "@/lib/orders/order-events";
import { syncOrderStatus } from "@/lib/orders/order-lifecycle";
import { procureRefusal } from "@/lib/orders/vendor-line-policy";

export type TProcuredLine = {
  lineId: string;
  orderNumber: string;
  sku: string;
  batchCode: string;
  procuredAt: string;
  orderStatus: string;
};
export type TProcureRefusal = { lineId: string; code: string; reason: string };
export type TProcureLinesResult = { procured: TProcuredLine[]; refused: TProcureRefusal[] };

export const MAX_BULK_PROCURE = 200;

/**
 * The vendor hands one pre-order line over to consolidation: CONFIRMED → PROCURED through the
 * line lifecycle (its OrderEvent), procuredAt stamped (the reliability score compares it with
 * the batch's ship date) and the order's status re-derived, in one transaction. Locks the
 * batch for share first (lock-row.ts order), so a batch shipping at the same moment either
 * waits for this or is seen as shipped. Another vendor's line is NOT_FOUND, like a missing one.
 */
export async function procureVendorLine(
  input: { vendorId: string; lineId: string; actor: TActor },
  db: Db = prisma,
): Promise<TProcuredLine> {
  return inTransaction(db, async (tx) => {
    const found = await tx.orderLine.findFirst({
      where: { id: input.lineId, vendorId: input.vendorId },
      select: { id: true, orderId: true, batchId: true },
    });
    if (!found) throw new AppError("NOT_FOUND", "Order line not found.");
    if (found.batchId) await lockRow(tx, "Batch", found.batchId, "share");
    await lockRow(tx, "Order", found.orderId);
    const line = await tx.orderLine.findUniqueOrThrow({
      where: { id: found.id },
      select: {
        status: true,
        availability: true,
        sku: true,
        order: { select: { number: true } },
        batch: { select: { code: true, status: true } },
      },
    });
    const refusal = procureRefusal(line);
    if (refusal) throw new AppError("INVALID_STATE", refusal);
    await transitionLine(tx, { lineId: found.id, event: "PROCURE", actor: input.actor });
    const procuredAt = new Date();
    await tx.orderLine.update({ where: { id: found.id }, data: { procuredAt } });
    const order = await syncOrderStatus(tx, {
      orderId: found.orderId,
      actor: input.actor,
      note: `${line.sku} procured`,
    });
    return {
      lineId: found.id,
      orderNumber: line.order.number,
      sku: line.sku,
      batchCode: line.batch!.code,
      procuredAt: procuredAt.toISOString(),
      orderStatus: order.to,
    };
  });
}

/**
 * Bulk "Mark N procured": each line on its own (one line's refusal does not hold the others
 * back), answering which were procured and why each of the rest was refused.
 */
export async function procureVendorLines(
  input: { vendorId: string; lineIds: string[]; actor: TActor },
  db: Db = prisma,
): Promise<TProcureLinesResult> {
  const ids = [...new Set(input.lineIds)];
  if (ids.length === 0) throw new AppError("BAD_REQUEST", "Select the lines to mark procured.");
  if (ids.length > MAX_BULK_PROCURE)
    throw new AppError("BAD_REQUEST", `Mark at most ${MAX_BULK_PROCURE} lines procured at a time.`);
  const result: TProcureLinesResult = { procured: [], refused: [] };
  for (const lineId of ids) {
    try {
      result.procured.push(await procureVendorLine({ vendorId: input.vendorId, lineId, actor: input.actor }, db));
    } catch (e) {
      if (!isAppError(e) || (e.code !== "NOT_FOUND" && e.code !== "INVALID_STATE")) throw e;
      result.refused.push({ lineId, code: e.code, reason: e.message });
    }
  }
  return result;
}

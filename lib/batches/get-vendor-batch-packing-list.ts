import "server-only";
import { type Db, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { BatchStatus, OrderLineStatus, ShippingMethod } from "@/lib/generated/prisma/enums";
import { isIn, PAID_LINE_STATUSES } from "@/lib/orders/statuses";
import { procureRefusal, VENDOR_VISIBLE_LINE_STATUSES } from "@/lib/orders/vendor-line-policy";

// The vendor's packing list for one batch (/vendor/orders/batches/[code], its print view and CSV):
// every paid line of this vendor in the batch, grouped by product and variant with the total
// to hand over and the orders it is for, and which are procured already. Lines that ended
// (unavailable, cancelled, returned) are listed apart: nothing to pack. A batch this vendor
// has no line in is NOT_FOUND — its existence and contents are other vendors' business.

export type TPackingLine = {
  lineId: string;
  orderNumber: string;
  quantity: number;
  status: OrderLineStatus;
  isProcured: boolean;
  /** Why "Mark procured" is refused now, or null. */
  procureRefusal: string | null;
};
export type TPackingItem = {
  variantId: string;
  productTitle: string;
  variantTitle: string;
  sku: string;
  quantity: number;
  procuredQuantity: number;
  lines: TPackingLine[];
};
export type TVendorPackingList = {
  batch: {
    code: string;
    status: BatchStatus;
    origin: string;
    shippingMethod: ShippingMethod;
    cutoffAt: string;
    arrivalWindowStart: string;
    arrivalWindowEnd: string;
  };
  items: TPackingItem[];
  quantity: number;
  procuredQuantity: number;
  ended: {
    lineId: string;
    orderNumber: string;
    sku: string;
    quantity: number;
    status: OrderLineStatus;
    reason: string | null;
  }[];
};

export async function getVendorBatchPackingListOrThrow(
  input: { vendorId: string; code: string },
  db: Db = prisma,
): Promise<TVendorPackingList> {
  const batch = await db.batch.findUnique({
    where: { code: input.code.toUpperCase() },
    select: {
      id: true,
      code: true,
      status: true,
      shippingMethod: true,
      cutoffAt: true,
      arrivalWindowStart: true,
      arrivalWindowEnd: true,
      origin: { select: { name: true } },
    },
  });
  const lines = batch
    ? await db.orderLine.findMany({
        where: { batchId: batch.id, vendorId: input.vendorId, status: { in: [...VENDOR_VISIBLE_LINE_STATUSES] } },
        select: {
          id: true,
          variantId: true,
          productTitle: true,
          variantTitle: true,
          sku: true,
          quantity: true,
          status: true,
          availability: true,
          unavailableReason: true,
          order: { select: { number: true } },
        },
        orderBy: [{ productTitle: "asc" }, { variantTitle: "asc" }, { order: { number: "asc" } }, { id: "asc" }],
      })
    : [];
  if (!batch || lines.length === 0) throw new AppError("NOT_FOUND", "No batch with this code.");

  const items = new Map<string, TPackingItem>();
  const list: TVendorPackingList = {
    batch: {
      code: batch.code,
      status: batch.status,
      origin: batch.origin.name,
      shippingMethod: batch.shippingMethod,
      cutoffAt: batch.cutoffAt.toISOString(),
      arrivalWindowStart: batch.arrivalWindowStart.toISOString(),
      arrivalWindowEnd: batch.arrivalWindowEnd.toISOString(),
    },
    items: [],
    quantity: 0,
    procuredQuantity: 0,
    ended: [],
  };
  for (const l of lines) {
    if (!isIn(PAID_LINE_STATUSES, l.status)) {
      list.ended.push({
        lineId: l.id,
        orderNumber: l.order.number,
        sku: l.sku,
        quantity: l.quantity,
        status: l.status,
        reason: l.unavailableReason,
      });
      continue;
    }
    let item = items.get(l.variantId);
    if (!item) {
      item = {
        variantId: l.variantId,
        productTitle: l.productTitle,
        variantTitle: l.variantTitle,
        sku: l.sku,
        quantity: 0,
        procuredQuantity: 0,
        lines: [],
      };
      items.set(l.variantId, item);
    }
    const isProcured = l.status !== "CONFIRMED";
    item.lines.push({
      lineId: l.id,
      orderNumber: l.order.number,
      quantity: l.quantity,
      status: l.status,
      isProcured,
      procureRefusal: procureRefusal({ ...l, batch: { code: batch.code, status: batch.status } }),
    });
    item.quantity += l.quantity;
    list.quantity += l.quantity;
    if (isProcured) {
      item.procuredQuantity += l.quantity;
      list.procuredQuantity += l.quantity;
    }
  }
  list.items = [...items.values()];
  return list;
}

import "server-only";
import { type Db, prisma } from "@/lib/db";
import { PAID_LINE_STATUSES } from "@/lib/orders/statuses";

// The batch manifest: per vendor, what they must hand over for this batch — each variant
// with its quantity, the orders it is for, and how much of it is procured already. Only paid
// lines not taken back count (an unpaid checkout's hold is not something to source).

export type TManifestItem = {
  variantId: string;
  productTitle: string;
  variantTitle: string;
  sku: string;
  quantity: number;
  procuredQuantity: number;
  orderNumbers: string[];
};
export type TManifestVendor = {
  vendorId: string;
  vendorName: string;
  quantity: number;
  procuredQuantity: number;
  items: TManifestItem[];
};

const HANDED_OVER = new Set<string>(PAID_LINE_STATUSES.filter((s) => s !== "CONFIRMED"));

export async function getBatchManifest(input: { batchId: string }, db: Db = prisma): Promise<TManifestVendor[]> {
  const lines = await db.orderLine.findMany({
    where: { batchId: input.batchId, status: { in: [...PAID_LINE_STATUSES] } },
    select: {
      variantId: true,
      productTitle: true,
      variantTitle: true,
      sku: true,
      quantity: true,
      status: true,
      vendorId: true,
      vendor: { select: { name: true } },
      order: { select: { number: true } },
    },
    orderBy: [{ vendor: { name: "asc" } }, { productTitle: "asc" }, { variantTitle: "asc" }],
  });
  const vendors = new Map<string, TManifestVendor>();
  for (const l of lines) {
    let v = vendors.get(l.vendorId);
    if (!v) {
      v = { vendorId: l.vendorId, vendorName: l.vendor.name, quantity: 0, procuredQuantity: 0, items: [] };
      vendors.set(l.vendorId, v);
    }
    let item = v.items.find((i) => i.variantId === l.variantId);
    if (!item) {
      item = {
        variantId: l.variantId,
        productTitle: l.productTitle,
        variantTitle: l.variantTitle,
        sku: l.sku,
        quantity: 0,
        procuredQuantity: 0,
        orderNumbers: [],
      };
      v.items.push(item);
    }
    const procured = HANDED_OVER.has(l.status) ? l.quantity : 0;
    item.quantity += l.quantity;
    item.procuredQuantity += procured;
    if (!item.orderNumbers.includes(l.order.number)) item.orderNumbers.push(l.order.number);
    v.quantity += l.quantity;
    v.procuredQuantity += procured;
  }
  return [...vendors.values()];
}

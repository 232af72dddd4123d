// Groups quoted lines by vendor and by shipment and adds up the totals. Pure (unit-tested
// through quoteCart); isomorphic so the cart page could regroup without the server.
import type { TCartBatch, TCartQuote, TCartQuoteLine, TCartShipment, TCartVendorGroup } from "@/lib/cart/types";

/** In stock first, then batches by cut-off (then code). */
function shipmentOrder(a: TCartShipment, b: TCartShipment): number {
  if (a.kind !== b.kind) return a.kind === "IN_STOCK" ? -1 : 1;
  return (
    (a.batch?.cutoffAt ?? "").localeCompare(b.batch?.cutoffAt ?? "") ||
    (a.batch?.code ?? "").localeCompare(b.batch?.code ?? "")
  );
}

function emptyShipment(key: string, batch: TCartBatch | null): TCartShipment {
  return { key, kind: batch ? "PRE_ORDER" : "IN_STOCK", batch, subtotalMinor: 0, itemCount: 0 };
}

export function groupQuote(
  lines: TCartQuoteLine[],
  unknownVariantIds: string[],
  batches: Map<string, TCartBatch>,
): TCartQuote {
  const vendors = new Map<string, TCartVendorGroup>();
  const shipments = new Map<string, TCartShipment>();
  for (const line of lines) {
    let vendor = vendors.get(line.vendorId);
    if (!vendor) {
      vendor = {
        vendorId: line.vendorId,
        vendorSlug: line.vendorSlug,
        vendorName: line.vendorName,
        subtotalMinor: 0,
        itemCount: 0,
        shipments: [],
        unavailableVariantIds: [],
      };
      vendors.set(line.vendorId, vendor);
    }
    if (!line.isOrderable || !line.shipmentKey) {
      vendor.unavailableVariantIds.push(line.variantId);
      continue;
    }
    const batch = line.batchId ? (batches.get(line.batchId) ?? null) : null;
    const key = line.shipmentKey;
    const total = shipments.get(key) ?? emptyShipment(key, batch);
    total.subtotalMinor += line.lineTotalMinor;
    total.itemCount += line.quantity;
    shipments.set(key, total);

    let own = vendor.shipments.find((s) => s.key === key);
    if (!own) {
      own = { ...emptyShipment(key, batch), variantIds: [] };
      vendor.shipments.push(own);
    }
    own.subtotalMinor += line.lineTotalMinor;
    own.itemCount += line.quantity;
    own.variantIds.push(line.variantId);
    vendor.subtotalMinor += line.lineTotalMinor;
    vendor.itemCount += line.quantity;
  }
  for (const v of vendors.values()) v.shipments.sort(shipmentOrder);
  const vendorList = [...vendors.values()];
  return {
    currency: "GHS",
    lines,
    vendors: vendorList,
    shipments: [...shipments.values()].sort(shipmentOrder),
    unknownVariantIds,
    subtotalMinor: vendorList.reduce((s, v) => s + v.subtotalMinor, 0),
    itemCount: vendorList.reduce((s, v) => s + v.itemCount, 0),
    hasChanges: unknownVariantIds.length > 0 || lines.some((l) => l.changes.length > 0),
  };
}

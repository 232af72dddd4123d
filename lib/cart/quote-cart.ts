import "server-only";
import { type Db, prisma } from "@/lib/db";
import { getOpenBatchByOrigin, type TOpenBatch } from "@/lib/batches/open-batches";
import { parseOptions } from "@/lib/catalog/variant-availability";
import { imageForVariant } from "@/lib/catalog/client/variant-image";
import { groupQuote } from "@/lib/cart/group-quote";
import { CART_MAX_QUANTITY, type TCartQuoteLineInput } from "@/lib/cart/schema";
import { loadTakenInBatches, orderableUnits } from "@/lib/inventory/orderable-units";
import type { TCartBatch, TCartChange, TCartQuote, TCartQuoteLine } from "@/lib/cart/types";

// The server's word on a cart: every line repriced from the database, what can be ordered
// now and how it ships. Client prices are display only (architecture rule 8). Checkout
// calls this too, so the rules are the checkout rules:
//  - in stock: stockOnHand − reserved units can be ordered;
//  - pre-order: ships in the soonest OPEN batch of the product's origin (cut-off still
//    ahead); none open → not orderable; a per-batch cap leaves cap − (reserved + sold).
// Read-only: nothing is reserved until an order is placed.

const variantSelect = {
  id: true,
  sku: true,
  title: true,
  options: true,
  priceMinor: true,
  compareAtMinor: true,
  availability: true,
  stockOnHand: true,
  reserved: true,
  batchCap: true,
  isActive: true,
  product: {
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      originId: true,
      vendor: { select: { id: true, slug: true, name: true, status: true } },
      // every photo: the line shows the one of its variant (imageForVariant)
      images: {
        orderBy: { position: "asc" as const },
        select: { url: true, alt: true, width: true, height: true },
      },
    },
  },
} as const;

function toBatch(b: TOpenBatch): TCartBatch {
  const { id, code, originName, shippingMethod, cutoffAt, arrivalWindowStart, arrivalWindowEnd } = b;
  return { id, code, originName, shippingMethod, cutoffAt, arrivalWindowStart, arrivalWindowEnd };
}

/** Reprices lines (duplicates of a variant are added up) and reports every change. */
export async function quoteCart(
  { lines: requested, now = new Date() }: { lines: readonly TCartQuoteLineInput[]; now?: Date },
  db: Db = prisma,
): Promise<TCartQuote> {
  const lines = mergeDuplicates(requested);
  const variants = await db.variant.findMany({
    where: { id: { in: lines.map((l) => l.variantId) } },
    select: variantSelect,
  });
  const byId = new Map(variants.map((v) => [v.id, v]));

  const preOrderOrigins = [
    ...new Set(variants.filter((v) => v.availability === "PRE_ORDER").map((v) => v.product.originId)),
  ];
  const batchByOrigin = await getOpenBatchByOrigin({ originIds: preOrderOrigins, now }, db);
  const takenInBatch = await loadTakenInBatches(
    {
      pairs: variants.flatMap((v) => {
        const batch =
          v.availability === "PRE_ORDER" && v.batchCap !== null ? batchByOrigin.get(v.product.originId) : undefined;
        return batch ? [{ batchId: batch.id, variantId: v.id }] : [];
      }),
    },
    db,
  );

  const quoted: TCartQuoteLine[] = [];
  const unknownVariantIds: string[] = [];
  for (const line of lines) {
    const v = byId.get(line.variantId);
    if (!v) {
      unknownVariantIds.push(line.variantId);
      continue;
    }
    const changes: TCartChange[] = [];
    const batch = v.availability === "PRE_ORDER" ? (batchByOrigin.get(v.product.originId) ?? null) : null;

    // Most units orderable now; 0 = not orderable (with the reason as a change).
    let max = CART_MAX_QUANTITY;
    let blocked = true;
    if (!v.isActive) changes.push({ kind: "UNAVAILABLE", reason: "INACTIVE" });
    else if (v.product.status !== "ACTIVE") changes.push({ kind: "UNAVAILABLE", reason: "PRODUCT_UNAVAILABLE" });
    else if (v.product.vendor.status !== "ACTIVE") changes.push({ kind: "UNAVAILABLE", reason: "VENDOR_UNAVAILABLE" });
    else if (v.availability === "PRE_ORDER" && !batch) {
      changes.push({ kind: "BATCH_CLOSED", previousBatchId: line.expectedBatchId ?? null });
    } else {
      const units = orderableUnits(v, {
        hasOpenBatch: batch !== null,
        takenInBatch: batch ? takenInBatch(batch.id, v.id) : 0,
      });
      if (units !== null) max = Math.min(max, units);
      if (max === 0)
        changes.push({ kind: "UNAVAILABLE", reason: v.availability === "IN_STOCK" ? "SOLD_OUT" : "BATCH_FULL" });
      else blocked = false;
      if (batch && line.expectedBatchId !== undefined && line.expectedBatchId !== batch.id) {
        changes.push({ kind: "BATCH_CHANGED", previousBatchId: line.expectedBatchId, batchId: batch.id });
      }
    }
    if (blocked) max = 0;
    if (!blocked && line.quantity > max) {
      const reason = max === CART_MAX_QUANTITY ? "LIMIT" : v.availability === "IN_STOCK" ? "STOCK" : "BATCH_CAP";
      changes.push({ kind: "QUANTITY_REDUCED", requested: line.quantity, available: max, reason });
    }
    if (line.expectedPriceMinor !== undefined && line.expectedPriceMinor !== v.priceMinor) {
      changes.push({ kind: "PRICE_CHANGED", previousMinor: line.expectedPriceMinor, currentMinor: v.priceMinor });
    }

    const quantity = blocked ? 0 : Math.min(line.quantity, max);
    const options = parseOptions(v.options);
    const image = imageForVariant(v.product.images, options);
    quoted.push({
      variantId: v.id,
      productId: v.product.id,
      productSlug: v.product.slug,
      productTitle: v.product.title,
      variantTitle: v.title,
      options,
      sku: v.sku,
      image,
      vendorId: v.product.vendor.id,
      vendorSlug: v.product.vendor.slug,
      vendorName: v.product.vendor.name,
      availability: v.availability,
      unitPriceMinor: v.priceMinor,
      compareAtMinor: v.compareAtMinor,
      requestedQuantity: line.quantity,
      quantity,
      maxQuantity: max,
      lineTotalMinor: v.priceMinor * quantity,
      shipmentKey: blocked ? null : batch ? `batch:${batch.id}` : "IN_STOCK",
      batchId: blocked ? null : (batch?.id ?? null),
      isOrderable: !blocked,
      changes,
    });
  }
  const batches = new Map([...batchByOrigin.values()].map((b) => [b.id, toBatch(b)]));
  return groupQuote(quoted, unknownVariantIds, batches);
}

function mergeDuplicates(input: readonly TCartQuoteLineInput[]): TCartQuoteLineInput[] {
  const byId = new Map<string, TCartQuoteLineInput>();
  for (const l of input) {
    const prev = byId.get(l.variantId);
    byId.set(l.variantId, prev ? { ...prev, quantity: prev.quantity + l.quantity } : { ...l });
  }
  return [...byId.values()];
}

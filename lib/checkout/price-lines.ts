import "server-only";
import { type Db, prisma } from "@/lib/db";
import { getOpenBatchByOrigin } from "@/lib/batches/open-batches";
import { parseOptions } from "@/lib/catalog/variant-availability";
import { imageForVariant } from "@/lib/catalog/client/variant-image";
import { AppError } from "@/lib/errors";
import { loadTakenInBatches, orderableUnits } from "@/lib/inventory/orderable-units";
import { splitFee } from "@/lib/money";
import { MAX_LINE_QUANTITY, type TCheckoutLine } from "@/lib/checkout/schemas";

export type TPricedLine = {
  variantId: string;
  productId: string;
  vendorId: string;
  vendorName: string;
  originId: string;
  productTitle: string;
  productSlug: string;
  variantTitle: string;
  sku: string;
  imageUrl: string | null;
  availability: "IN_STOCK" | "PRE_ORDER";
  quantity: number;
  unitPriceMinor: number;
  lineTotalMinor: number;
  feeBps: number;
  feeMinor: number;
  /** Units that could still be reserved right now (display only; the reservation decides). */
  available: number | null;
  /** Pre-order: the OPEN batch the line would join (soonest cut-off of its origin). */
  batch: { id: string; code: string; cutoffAt: Date; arrivalWindowStart: Date; arrivalWindowEnd: Date } | null;
};

/**
 * Reprices checkout lines from the database (the client sends no prices) and validates
 * them: the same variant twice is merged, unknown variants are NOT_FOUND, inactive ones or
 * archived products or suspended vendors are UNPROCESSABLE, a pre-order whose origin has no
 * OPEN batch is INVALID_STATE. Fee per line: vendor.feeBps ?? platformFeeBps (half-up).
 * Lines come back sorted by variantId (the order reservations are taken in).
 */
export async function priceCheckoutLines(
  input: { lines: readonly TCheckoutLine[]; platformFeeBps: number; now?: Date },
  db: Db = prisma,
): Promise<TPricedLine[]> {
  const merged = new Map<string, number>();
  for (const l of input.lines) merged.set(l.variantId, (merged.get(l.variantId) ?? 0) + l.quantity);
  for (const [variantId, quantity] of merged) {
    if (quantity > MAX_LINE_QUANTITY)
      throw new AppError("BAD_REQUEST", `At most ${MAX_LINE_QUANTITY} of one item per order.`, {
        details: { variantId },
      });
  }
  const ids = [...merged.keys()].sort();
  const variants = await db.variant.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      sku: true,
      title: true,
      options: true,
      priceMinor: true,
      availability: true,
      isActive: true,
      stockOnHand: true,
      reserved: true,
      batchCap: true,
      product: {
        select: {
          id: true,
          slug: true,
          title: true,
          status: true,
          originId: true,
          // every photo: the line (and the order line's snapshot) shows its variant's
          images: { select: { url: true, alt: true }, orderBy: { position: "asc" } },
          vendor: { select: { id: true, name: true, status: true, feeBps: true } },
        },
      },
    },
  });
  const byId = new Map(variants.map((v) => [v.id, v]));
  const preOrders = variants.filter((v) => v.availability === "PRE_ORDER");
  const openBatchByOrigin = await getOpenBatchByOrigin(
    { originIds: preOrders.map((v) => v.product.originId), now: input.now ?? new Date() },
    db,
  );
  const takenInBatch = await loadTakenInBatches(
    {
      pairs: preOrders.flatMap((v) => {
        const open = v.batchCap !== null ? openBatchByOrigin.get(v.product.originId) : undefined;
        return open ? [{ batchId: open.id, variantId: v.id }] : [];
      }),
    },
    db,
  );
  const priced: TPricedLine[] = [];

  for (const variantId of ids) {
    const v = byId.get(variantId);
    if (!v)
      throw new AppError("NOT_FOUND", "An item in your cart no longer exists. Remove it and try again.", {
        details: { variantId },
      });
    const p = v.product;
    if (!v.isActive || p.status !== "ACTIVE" || p.vendor.status !== "ACTIVE") {
      throw new AppError("UNPROCESSABLE", `"${p.title} — ${v.title}" is no longer sold. Remove it and try again.`, {
        details: { variantId },
      });
    }
    const open = v.availability === "PRE_ORDER" ? openBatchByOrigin.get(p.originId) : undefined;
    if (v.availability === "PRE_ORDER" && !open) {
      throw new AppError("INVALID_STATE", `Pre-orders for "${p.title}" are closed until the next shipment opens.`, {
        details: { variantId },
      });
    }
    const batch: TPricedLine["batch"] = open
      ? {
          id: open.id,
          code: open.code,
          cutoffAt: new Date(open.cutoffAt),
          arrivalWindowStart: new Date(open.arrivalWindowStart),
          arrivalWindowEnd: new Date(open.arrivalWindowEnd),
        }
      : null;
    const available = orderableUnits(v, {
      hasOpenBatch: Boolean(open),
      takenInBatch: open ? takenInBatch(open.id, variantId) : 0,
    });
    const quantity = merged.get(variantId)!;
    const lineTotalMinor = v.priceMinor * quantity;
    const feeBps = p.vendor.feeBps ?? input.platformFeeBps;
    priced.push({
      variantId,
      productId: p.id,
      vendorId: p.vendor.id,
      vendorName: p.vendor.name,
      originId: p.originId,
      productTitle: p.title,
      productSlug: p.slug,
      variantTitle: v.title,
      sku: v.sku,
      imageUrl: imageForVariant(p.images, parseOptions(v.options))?.url ?? null,
      availability: v.availability,
      quantity,
      unitPriceMinor: v.priceMinor,
      lineTotalMinor,
      feeBps,
      feeMinor: splitFee(lineTotalMinor, feeBps).feeMinor,
      available,
      batch,
    });
  }
  return priced;
}

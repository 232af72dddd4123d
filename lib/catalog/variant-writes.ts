import "server-only";
import { AppError } from "@/lib/errors";
import { type Prisma } from "@/lib/db";
import { type ZVariantInput } from "@/lib/catalog/schemas";
import type { z } from "zod";

type TVariant = z.output<typeof ZVariantInput>;
type Tx = Prisma.TransactionClient;

/** "M / Black"; a variant without options is the product's only one: "Default". */
export function variantTitle(optionNames: string[], v: TVariant): string {
  if (v.title) return v.title;
  const parts = optionNames.map((n) => v.options[n]).filter((x): x is string => Boolean(x));
  return parts.length ? parts.join(" / ") : "Default";
}

/** CONFLICT when a SKU belongs to another product (SKUs are unique across the store). */
export async function assertSkusFree(
  tx: Tx,
  { skus, ownProductId }: { skus: string[]; ownProductId?: string },
): Promise<void> {
  if (skus.length === 0) return;
  const taken = await tx.variant.findMany({
    where: ownProductId ? { sku: { in: skus }, productId: { not: ownProductId } } : { sku: { in: skus } },
    select: { sku: true },
  });
  if (taken.length) {
    throw new AppError("CONFLICT", `SKU already in use: ${taken.map((t) => t.sku).join(", ")}`, {
      details: { skus: taken.map((t) => t.sku) },
    });
  }
}

export function variantColumns(optionNames: string[], v: TVariant) {
  const isStock = v.availability === "IN_STOCK";
  return {
    title: variantTitle(optionNames, v),
    options: v.options,
    priceMinor: v.priceMinor,
    compareAtMinor: v.compareAtMinor ?? null,
    availability: v.availability,
    // Pre-order variants hold no stock in Ghana; in-stock ones have no batch cap.
    batchCap: isStock ? null : (v.batchCap ?? null),
    ...(v.lowStockAt !== undefined ? { lowStockAt: v.lowStockAt } : {}),
    ...(v.isActive !== undefined ? { isActive: v.isActive } : {}),
  };
}

/** Inserts new variants; each in-stock one with stock gets its INITIAL inventory movement. */
export async function insertVariants(
  tx: Tx,
  args: {
    productId: string;
    optionNames: string[];
    variants: TVariant[];
    positions?: number[];
    actorId: string | null;
  },
): Promise<{ id: string; sku: string }[]> {
  if (args.variants.length === 0) return [];
  const created = await tx.variant.createManyAndReturn({
    data: args.variants.map((v, i) => ({
      productId: args.productId,
      sku: v.sku,
      position: args.positions?.[i] ?? i,
      stockOnHand: v.availability === "IN_STOCK" ? v.stockOnHand : 0,
      ...variantColumns(args.optionNames, v),
    })),
    select: { id: true, sku: true, stockOnHand: true },
  });
  const movements = created
    .filter((v) => v.stockOnHand > 0)
    .map((v) => ({
      variantId: v.id,
      reason: "INITIAL" as const,
      quantity: v.stockOnHand,
      stockAfter: v.stockOnHand,
      actorId: args.actorId,
      reference: `initial:${v.sku}`,
      note: "Opening stock",
    }));
  if (movements.length) await tx.inventoryMovement.createMany({ data: movements });
  return created.map(({ id, sku }) => ({ id, sku }));
}

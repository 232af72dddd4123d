// What a shopper can buy of each variant right now, as the product page shows it. Pure (no
// database), so it is unit-tested; the units come from the rule the cart quote and checkout
// share (lib/inventory/orderable-units.ts).
import { orderableUnits } from "@/lib/inventory/orderable-units";

export type TVariantStatus =
  | "IN_STOCK" // in Ghana, ready to deliver
  | "LOW_STOCK" // in stock, at or below the variant's low-stock threshold
  | "SOLD_OUT" // in-stock variant with nothing left
  | "PRE_ORDER" // ships in the open batch
  | "BATCH_FULL" // capped pre-order: the open batch's cap is taken
  | "NO_BATCH"; // pre-order but no batch from this origin is open

export type TVariantOption = {
  id: string;
  sku: string;
  title: string;
  /** Option values keyed by the product's option names, e.g. { Size: "M", Colour: "Black" }. */
  options: Record<string, string>;
  priceMinor: number;
  compareAtMinor: number | null;
  currency: "GHS";
  availability: "IN_STOCK" | "PRE_ORDER";
  status: TVariantStatus;
  /** Units that can still be bought (stock left, or batch cap left); null = no limit. */
  remaining: number | null;
  isPurchasable: boolean;
};

type TVariantRow = {
  id: string;
  sku: string;
  title: string;
  options: unknown;
  priceMinor: number;
  compareAtMinor: number | null;
  currency: "GHS";
  availability: "IN_STOCK" | "PRE_ORDER";
  stockOnHand: number;
  reserved: number;
  batchCap: number | null;
  lowStockAt: number;
};

export function parseOptions(raw: unknown): Record<string, string> {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) if (v !== null && v !== undefined && v !== "") out[k] = String(v);
  return out;
}

export function toVariantOption(
  v: TVariantRow,
  ctx: { hasOpenBatch: boolean; allocatedInBatch: number },
): TVariantOption {
  const remaining = orderableUnits(v, { hasOpenBatch: ctx.hasOpenBatch, takenInBatch: ctx.allocatedInBatch });
  let status: TVariantStatus;
  if (v.availability === "IN_STOCK") {
    status = remaining === 0 ? "SOLD_OUT" : remaining !== null && remaining <= v.lowStockAt ? "LOW_STOCK" : "IN_STOCK";
  } else if (!ctx.hasOpenBatch) {
    status = "NO_BATCH";
  } else {
    status = remaining === 0 ? "BATCH_FULL" : "PRE_ORDER";
  }
  return {
    id: v.id,
    sku: v.sku,
    title: v.title,
    options: parseOptions(v.options),
    priceMinor: v.priceMinor,
    compareAtMinor: v.compareAtMinor,
    currency: v.currency,
    availability: v.availability,
    status,
    remaining,
    isPurchasable: status === "IN_STOCK" || status === "LOW_STOCK" || status === "PRE_ORDER",
  };
}

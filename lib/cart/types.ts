// The server's cart quote (POST /api/v1/cart/quote, and checkout): every line repriced from
// the database, grouped by vendor and by shipment, with what changed. Isomorphic DTOs.
import type { TCardImage } from "@/lib/catalog/types";

export type TCartChange =
  | { kind: "PRICE_CHANGED"; previousMinor: number; currentMinor: number }
  /** Cannot be bought any more: removed when the customer accepts. */
  | {
      kind: "UNAVAILABLE";
      reason: "INACTIVE" | "PRODUCT_UNAVAILABLE" | "VENDOR_UNAVAILABLE" | "SOLD_OUT" | "BATCH_FULL";
    }
  /** Pre-order with no OPEN batch for its origin: cannot be ordered until one opens. */
  | { kind: "BATCH_CLOSED"; previousBatchId: string | null }
  /** The batch shown before closed (or another opened first): ships in this one now. */
  | { kind: "BATCH_CHANGED"; previousBatchId: string | null; batchId: string }
  | { kind: "QUANTITY_REDUCED"; requested: number; available: number; reason: "STOCK" | "BATCH_CAP" | "LIMIT" };

export type TCartBatch = {
  id: string;
  code: string;
  originName: string;
  shippingMethod: "AIR" | "SEA";
  cutoffAt: string;
  arrivalWindowStart: string;
  arrivalWindowEnd: string;
};

export type TCartQuoteLine = {
  variantId: string;
  productId: string;
  productSlug: string;
  productTitle: string;
  variantTitle: string;
  options: Record<string, string>;
  sku: string;
  image: TCardImage | null;
  vendorId: string;
  vendorSlug: string;
  vendorName: string;
  availability: "IN_STOCK" | "PRE_ORDER";
  unitPriceMinor: number;
  compareAtMinor: number | null;
  /** What the cart asked for, and what can be ordered now (0 when not orderable). */
  requestedQuantity: number;
  quantity: number;
  /** Most units orderable now (stock left, batch cap left, cart limit). */
  maxQuantity: number;
  lineTotalMinor: number;
  /** "IN_STOCK", "batch:<id>", or null when the line cannot be ordered. */
  shipmentKey: string | null;
  batchId: string | null;
  isOrderable: boolean;
  changes: TCartChange[];
};

export type TCartShipment = {
  key: string;
  kind: "IN_STOCK" | "PRE_ORDER";
  batch: TCartBatch | null;
  subtotalMinor: number;
  itemCount: number;
};

export type TCartVendorGroup = {
  vendorId: string;
  vendorSlug: string;
  vendorName: string;
  subtotalMinor: number;
  itemCount: number;
  /** This vendor's orderable lines per shipment (in stock first, then batches by cut-off). */
  shipments: (TCartShipment & { variantIds: string[] })[];
  /** Lines of this vendor that cannot be ordered now. */
  unavailableVariantIds: string[];
};

export type TCartQuote = {
  currency: "GHS";
  /** Every known line, in the cart's order. */
  lines: TCartQuoteLine[];
  vendors: TCartVendorGroup[];
  /** Totals per shipment across vendors (in stock now, then each batch). */
  shipments: TCartShipment[];
  /** Variants that no longer exist (removed when the customer accepts). */
  unknownVariantIds: string[];
  subtotalMinor: number;
  itemCount: number;
  hasChanges: boolean;
};

// Shapes of the demo catalog tables. Prices are in Ghana cedis here (whole or .50) and
// become pesewas when the products are built (build-products.ts).
import type { TArtKind } from "../../scripts/generate-images-art.ts";

export type TVendorKey = "kingsway" | "northern" | "souk" | "pearl" | "empire" | "lanes";
export type TStockMode = "in" | "pre" | "mixed";

export type TProductRow = {
  vendor: TVendorKey;
  /** Slug of a sub-category (categories.ts). */
  category: string;
  brand: string;
  title: string;
  art: TArtKind;
  /** GH₵; per-option-value prices override it (e.g. a 256 GB phone). */
  price: number;
  /** GH₵ "was" price shown struck through. */
  was?: number;
  /** Option name → values, in display order: { Size: [...], Colour: [...] }. */
  options: Record<string, string[]>;
  /** Price by option value, e.g. { "256 GB": 13_900 }. */
  priceBy?: Record<string, number>;
  /** in: every variant in stock in Accra; pre: every variant a pre-order; mixed: first colour in stock. */
  stock: TStockMode;
  /** Per-batch cap for pre-order variants. */
  cap?: number;
  featured?: boolean;
  leadDays?: number;
  /** Colour of the illustration when the product has no Colour/Shade option. */
  artColour?: string;
  description: string;
};

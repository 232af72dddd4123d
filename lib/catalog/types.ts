// Catalog DTOs shared by the storefront pages, the JSON API and search (isomorphic: no
// server imports, safe for client components). Owned by the search/API/cart area.

export type TCardAvailability = "IN_STOCK" | "PRE_ORDER" | "MIXED";

export type TCardImage = { url: string; alt: string; width: number; height: number };

/** One product in a listing (search results, category/vendor pages, home rails). */
export type TProductCard = {
  id: string;
  slug: string;
  title: string;
  brand: string | null;
  vendorName: string;
  vendorSlug: string;
  originName: string;
  /** Lowest price of the product's active variants, in pesewas. */
  priceMinor: number;
  /** The compare-at price of that cheapest variant (a "was" price), in pesewas. */
  compareAtMinor: number | null;
  currency: "GHS";
  /** IN_STOCK / PRE_ORDER when every active variant agrees, MIXED otherwise. */
  availability: TCardAvailability;
  image: TCardImage | null;
  /** ISO cut-off of the open batch pre-order variants would ship in (null: none open / in stock only). */
  batchCutoffAt: string | null;
};

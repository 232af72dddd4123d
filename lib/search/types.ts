// Search results and suggestions (isomorphic DTOs: the /search page, the header search box
// and the JSON API share them).
import type { TProductCard } from "@/lib/catalog/types";

/** One value of a filter with the number of products it would show. */
export type TFacetValue = { value: string; label: string; count: number };

/** A price range in pesewas (max exclusive, null = open-ended); value is the URL form "100-250". */
export type TPriceFacetValue = TFacetValue & { minPrice: number | null; maxPrice: number | null };

/**
 * A size within its group, the top-level category of the products that have it ("Shoes",
 * "Women's Fashion"): the same label in two groups is two entries. null: no such category.
 */
export type TSizeFacetValue = TFacetValue & { group: { slug: string; name: string } | null };

/**
 * Counts per filter value for the current query, each computed with all the OTHER filters
 * applied (so picking a second vendor or a different size shows what it would give).
 */
export type TSearchFacets = {
  category: TFacetValue[];
  vendor: TFacetValue[];
  origin: TFacetValue[];
  availability: TFacetValue[];
  size: TSizeFacetValue[];
  colour: TFacetValue[];
  price: TPriceFacetValue[];
};

export type TSearchResult = {
  items: TProductCard[];
  /** null when every product after the current page has been shown. */
  nextCursor: string | null;
  /** Products matching the query and every filter (all pages). */
  total: number;
  /** null when the caller asked for no facets. */
  facets: TSearchFacets | null;
  /** "typo": nothing matched the words, so these are the closest titles (e.g. "adidsa" → Adidas). */
  matchMode: "all" | "text" | "typo";
};

export type TSuggestions = {
  q: string;
  products: { slug: string; title: string; priceMinor: number; image: TProductCard["image"] }[];
  categories: { slug: string; name: string }[];
  vendors: { slug: string; name: string }[];
};

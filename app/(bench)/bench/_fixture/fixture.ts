// The captured page data (bench/capture-fixtures.ts), typed. A constant: no database.
import type { TCategoryPage } from "@/lib/catalog/get-category-page";
import type { THomePage } from "@/lib/catalog/get-home-page";
import type { TProductPage } from "@/lib/catalog/get-product-page";
import type { TCategoryNode } from "@/lib/catalog/list-categories";
import type { TSearchResult } from "@/lib/search/types";
import data from "@/bench/fixtures/pages.json";

export type TBenchFixture = {
  capturedAt: string;
  targets: Record<"home" | "category" | "product" | "search" | "api", string>;
  categories: TCategoryNode[];
  home: THomePage;
  category: TCategoryPage;
  product: TProductPage;
  search: { q: string; result: TSearchResult };
  api: TSearchResult;
};

export const FIXTURE = data as unknown as TBenchFixture;

import { describe, expect, it } from "vitest";
import { tagsForChanges, type TCatalogChange } from "@/lib/catalog/cache/catalog-cache";
import { SEARCH_TAGS } from "@/lib/search/cached";

describe("search cache invalidation", () => {
  it("every catalog change expires cached search results and suggestions", () => {
    const changes: TCatalogChange["type"][] = ["product", "variant", "stock", "batch", "category", "vendor"];
    for (const change of changes) {
      const expired = tagsForChanges([change]);
      expect(
        expired.some((t) => SEARCH_TAGS.includes(t as (typeof SEARCH_TAGS)[number])),
        change,
      ).toBe(true);
    }
  });
});

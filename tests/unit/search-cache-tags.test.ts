import { describe, expect, it } from "vitest";
import { LISTING_TAGS, tagsForChanges, type TCatalogChange } from "@/lib/catalog/cache/tags";

describe("search cache invalidation", () => {
  it("every catalog change expires cached search results and suggestions", () => {
    const changes: TCatalogChange["type"][] = ["product", "variant", "stock", "batch", "category", "vendor"];
    for (const change of changes) {
      const expired = tagsForChanges([change]);
      expect(
        expired.some((t) => LISTING_TAGS.includes(t)),
        change,
      ).toBe(true);
    }
  });
});

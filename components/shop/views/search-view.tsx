// The search page body (used by app/(shop)/search/page.tsx and the benchmark baseline).
import { SearchX } from "lucide-react";
import Link from "next/link";
import { TrackEvent } from "@/components/analytics/posthog-provider";
import { ListingToolbar } from "@/components/shop/listing-toolbar";
import { ProductGrid } from "@/components/shop/product-grid";
import { ActiveFilters } from "@/components/shop/search/active-filters";
import { FilterDrawer } from "@/components/shop/search/filter-drawer";
import { FilterPanel, searchHref } from "@/components/shop/search/filter-panel";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadMoreLink } from "@/components/ui/pagination";
import { toSearchQuery, type TSearchParams } from "@/lib/search/schema";
import type { TSearchResult } from "@/lib/search/types";

const SORT_OPTIONS = [
  { value: "relevance", label: "Best match" },
  { value: "newest", label: "Newest" },
  { value: "price_asc", label: "Price: low to high" },
  { value: "price_desc", label: "Price: high to low" },
  { value: "closing_soon", label: "Batch closing soon" },
];

export function SearchView({ params, result }: { params: TSearchParams; result: TSearchResult }) {
  const facets = result.facets;
  const activeCount =
    (["category", "vendor", "origin", "availability", "size", "colour"] as const).filter((k) => params[k]).length +
    (params.minPrice !== undefined || params.maxPrice !== undefined ? 1 : 0);
  const nextHref = result.nextCursor ? `/search?${toSearchQuery(params, { cursor: result.nextCursor })}` : null;
  const { cursor: _cursor, ...withoutCursor } = params;
  const hidden = Object.fromEntries(new URLSearchParams(toSearchQuery({ ...withoutCursor, sort: "relevance" })));
  // One element for the desktop sidebar and the phone drawer: the RSC payload carries it once
  // and refers to it the second time (facet lists are most of this page's weight).
  const filterPanel = facets ? <FilterPanel params={params} facets={facets} /> : null;

  return (
    <div className="pt-5">
      <TrackEvent
        event="search"
        props={{ q: params.q, total: result.total, filters: activeCount, sort: params.sort }}
      />
      <header className="mb-4">
        <h1 className="text-2xl font-extrabold tracking-tight text-ink">
          {params.q ? <>Results for “{params.q}”</> : "All products"}
        </h1>
        {result.matchMode === "typo" && result.total > 0 ? (
          <p className="mt-1 text-sm text-ink-muted">No exact matches — showing the closest products.</p>
        ) : null}
      </header>

      <div className="lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-8">
        {facets ? (
          <aside aria-label="Filters" className="hidden lg:block">
            <h2 className="sr-only">Filters</h2>
            {filterPanel}
          </aside>
        ) : null}
        <div>
          <div className="mb-2 flex items-center gap-2 lg:hidden">
            {facets && (result.total > 0 || activeCount > 0) ? (
              <FilterDrawer activeCount={activeCount} total={result.total}>
                {filterPanel}
              </FilterDrawer>
            ) : null}
          </div>
          <ActiveFilters params={params} facets={facets} />
          <ListingToolbar total={result.total} sort={params.sort} options={SORT_OPTIONS} hidden={hidden} />
          {params.cursor ? (
            <p className="mb-3 text-sm">
              <Link
                href={searchHref(params, { cursor: undefined })}
                className="font-semibold text-brand-700 hover:underline"
              >
                ← Back to the first results
              </Link>
            </p>
          ) : null}
          {result.items.length ? (
            <ProductGrid products={result.items} priorityCount={2} />
          ) : (
            <EmptyState
              icon={<SearchX />}
              title={params.q ? `No products match “${params.q}”` : "No products match these filters"}
              action={
                activeCount ? (
                  <Link
                    href={searchHref({ q: params.q, sort: params.sort, limit: params.limit } as TSearchParams, {})}
                    className={buttonClasses({ variant: "outline" })}
                  >
                    Clear filters
                  </Link>
                ) : (
                  <Link href="/" className={buttonClasses({ variant: "outline" })}>
                    Browse the shop
                  </Link>
                )
              }
            >
              <p>Check the spelling, use fewer words, or remove a filter.</p>
            </EmptyState>
          )}
          <LoadMoreLink href={nextHref} label="Load more results" />
        </div>
      </div>
    </div>
  );
}

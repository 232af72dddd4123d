import { SortSelect } from "@/components/shop/sort-select";

export const LISTING_SORT_OPTIONS = [
  { value: "featured", label: "Featured" },
  { value: "newest", label: "Newest" },
  { value: "price_asc", label: "Price: low to high" },
  { value: "price_desc", label: "Price: high to low" },
];

/** "N products" and the sort form; hidden inputs keep the other URL parameters. */
export function ListingToolbar({
  total,
  sort,
  options = LISTING_SORT_OPTIONS,
  hidden = {},
}: {
  total: number;
  sort: string;
  options?: { value: string; label: string }[];
  hidden?: Record<string, string | undefined>;
}) {
  return (
    <div className="mb-4 flex items-center justify-between gap-3">
      <h2 className="sr-only">Products</h2>
      <p className="text-sm text-ink-muted" aria-live="polite">
        <span className="font-semibold text-ink">{total.toLocaleString("en-GH")}</span>{" "}
        {total === 1 ? "product" : "products"}
      </p>
      <form method="get" className="flex items-center gap-2">
        {Object.entries(hidden).map(([k, v]) => (v ? <input key={k} type="hidden" name={k} value={v} /> : null))}
        <label htmlFor="sort" className="text-sm text-ink-muted max-sm:sr-only">
          Sort by
        </label>
        <SortSelect id="sort" value={sort} options={options} />
        <noscript>
          <button type="submit" className="h-11 rounded-control bg-brand-600 px-3 text-sm font-semibold text-white">
            Apply
          </button>
        </noscript>
      </form>
    </div>
  );
}

import Link from "next/link";
import { Check } from "lucide-react";
import { toSearchQuery, type TSearchParams } from "@/lib/search/schema";
import type { TFacetValue, TSearchFacets } from "@/lib/search/types";
import { cn } from "@/lib/cn";

type TChange = Partial<Record<keyof TSearchParams, string | number | undefined>>;

/** /search URL for the current params with some changed; always back to the first page. */
export function searchHref(params: TSearchParams, change: TChange): string {
  const next = { ...params, ...change } as TSearchParams;
  for (const [k, v] of Object.entries(change)) if (v === undefined) delete (next as Record<string, unknown>)[k];
  const qs = toSearchQuery(next);
  return qs ? `/search?${qs}` : "/search";
}

const GROUPS: { key: Exclude<keyof TSearchFacets, "price">; title: string }[] = [
  { key: "availability", title: "Availability" },
  { key: "category", title: "Category" },
  { key: "origin", title: "Ships from" },
  { key: "vendor", title: "Vendor" },
  { key: "size", title: "Size" },
  { key: "colour", title: "Colour" },
];

/** Every filter as links with counts (each count already applies the other filters). */
export function FilterPanel({ params, facets }: { params: TSearchParams; facets: TSearchFacets }) {
  return (
    <div className="divide-y divide-black/5">
      {GROUPS.map(({ key, title }) => {
        const values = facets[key];
        const selected = params[key];
        if (values.length === 0 && !selected) return null;
        return (
          <FilterGroup key={key} title={title}>
            {values.map((v) => (
              <FilterLink
                key={v.value}
                value={v}
                isSelected={String(selected ?? "").toLowerCase() === v.value.toLowerCase()}
                href={searchHref(params, {
                  [key]: String(selected ?? "").toLowerCase() === v.value.toLowerCase() ? undefined : v.value,
                })}
              />
            ))}
          </FilterGroup>
        );
      })}
      {facets.price.length ? (
        <FilterGroup title="Price">
          {facets.price.map((b) => {
            const isSelected =
              params.minPrice === (b.minPrice ?? undefined) && params.maxPrice === (b.maxPrice ?? undefined);
            return (
              <FilterLink
                key={b.value}
                value={b}
                isSelected={isSelected}
                href={searchHref(
                  params,
                  isSelected
                    ? { minPrice: undefined, maxPrice: undefined }
                    : { minPrice: b.minPrice ?? undefined, maxPrice: b.maxPrice ?? undefined },
                )}
              />
            );
          })}
        </FilterGroup>
      ) : null}
    </div>
  );
}

function FilterGroup({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="py-4 first:pt-0">
      <h3 className="mb-2 text-sm font-semibold text-ink">{title}</h3>
      <ul className="max-h-64 space-y-0.5 overflow-y-auto">{children}</ul>
    </section>
  );
}

function FilterLink({ value, isSelected, href }: { value: TFacetValue; isSelected: boolean; href: string }) {
  return (
    <li>
      <Link
        href={href}
        scroll={false}
        aria-current={isSelected ? "true" : undefined}
        className={cn(
          "flex min-h-10 items-center gap-2.5 rounded-control px-2 text-sm hover:bg-surface-muted",
          isSelected ? "font-semibold text-ink" : "text-ink-muted",
        )}
      >
        <span
          aria-hidden="true"
          className={cn(
            "grid h-4.5 w-4.5 shrink-0 place-items-center rounded border",
            isSelected ? "border-brand-600 bg-brand-600 text-white" : "border-black/25 bg-surface",
          )}
        >
          {isSelected ? <Check className="h-3 w-3" strokeWidth={3} /> : null}
        </span>
        <span className="flex-1 truncate">{value.label}</span>
        <span className="text-xs text-ink-muted tabular-nums">{value.count}</span>
      </Link>
    </li>
  );
}

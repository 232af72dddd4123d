import Link from "next/link";
import { Check } from "lucide-react";
import { toSearchQuery, type TSearchParams } from "@/lib/search/schema";
import type { TFacetValue, TSearchFacets, TSizeFacetValue } from "@/lib/search/types";
import { cn } from "@/lib/cn";

type TChange = Partial<Record<keyof TSearchParams, string | number | undefined>>;

/** /search URL for the current params with some changed; always back to the first page. */
export function searchHref(params: TSearchParams, change: TChange): string {
  const next = { ...params, ...change } as TSearchParams;
  for (const [k, v] of Object.entries(change)) if (v === undefined) delete (next as Record<string, unknown>)[k];
  const qs = toSearchQuery(next);
  return qs ? `/search?${qs}` : "/search";
}

const GROUPS: { key: Exclude<keyof TSearchFacets, "price" | "size">; title: string }[] = [
  { key: "availability", title: "Availability" },
  { key: "category", title: "Category" },
  { key: "origin", title: "Ships from" },
  { key: "vendor", title: "Vendor" },
  { key: "colour", title: "Colour" },
];

/** Every filter as links with counts (each count already applies the other filters). */
export function FilterPanel({ params, facets }: { params: TSearchParams; facets: TSearchFacets }) {
  const renderGroup = ({ key, title }: (typeof GROUPS)[number]) => {
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
  };
  return (
    <div className="divide-y divide-black/5">
      {GROUPS.slice(0, 4).map(renderGroup)}
      <SizeFilter params={params} sizes={facets.size} />
      {GROUPS.slice(4).map(renderGroup)}
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

/**
 * Sizes under their top-level category when several are listed (clothing XS–XL apart from
 * shoes UK 5–11): choosing one from a group also scopes the search to that category, so a
 * dress's "UK 8" never brings in UK 8 shoes. Within one category, a plain list.
 */
function SizeFilter({ params, sizes }: { params: TSearchParams; sizes: TSizeFacetValue[] }) {
  const selected = params.size?.toLowerCase();
  if (sizes.length === 0 && !selected) return null;
  const groups = new Map<string, { name: string | null; slug: string | null; values: TSizeFacetValue[] }>();
  for (const v of sizes) {
    const key = v.group?.slug ?? "";
    const g = groups.get(key) ?? { name: v.group?.name ?? null, slug: v.group?.slug ?? null, values: [] };
    g.values.push(v);
    groups.set(key, g);
  }
  const isGrouped = groups.size > 1;
  const link = (v: TSizeFacetValue, slug: string | null) => {
    const isSelected = selected === v.value.toLowerCase() && (!isGrouped || params.category === slug);
    const scope = isGrouped && !params.category && slug ? { category: slug } : {};
    return (
      <FilterLink
        key={`${slug ?? ""}:${v.value}`}
        value={v}
        isSelected={isSelected}
        href={searchHref(params, isSelected ? { size: undefined } : { size: v.value, ...scope })}
      />
    );
  };
  return (
    <FilterGroup title="Size">
      {isGrouped
        ? [...groups.values()].map((g) => (
            <li key={g.slug ?? ""}>
              <h4 className="mt-2 px-2 text-xs font-semibold tracking-wide text-ink-muted uppercase first:mt-0">
                {g.name ?? "Other"}
              </h4>
              <ul aria-label={`${g.name ?? "Other"} sizes`}>{g.values.map((v) => link(v, g.slug))}</ul>
            </li>
          ))
        : sizes.map((v) => link(v, v.group?.slug ?? null))}
    </FilterGroup>
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

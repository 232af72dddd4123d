import Link from "next/link";
import { X } from "lucide-react";
import { formatMoney } from "@/lib/money";
import type { TSearchParams } from "@/lib/search/schema";
import type { TSearchFacets } from "@/lib/search/types";
import { searchHref } from "@/components/shop/search/filter-panel";

const LABELS = {
  category: "Category",
  vendor: "Vendor",
  origin: "From",
  availability: "",
  size: "Size",
  colour: "Colour",
} as const;

/** One removable chip per active filter, and "Clear all" (keeps the words and sort). */
export function ActiveFilters({ params, facets }: { params: TSearchParams; facets: TSearchFacets | null }) {
  const chips: { label: string; href: string }[] = [];
  for (const key of Object.keys(LABELS) as (keyof typeof LABELS)[]) {
    const value = params[key];
    if (!value) continue;
    const name =
      facets?.[key].find((v) => v.value.toLowerCase() === String(value).toLowerCase())?.label ?? String(value);
    chips.push({
      label: LABELS[key] ? `${LABELS[key]}: ${name}` : name,
      href: searchHref(params, { [key]: undefined }),
    });
  }
  if (params.minPrice !== undefined || params.maxPrice !== undefined) {
    const label =
      params.minPrice !== undefined && params.maxPrice !== undefined
        ? `${formatMoney(params.minPrice)} – ${formatMoney(params.maxPrice)}`
        : params.minPrice !== undefined
          ? `From ${formatMoney(params.minPrice)}`
          : `Up to ${formatMoney(params.maxPrice ?? 0)}`;
    chips.push({ label: `Price: ${label}`, href: searchHref(params, { minPrice: undefined, maxPrice: undefined }) });
  }
  if (chips.length === 0) return null;
  const clearAll = searchHref({ q: params.q, sort: params.sort, limit: params.limit } as TSearchParams, {});
  return (
    <div className="mb-4 flex flex-wrap items-center gap-2" aria-label="Active filters">
      {chips.map((c) => (
        <Link
          key={c.href}
          href={c.href}
          scroll={false}
          className="inline-flex h-9 items-center gap-1.5 rounded-pill bg-brand-50 pr-2.5 pl-3.5 text-sm font-medium text-brand-800 ring-1 ring-brand-200 hover:bg-brand-100"
        >
          {c.label}
          <X aria-hidden="true" className="h-4 w-4" />
          <span className="sr-only">(remove filter)</span>
        </Link>
      ))}
      <Link href={clearAll} scroll={false} className="px-2 text-sm font-semibold text-brand-700 hover:underline">
        Clear all
      </Link>
    </div>
  );
}

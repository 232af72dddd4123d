import Link from "next/link";
import type { TCategoryNode } from "@/lib/catalog/list-categories";

export function SubcategoryChips({ items }: { items: TCategoryNode[] }) {
  if (items.length === 0) return null;
  return (
    <nav aria-label="Subcategories" className="-mx-3 mb-5 overflow-x-auto px-3 sm:mx-0 sm:px-0">
      <ul className="flex gap-2 pb-1 sm:flex-wrap">
        {items.map((c) => (
          <li key={c.id}>
            <Link
              href={`/c/${c.slug}`}
              className="inline-flex h-10 items-center gap-2 rounded-pill bg-surface px-4 text-sm font-medium whitespace-nowrap text-ink ring-1 ring-black/10 hover:bg-brand-50 hover:ring-brand-600/40"
            >
              {c.name}
              <span className="text-xs text-ink-muted">{c.productCount}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import type { TProductCard } from "@/lib/catalog/types";
import { formatDate } from "@/lib/dates";
import { ProductCard } from "@/components/shop/product-card";

function footnote(p: TProductCard): string {
  if (p.availability !== "IN_STOCK" && p.batchCutoffAt) {
    return `From ${p.originName} · order by ${formatDate(p.batchCutoffAt, "d MMM")}`;
  }
  return p.availability === "IN_STOCK" ? "In Accra · delivered in 1–3 days" : `From ${p.originName}`;
}

/** Responsive grid; the first `priorityCount` images load eagerly (above the fold). */
export function ProductGrid({ products, priorityCount = 0 }: { products: TProductCard[]; priorityCount?: number }) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 lg:grid-cols-4">
      {products.map((p, i) => (
        <li key={p.id} className="flex">
          <ProductCard product={p} footnote={footnote(p)} isPriority={i < priorityCount} />
        </li>
      ))}
    </ul>
  );
}

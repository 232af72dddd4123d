// A category page body (used by app/(shop)/c/[category]/page.tsx and the benchmark baseline).
import { PackageSearch } from "lucide-react";
import { ListingToolbar } from "@/components/shop/listing-toolbar";
import { ProductGrid } from "@/components/shop/product-grid";
import { SubcategoryChips } from "@/components/shop/subcategory-chips";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination, hrefWith } from "@/components/ui/pagination";
import type { TCategoryPage } from "@/lib/catalog/get-category-page";
import type { TListingSort } from "@/lib/catalog/cache/page-keys";

export function CategoryView({ data, sort }: { data: TCategoryPage; sort: TListingSort }) {
  const { category, ancestors, subcategories, products } = data;
  const base = `/c/${category.slug}`;
  const current = { sort: sort === "featured" ? undefined : sort };
  return (
    <div className="pt-4">
      <Breadcrumbs
        items={[{ label: "Home", href: "/" }, ...ancestors.map((a) => ({ label: a.name, href: `/c/${a.slug}` }))]}
      />
      <header className="mt-3 mb-4">
        <h1 className="text-2xl font-extrabold tracking-tight text-ink sm:text-3xl">{category.name}</h1>
        {category.description ? (
          <p className="mt-1 max-w-2xl text-sm text-ink-muted sm:text-base">{category.description}</p>
        ) : null}
      </header>
      <SubcategoryChips items={subcategories} />
      <ListingToolbar total={products.total} sort={sort} />
      {products.items.length ? (
        <ProductGrid products={products.items} priorityCount={2} />
      ) : (
        <EmptyState icon={<PackageSearch />} title="Nothing here yet">
          No products in {category.name} right now. New listings arrive every week.
        </EmptyState>
      )}
      <Pagination
        page={products.page}
        pageCount={products.pageCount}
        hrefForPage={(p) => hrefWith(base, current, { page: p === 1 ? null : String(p) })}
      />
    </div>
  );
}

// /c/[category] — a category, its subcategories, and products of it and its descendants.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PackageSearch } from "lucide-react";
import { ListingToolbar } from "@/components/shop/listing-toolbar";
import { ProductGrid } from "@/components/shop/product-card";
import { SubcategoryChips } from "@/components/shop/subcategory-chips";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination, hrefWith } from "@/components/ui/pagination";
import { getCategoryPageCached } from "@/lib/catalog/get-cached";
import { parseListingSort, parsePage } from "@/lib/catalog/list-products-page";

type TProps = {
  params: Promise<{ category: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load({ params, searchParams }: TProps) {
  const [{ category }, sp] = await Promise.all([params, searchParams]);
  const sort = parseListingSort(typeof sp.sort === "string" ? sp.sort : undefined);
  const page = parsePage(typeof sp.page === "string" ? sp.page : undefined);
  return { slug: category, sort, data: await getCategoryPageCached(category, sort, page) };
}

export async function generateMetadata(props: TProps): Promise<Metadata> {
  const { data } = await load(props);
  if (!data) return { title: "Category not found" };
  return {
    title: data.category.name,
    description: data.category.description || `Shop ${data.category.name} from vendors abroad, pay in cedis.`,
  };
}

export default async function CategoryPage(props: TProps) {
  const { slug, sort, data } = await load(props);
  if (!data) notFound();
  const { category, ancestors, subcategories, products } = data;
  const base = `/c/${slug}`;
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

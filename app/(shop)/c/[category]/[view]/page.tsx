// /c/[category] — a category, its subcategories, and products of it and its descendants.
// Reached through a rewrite (next.config without ?sort=&page=, proxy.ts with them) that turns the
// query into the [view] page key, so each view is rendered once and cached (ISR) until a catalog
// write expires it (lib/catalog/cache/page-routes.ts).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CategoryView } from "@/components/shop/views/category-view";
import { getCategoryPage } from "@/lib/catalog/get-category-page";
import { parseListingPageKey } from "@/lib/catalog/cache/page-keys";

export const revalidate = 60;

export function generateStaticParams(): { view: string }[] {
  return [];
}

type TProps = { params: Promise<{ category: string; view: string }> };

async function load({ params }: TProps) {
  const { category, view } = await params;
  const { sort, page } = parseListingPageKey(view);
  return { sort, data: await getCategoryPage(category, sort, page) };
}

export async function generateMetadata(props: TProps): Promise<Metadata> {
  const { data } = await load(props);
  if (!data) return { title: "Category not found" };
  return {
    title: data.category.name,
    description: data.category.description || `Shop ${data.category.name} from vendors abroad, pay in cedis.`,
    alternates: { canonical: `/c/${data.category.slug}` },
  };
}

export default async function CategoryPage(props: TProps) {
  const { sort, data } = await load(props);
  if (!data) notFound();
  return <CategoryView data={data} sort={sort} />;
}

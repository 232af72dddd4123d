// /c/[category] — a category, its subcategories, and products of it and its descendants.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CategoryView } from "@/components/shop/views/category-view";
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
  return { sort, data: await getCategoryPageCached(category, sort, page) };
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
  const { sort, data } = await load(props);
  if (!data) notFound();
  return <CategoryView data={data} sort={sort} />;
}

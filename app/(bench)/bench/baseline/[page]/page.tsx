// /bench/baseline?page=home|category|product|search — benchmark baseline (bench/load.ts):
// each storefront page's own view rendered from a constant (bench/fixtures/pages.json), so the
// load test can show what the real page costs beyond rendering. Not for people or crawlers.
import type { Metadata } from "next";
import { CategoryView } from "@/components/shop/views/category-view";
import { HomeView } from "@/components/shop/views/home-view";
import { ProductView } from "@/components/shop/views/product-view";
import { SearchView } from "@/components/shop/views/search-view";
import { parseSearchParams } from "@/lib/search/schema";
import { FIXTURE } from "./_views/fixture";

export const metadata: Metadata = { title: "Benchmark baseline", robots: { index: false, follow: false } };

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BaselinePage({ searchParams }: TProps) {
  const { page } = await searchParams;
  if (page === "category") return <CategoryView data={FIXTURE.category} sort="featured" />;
  if (page === "product") return <ProductView p={FIXTURE.product} />;
  if (page === "search") {
    return <SearchView params={parseSearchParams({ q: FIXTURE.search.q })} result={FIXTURE.search.result} />;
  }
  return <HomeView home={FIXTURE.home} />;
}

// /bench/baseline/home|category|product|search — benchmark baseline (bench/load.ts): each
// storefront page's own view rendered from a constant (bench/fixtures/pages.json), so the load
// test can show what the real page costs beyond rendering. Like any constant page it is
// rendered once (at build) and served from Next's cache — as the catalog pages are after their
// first request. Not for people or crawlers.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CategoryView } from "@/components/shop/views/category-view";
import { HomeView } from "@/components/shop/views/home-view";
import { ProductView } from "@/components/shop/views/product-view";
import { SearchView } from "@/components/shop/views/search-view";
import { parseSearchParams } from "@/lib/search/schema";
import { FIXTURE } from "../../_fixture/fixture";

export const metadata: Metadata = { title: "Benchmark baseline", robots: { index: false, follow: false } };

const PAGES = ["home", "category", "product", "search"] as const;
export const dynamicParams = false;

export function generateStaticParams(): { page: string }[] {
  return PAGES.map((page) => ({ page }));
}

export default async function BaselinePage({ params }: { params: Promise<{ page: string }> }) {
  const { page } = await params;
  if (page === "home") return <HomeView home={FIXTURE.home} />;
  if (page === "category") return <CategoryView data={FIXTURE.category} sort="featured" />;
  if (page === "product") return <ProductView p={FIXTURE.product} />;
  if (page === "search") {
    return <SearchView params={parseSearchParams({ q: FIXTURE.search.q })} result={FIXTURE.search.result} />;
  }
  notFound();
}

// /bench/baseline?page=home|category|product|search — benchmark baseline (bench/load.ts):
// each storefront page's markup rendered from a constant (bench/fixtures/pages.json), so the
// load test can show what the real page costs beyond rendering. Not for people or crawlers.
import type { Metadata } from "next";
import { CategoryBaseline } from "./_views/category";
import { HomeBaseline } from "./_views/home";
import { ProductBaseline } from "./_views/product";
import { SearchBaseline } from "./_views/search";

export const metadata: Metadata = { title: "Benchmark baseline", robots: { index: false, follow: false } };

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BaselinePage({ searchParams }: TProps) {
  const { page } = await searchParams;
  if (page === "category") return <CategoryBaseline />;
  if (page === "product") return <ProductBaseline />;
  if (page === "search") return <SearchBaseline />;
  return <HomeBaseline />;
}

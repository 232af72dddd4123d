// /search — full-text results with filters (counts per value), sort, active filter chips and a
// cursor "load more". All state is in the URL; malformed parameters are ignored, never errors.
// Reached through a rewrite (next.config for plain words, proxy.ts otherwise: page-routes.ts) that
// turns the query string into the canonical [view] page key, so each distinct search is rendered
// once and cached (ISR) until a catalog write expires it.
import type { Metadata } from "next";
import { SearchView } from "@/components/shop/views/search-view";
import { parseSearchPageKey } from "@/lib/catalog/cache/page-keys";
import { tryDecodeCursor } from "@/lib/search/cursor";
import { searchProducts } from "@/lib/search/search-products";
import type { TSearchParams } from "@/lib/search/schema";

export const revalidate = 60;

export function generateStaticParams(): { view: string }[] {
  return [];
}

type TProps = { params: Promise<{ view: string }> };

async function readParams(props: TProps): Promise<TSearchParams> {
  const params = parseSearchPageKey((await props.params).view);
  // A cursor from another sort or not ours: show the first page instead of an error.
  if (params.cursor && !tryDecodeCursor(params.cursor, params.sort)) delete params.cursor;
  return params;
}

export async function generateMetadata(props: TProps): Promise<Metadata> {
  const params = await readParams(props);
  return { title: params.q ? `“${params.q}”` : "All products", robots: { index: false } };
}

export default async function SearchPage(props: TProps) {
  const params = await readParams(props);
  return <SearchView params={params} result={await searchProducts(params, true)} />;
}

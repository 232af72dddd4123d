// /search — full-text results with filters (counts per value), sort, active filter chips and a
// cursor "load more". All state is in the URL; malformed parameters are ignored, never errors.
import type { Metadata } from "next";
import { SearchView } from "@/components/shop/views/search-view";
import { tryDecodeCursor } from "@/lib/search/cursor";
import { searchProductsCached } from "@/lib/search/cached";
import { parseSearchParams, type TSearchParams } from "@/lib/search/schema";

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function readParams(props: TProps): Promise<TSearchParams> {
  const params = parseSearchParams(await props.searchParams);
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
  return <SearchView params={params} result={await searchProductsCached(params, true)} />;
}

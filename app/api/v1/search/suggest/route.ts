// GET /api/v1/search/suggest?q= — products, categories and vendors for the header search
// box while typing (prefix and typo tolerant). Empty q → empty lists.
import { NextResponse } from "next/server";
import { route } from "@/lib/http/route";
import { suggest } from "@/lib/search/suggest";
import { ZSuggestParams } from "@/lib/search/schema";
import { PUBLIC_SUGGEST_CACHE } from "../../_lib/cache-headers";

export const GET = route({ permission: "public", query: ZSuggestParams }, async (_req, { query }) => {
  const suggestions = await suggest(query.q);
  return NextResponse.json(suggestions, { headers: PUBLIC_SUGGEST_CACHE });
});

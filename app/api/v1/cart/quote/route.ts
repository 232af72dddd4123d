// POST /api/v1/cart/quote — reprice a cart from the database: { lines: [{ variantId,
// quantity, expectedPriceMinor?, expectedBatchId? }] } → TCartQuote (groups, totals, changes).
import { NextResponse } from "next/server";
import { quoteCart } from "@/lib/cart/quote-cart";
import { ZCartQuoteInput } from "@/lib/cart/schema";
import { route } from "@/lib/http/route";
import { NO_STORE } from "../../_lib/cache-headers";

export const POST = route({ permission: "public", body: ZCartQuoteInput }, async (_req, { body }) => {
  const quote = await quoteCart({ lines: body.lines });
  return NextResponse.json(quote, { headers: NO_STORE });
});

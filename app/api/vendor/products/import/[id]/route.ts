// GET /api/vendor/products/import/<id> — one of the session vendor's imports: status and
// progress (the import page's progress bar polls it). Another vendor's import → 404.
import { NextResponse } from "next/server";
import { z } from "zod";
import { route } from "@/lib/http/route";
import { getProductImportStatusOrThrow } from "@/lib/catalog/csv/get-product-import";

const ZParams = z.object({ id: z.string().trim().min(1).max(64) });

export const GET = route({ permission: "vendor:products:read", params: ZParams }, async (_req, { vendor, params }) => {
  const status = await getProductImportStatusOrThrow({ importId: params.id, vendorId: vendor.vendorId });
  return NextResponse.json({ import: status }, { headers: { "Cache-Control": "no-store" } });
});

// GET /api/vendor/products/export — every product and variant of the session vendor as the
// import's CSV (lib/catalog/csv/columns.ts), streamed in chunks of products; re-importing it
// changes nothing.
import { route } from "@/lib/http/route";
import { vendorProductsCsvStream } from "@/lib/catalog/csv/export-vendor-products";

export const GET = route({ permission: "vendor:products:read" }, async (_req, { vendor }) => {
  return new Response(vendorProductsCsvStream({ vendorId: vendor.vendorId }), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="products-${vendor.vendorSlug}-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});

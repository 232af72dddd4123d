// GET /api/vendor/products/import/template — the import's header row with two example rows.
import { route } from "@/lib/http/route";
import { productCsvTemplate } from "@/lib/catalog/csv/columns";
import { unparseProductCsv } from "@/lib/catalog/csv/export-vendor-products";

export const GET = route({ permission: "vendor:products:read" }, async () => {
  return new Response(`\uFEFF${unparseProductCsv(productCsvTemplate())}\r\n`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="products-template.csv"',
      "Cache-Control": "no-store",
    },
  });
});

// GET /admin/batches/[code]/manifest.csv — the batch manifest, one row per vendor and variant,
// for the warehouse's spreadsheet (papaparse quotes and escapes; a BOM so Excel reads UTF-8).
import Papa from "papaparse";
import { z } from "zod";
import { getAdminBatchOrThrow } from "@/lib/batches/get-admin-batch";
import { getBatchManifest } from "@/lib/batches/get-batch-manifest";
import { route } from "@/lib/http/route";

const ZParams = z.object({ code: z.string().min(1).max(40) });

export const GET = route({ permission: "admin:batches", params: ZParams }, async (_req, { params }) => {
  const batch = await getAdminBatchOrThrow({ code: params.code });
  const manifest = await getBatchManifest({ batchId: batch.id });
  const rows = manifest.flatMap((v) =>
    v.items.map((i) => ({
      batch: batch.code,
      vendor: v.vendorName,
      product: i.productTitle,
      variant: i.variantTitle,
      sku: i.sku,
      quantity: i.quantity,
      handed_over: i.procuredQuantity,
      outstanding: i.quantity - i.procuredQuantity,
      orders: i.orderNumbers.join(" "),
    })),
  );
  const columns = ["batch", "vendor", "product", "variant", "sku", "quantity", "handed_over", "outstanding", "orders"];
  // escapeFormulae: a product title starting with "=" must not run as a spreadsheet formula.
  const csv = Papa.unparse(
    { fields: columns, data: rows.map((r) => columns.map((c) => r[c as keyof typeof r])) },
    { escapeFormulae: true },
  );
  return new Response(`\uFEFF${csv}\r\n`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="manifest-${batch.code}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});

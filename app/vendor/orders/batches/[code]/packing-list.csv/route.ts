// GET /vendor/orders/batches/[code]/packing-list.csv — the vendor's packing list for one batch, one row
// per order line, for its own spreadsheet (papaparse quotes and escapes; a BOM so Excel reads UTF-8).
import Papa from "papaparse";
import { z } from "zod";
import { getVendorBatchPackingListOrThrow } from "@/lib/batches/get-vendor-batch-packing-list";
import { route } from "@/lib/http/route";
import { VENDOR_LINE_STATUS_LABEL } from "@/lib/orders/vendor-line-policy";

const ZParams = z.object({ code: z.string().min(1).max(40) });
const COLUMNS = ["batch", "order", "product", "variant", "sku", "quantity", "status", "procured"] as const;

export const GET = route({ permission: "vendor:orders:read", params: ZParams }, async (_req, { params, vendor }) => {
  const list = await getVendorBatchPackingListOrThrow({ vendorId: vendor.vendorId, code: params.code });
  const rows = list.items.flatMap((i) =>
    i.lines.map((l) => [
      list.batch.code,
      l.orderNumber,
      i.productTitle,
      i.variantTitle,
      i.sku,
      l.quantity,
      VENDOR_LINE_STATUS_LABEL[l.status],
      l.isProcured ? "yes" : "no",
    ]),
  );
  // escapeFormulae: a product title starting with "=" must not run as a spreadsheet formula.
  const csv = Papa.unparse({ fields: [...COLUMNS], data: rows }, { escapeFormulae: true });
  return new Response(`\uFEFF${csv}\r\n`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="packing-list-${list.batch.code}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});

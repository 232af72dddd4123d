// A few of the rows applying the file would create or update (lib/catalog/csv/get-product-import-sample.ts).
import { Badge } from "@/components/ui/badge";
import { formatMoney } from "@/lib/money";
import type { TImportSampleRow } from "@/lib/catalog/csv/get-product-import-sample";

export function SampleRows({ rows, caption }: { rows: TImportSampleRow[]; caption: string }) {
  return (
    <table className="block w-full text-left text-sm md:table">
      <caption className="sr-only">{caption}</caption>
      <thead className="hidden border-b border-black/10 text-xs tracking-wide text-ink-muted uppercase md:table-header-group">
        <tr>
          <th scope="col" className="w-16 px-4 py-2 font-semibold">
            Line
          </th>
          <th scope="col" className="px-4 py-2 font-semibold">
            Product · variant
          </th>
          <th scope="col" className="px-4 py-2 font-semibold">
            SKU
          </th>
          <th scope="col" className="px-4 py-2 text-right font-semibold">
            Price
          </th>
          <th scope="col" className="px-4 py-2 font-semibold">
            Availability
          </th>
        </tr>
      </thead>
      <tbody className="block divide-y divide-black/5 md:table-row-group">
        {rows.map((r) => (
          <tr key={r.line} className="grid grid-cols-[1fr_auto] gap-x-3 gap-y-1 py-3 md:table-row md:py-0">
            <td className="hidden text-ink-muted tabular-nums md:table-cell md:px-4 md:py-2">{r.line}</td>
            <td className="min-w-0 md:px-4 md:py-2">
              <span className="font-semibold text-ink">{r.title}</span>
              {r.variant ? <span className="text-ink-muted"> · {r.variant}</span> : null}
              <span className="block text-xs text-ink-muted md:hidden">Line {r.line}</span>
            </td>
            <td className="col-start-1 font-mono text-xs break-all text-ink-muted md:px-4 md:py-2 md:text-ink">
              {r.sku}
            </td>
            <td className="col-start-2 row-start-1 text-right tabular-nums md:px-4 md:py-2">
              {formatMoney(r.priceMinor)}
            </td>
            <td className="col-start-2 row-start-2 justify-self-end md:px-4 md:py-2">
              {r.availability === "PRE_ORDER" ? (
                <Badge tone="accent">Pre-order</Badge>
              ) : (
                <Badge tone="neutral">In stock{r.stockOnHand !== null ? ` · ${r.stockOnHand}` : ""}</Badge>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

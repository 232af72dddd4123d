import { Ruler } from "lucide-react";
import type { TSizeChart } from "@/lib/catalog/get-product-page";
import { LazyDialog } from "@/components/ui/lazy-dialog";

/** "Size chart" link opening a dialog with the category's chart (server-rendered table). */
export function SizeChart({ chart, categoryName }: { chart: TSizeChart; categoryName: string }) {
  return (
    <LazyDialog
      kind="modal"
      title="Size chart"
      description={`Measurements for ${categoryName}. If you are between sizes, choose the larger one.`}
      triggerClassName="inline-flex items-center gap-1.5 text-sm font-semibold text-brand-700 underline-offset-4 hover:underline"
      label={
        <>
          <Ruler aria-hidden="true" className="h-4 w-4" />
          Size chart
        </>
      }
    >
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-black/10">
              {chart.columns.map((c) => (
                <th key={c} scope="col" className="px-3 py-2 font-semibold whitespace-nowrap text-ink">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {chart.rows.map((row, i) => (
              <tr key={i} className="border-b border-black/5 last:border-0 odd:bg-surface-muted">
                {row.map((cell, j) =>
                  j === 0 ? (
                    <th key={j} scope="row" className="px-3 py-2 font-semibold whitespace-nowrap text-ink">
                      {cell}
                    </th>
                  ) : (
                    <td key={j} className="px-3 py-2 whitespace-nowrap text-ink-muted tabular-nums">
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {chart.note ? <p className="mt-3 text-xs text-ink-muted">{chart.note}</p> : null}
    </LazyDialog>
  );
}

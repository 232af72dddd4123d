// Rejected rows of an import, a page at a time: the file's line number (the header is line 1,
// as a spreadsheet shows it), the SKU and the reason. One markup: a table from md up, each
// row as a small card below it.
import { Pagination } from "@/components/ui/pagination";
import type { TCsvReject } from "@/lib/catalog/csv/parse-product-csv";

export function RejectedRows({
  rejects,
  page,
  pageCount,
  hrefForPage,
}: {
  rejects: TCsvReject[];
  page: number;
  pageCount: number;
  hrefForPage: (p: number) => string;
}) {
  return (
    <>
      <table className="block w-full text-left text-sm md:table" data-testid="rejected-rows">
        <caption className="sr-only">Rejected rows</caption>
        <thead className="hidden border-b border-black/10 text-xs tracking-wide text-ink-muted uppercase md:table-header-group">
          <tr>
            <th scope="col" className="w-20 px-4 py-2 font-semibold">
              Line
            </th>
            <th scope="col" className="w-48 px-4 py-2 font-semibold">
              SKU
            </th>
            <th scope="col" className="px-4 py-2 font-semibold">
              Reason
            </th>
          </tr>
        </thead>
        <tbody className="block divide-y divide-black/5 md:table-row-group">
          {rejects.map((r) => (
            <tr key={r.line} className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 py-3 md:table-row md:py-0">
              <td className="font-semibold text-ink tabular-nums md:px-4 md:py-2">
                <span className="md:hidden">Line </span>
                {r.line}
              </td>
              <td className="min-w-0 font-mono text-xs break-all text-ink-muted md:px-4 md:py-2 md:text-ink">
                {r.sku || "—"}
              </td>
              <td className="col-span-2 text-danger-700 md:px-4 md:py-2">{r.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination page={page} pageCount={pageCount} hrefForPage={hrefForPage} />
    </>
  );
}

// The CSV's columns as documented in lib/catalog/csv/columns.ts (the same list the parser
// checks and the export writes), in file order.
import { Badge } from "@/components/ui/badge";
import { PRODUCT_CSV_COLUMN_DOCS } from "@/lib/catalog/csv/columns";

export function ColumnReference() {
  return (
    <dl className="divide-y divide-black/5 text-sm">
      {PRODUCT_CSV_COLUMN_DOCS.map((doc) => (
        <div key={doc.column} className="grid gap-1 py-3 md:grid-cols-[13rem_1fr] md:gap-4">
          <dt className="flex flex-wrap items-center gap-2">
            <code className="font-mono text-[13px] font-semibold text-ink">{doc.column}</code>
            {doc.required === "yes" ? (
              <Badge tone="brand">required</Badge>
            ) : doc.required !== "no" ? (
              <Badge tone="outline">{doc.required}</Badge>
            ) : null}
          </dt>
          <dd className="text-ink-muted">
            {doc.meaning}
            {doc.example ? (
              <span className="mt-0.5 block text-xs">
                e.g. <code className="rounded bg-surface-sunken px-1 font-mono text-ink">{doc.example}</code>
              </span>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

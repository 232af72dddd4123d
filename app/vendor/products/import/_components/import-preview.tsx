// Step 2 of an import: what applying the file would do — rows to create, update and reject,
// a sample of the first two — and the Apply / Discard buttons.
import { CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import type { TImportSample } from "@/lib/catalog/csv/get-product-import-sample";
import { ImportActions } from "./import-actions";
import { count, plural } from "./import-labels";
import { SampleRows } from "./sample-rows";

export function ImportCounts({ items }: { items: { label: string; value: number; tone?: "danger" }[] }) {
  return (
    <dl className="grid grid-cols-3 gap-2 sm:gap-3">
      {items.map((i) => (
        <div key={i.label} className="rounded-control bg-surface-muted px-3 py-3 sm:px-4">
          <dt className="text-xs font-medium text-ink-muted sm:text-sm">{i.label}</dt>
          <dd
            className={`mt-1 text-xl font-extrabold tabular-nums sm:text-2xl ${i.tone === "danger" && i.value > 0 ? "text-danger-700" : "text-ink"}`}
          >
            {count(i.value)}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function ImportPreview({
  importId,
  totalRows,
  createCount,
  updateCount,
  rejectCount,
  productCount,
  sample,
  canWrite,
}: {
  importId: string;
  totalRows: number;
  createCount: number;
  updateCount: number;
  rejectCount: number;
  productCount: number | null;
  sample: TImportSample;
  canWrite: boolean;
}) {
  return (
    <>
      <CardBody className="space-y-4">
        <p className="text-sm text-ink-muted">
          {plural(totalRows, "row")} read
          {productCount !== null ? `; applying writes ${plural(productCount, "product")}` : ""}. Nothing has changed in
          your catalogue yet.
        </p>
        <ImportCounts
          items={[
            { label: "To create", value: createCount },
            { label: "To update", value: updateCount },
            { label: "Rejected", value: rejectCount, tone: "danger" },
          ]}
        />
        {rejectCount > 0 ? (
          <p className="text-sm text-ink-muted">
            Rejected rows are skipped (with the other rows of their product, so no product is half-imported). Fix them
            in your spreadsheet and upload the file again, or apply the rest now.
          </p>
        ) : null}
        {canWrite ? (
          <ImportActions
            importId={importId}
            createCount={createCount}
            updateCount={updateCount}
            rejectCount={rejectCount}
            productCount={productCount}
          />
        ) : (
          <p className="text-sm text-ink-muted">Only a team member who can edit products can apply this import.</p>
        )}
      </CardBody>
      {sample.creates.length > 0 ? (
        <SampleSection title={`First rows to create (of ${count(createCount)})`} rows={sample.creates} />
      ) : null}
      {sample.updates.length > 0 ? (
        <SampleSection title={`First rows to update (of ${count(updateCount)})`} rows={sample.updates} />
      ) : null}
    </>
  );
}

function SampleSection({ title, rows }: { title: string; rows: TImportSample["creates"] }) {
  return (
    <section className="border-t border-black/5">
      <CardHeader className="border-b-0 pb-0">
        <CardTitle>{title}</CardTitle>
      </CardHeader>
      <CardBody className="pt-2">
        <SampleRows rows={rows} caption={title} />
      </CardBody>
    </section>
  );
}

// Step 3, once the job is done: what was applied, what was refused, or why it stopped.
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { CardBody } from "@/components/ui/card";
import { formatDateTime } from "@/lib/dates";
import type { TProductImportDto } from "@/lib/catalog/csv/product-import-dto";
import { ImportCounts } from "./import-preview";
import { plural } from "./import-labels";

export function ImportSummary({ imp }: { imp: TProductImportDto }) {
  // Rows the preview accepted but the catalogue refused while applying (a SKU taken since, …).
  const previewRejects = Math.max(0, imp.totalRows - imp.applyRows);
  const notApplied = Math.max(0, imp.rejectCount - previewRejects);
  const applied = imp.status === "COMPLETED" ? imp.applyRows - notApplied : Math.max(0, imp.processedRows - notApplied);
  const seconds =
    imp.startedAt && imp.finishedAt
      ? Math.max(1, Math.round((Date.parse(imp.finishedAt) - Date.parse(imp.startedAt)) / 1000))
      : null;

  return (
    <CardBody className="space-y-4" data-testid="import-summary">
      {imp.status === "FAILED" ? (
        <p role="alert" className="rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
          {imp.error ?? "The import stopped on an unexpected error."}
        </p>
      ) : (
        <p className="text-sm text-ink">
          Done: {plural(applied, "row")} applied
          {imp.finishedAt ? ` on ${formatDateTime(imp.finishedAt)}` : ""}
          {seconds ? ` in ${plural(seconds, "second")}` : ""}.
          {notApplied ? ` ${plural(notApplied, "row")} could not be applied; see the reasons below.` : ""}
        </p>
      )}
      <ImportCounts
        items={[
          { label: "Rows applied", value: applied },
          { label: "Rows planned", value: imp.applyRows },
          { label: "Rows rejected", value: imp.rejectCount, tone: "danger" },
        ]}
      />
      <div className="flex flex-wrap gap-2">
        <Link href="/vendor/products" className={buttonClasses({ size: "sm" })}>
          View products
        </Link>
        <Link href="/vendor/products/import" className={buttonClasses({ variant: "outline", size: "sm" })}>
          Import another file
        </Link>
      </div>
    </CardBody>
  );
}

// /vendor/products/import — products from a spreadsheet: upload a CSV (step 1), see what it
// would create, update and reject (step 2, ?import=<id>), apply it and follow the job's
// progress to its summary (step 3, same address, so leaving and coming back shows the same
// state). Also the template, the catalogue export and the column reference.
import type { Metadata } from "next";
import Link from "next/link";
import { Download, FileSpreadsheet } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { DashboardHeading } from "@/components/ui/dashboard-shell";
import { flatSearchParams } from "@/components/ui/list-controls";
import { hrefWith } from "@/components/ui/pagination";
import { can } from "@/lib/auth/rbac";
import { formatDateTime } from "@/lib/dates";
import { isAppError } from "@/lib/errors";
import { PRODUCT_CSV_MAX_BYTES, PRODUCT_CSV_MAX_ROWS } from "@/lib/catalog/csv/columns";
import { getProductImportOrThrow, listProductImports } from "@/lib/catalog/csv/get-product-import";
import { requireVendorSection } from "../../_lib/guard";
import { getProductImportSample, type TImportSample } from "@/lib/catalog/csv/get-product-import-sample";
import { ColumnReference } from "./_components/column-reference";
import { CsvUpload } from "./_components/csv-upload";
import { IMPORT_STATUS } from "./_components/import-labels";
import { ImportPreview } from "./_components/import-preview";
import { ImportProgress } from "./_components/import-progress";
import { ImportSummary } from "./_components/import-summary";
import { RejectedRows } from "./_components/rejected-rows";

export const metadata: Metadata = { title: "Import products · Vendor" };

const PATH = "/vendor/products/import";

type TSearch = Record<string, string | string[] | undefined>;

export default async function VendorProductImportPage({ searchParams }: { searchParams: Promise<TSearch> }) {
  const { user, vendorId } = await requireVendorSection("/vendor/products");
  const canWrite = can(user, "vendor:products:write", { vendorId });
  const raw = await flatSearchParams(searchParams);
  const importId = raw.import?.slice(0, 64) || null;
  const rejectPage = Number(raw.rejects) || 1;

  const imp = importId ? await getImportOrNull(importId, vendorId, rejectPage) : null;
  const sample: TImportSample =
    imp?.status === "PREVIEWED"
      ? await getProductImportSample({ importId: imp.id, vendorId })
      : { creates: [], updates: [] };
  const recent = imp ? [] : await listProductImports({ vendorId, take: 5 });
  const isUploadStep = !imp || imp.status === "DISCARDED";

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/vendor/products" className="font-semibold text-brand-700 hover:underline">
          ← Products
        </Link>
      </p>
      <DashboardHeading
        title="Import products from CSV"
        description="Create and update many products at once from a spreadsheet: one row per variant, grouped into products by handle."
        actions={
          <div className="flex flex-wrap gap-2">
            <a
              href="/api/vendor/products/import/template"
              download
              className={buttonClasses({ variant: "outline", size: "sm" })}
            >
              <FileSpreadsheet aria-hidden="true" className="h-4 w-4" /> Download template
            </a>
            <a
              href="/api/vendor/products/export"
              download
              className={buttonClasses({ variant: "outline", size: "sm" })}
            >
              <Download aria-hidden="true" className="h-4 w-4" /> Export catalogue
            </a>
          </div>
        }
      />

      {importId && !imp ? (
        <p role="alert" className="mb-4 rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
          This import was not found. Upload the file again below.
        </p>
      ) : null}

      {imp ? (
        <Card className="mb-6" data-testid="import-card" data-status={imp.status}>
          <CardHeader className="flex flex-wrap items-center justify-between gap-2">
            <div className="min-w-0">
              <CardTitle className="truncate">{imp.fileName}</CardTitle>
              <p className="text-xs text-ink-muted">Uploaded {formatDateTime(imp.createdAt)}</p>
            </div>
            <Badge tone={IMPORT_STATUS[imp.status].tone}>{IMPORT_STATUS[imp.status].label}</Badge>
          </CardHeader>
          {imp.status === "PREVIEWED" ? (
            <ImportPreview
              importId={imp.id}
              totalRows={imp.totalRows}
              createCount={imp.createCount}
              updateCount={imp.updateCount}
              rejectCount={imp.rejectCount}
              productCount={imp.productCount}
              sample={sample}
              canWrite={canWrite}
            />
          ) : imp.status === "QUEUED" || imp.status === "RUNNING" ? (
            <CardBody>
              <ImportProgress initial={imp} />
            </CardBody>
          ) : imp.status === "DISCARDED" ? (
            <CardBody className="text-sm text-ink-muted">
              Discarded: nothing in your catalogue changed. Upload a corrected file below.
            </CardBody>
          ) : (
            <ImportSummary imp={imp} />
          )}
          {imp.rejectCount > 0 && imp.status !== "DISCARDED" ? (
            <section className="border-t border-black/5">
              <CardHeader className="border-b-0 pb-0">
                <CardTitle>Rejected rows ({imp.rejectCount.toLocaleString("en-GB")})</CardTitle>
                <p className="text-xs text-ink-muted">
                  Line numbers as your spreadsheet shows them (the header is line 1).
                </p>
              </CardHeader>
              <CardBody className="pt-2">
                <RejectedRows
                  rejects={imp.rejects}
                  page={imp.rejectPage}
                  pageCount={imp.rejectPages}
                  hrefForPage={(p) => hrefWith(PATH, { import: imp.id }, { rejects: p > 1 ? String(p) : null })}
                />
              </CardBody>
            </section>
          ) : null}
        </Card>
      ) : null}

      {isUploadStep ? (
        <Card className="mb-6">
          <CardHeader>
            <CardTitle>Upload a CSV</CardTitle>
          </CardHeader>
          <CardBody>
            {canWrite ? (
              <CsvUpload maxBytes={PRODUCT_CSV_MAX_BYTES} maxRows={PRODUCT_CSV_MAX_ROWS} />
            ) : (
              <p className="text-sm text-ink-muted">
                Your role can view and export products, not import them. Ask the shop owner.
              </p>
            )}
            <p className="mt-3 text-sm text-ink-muted">
              Start from the template, or export your catalogue, edit it and upload it back: a SKU you already have
              updates that variant, a new SKU creates one. Re-importing an unchanged export changes nothing.
            </p>
          </CardBody>
        </Card>
      ) : null}

      {recent.length > 0 ? (
        <Card className="mb-6">
          <CardHeader>
            <CardTitle>Recent imports</CardTitle>
          </CardHeader>
          <ul className="divide-y divide-black/5 text-sm">
            {recent.map((r) => (
              <li key={r.id}>
                <Link
                  href={hrefWith(PATH, {}, { import: r.id })}
                  className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 px-5 py-3 hover:bg-surface-muted"
                >
                  <span className="min-w-0 flex-1 truncate font-semibold text-brand-700">{r.fileName}</span>
                  <span className="text-xs text-ink-muted">
                    {formatDateTime(r.createdAt)} · {r.totalRows.toLocaleString("en-GB")} rows
                  </span>
                  <Badge tone={IMPORT_STATUS[r.status].tone}>{IMPORT_STATUS[r.status].label}</Badge>
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      <Card>
        <details open={isUploadStep} className="group">
          <summary className="cursor-pointer list-none px-5 py-4 font-semibold text-ink marker:hidden">
            <span className="inline-flex items-center gap-2">
              <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
                ›
              </span>
              Column reference
            </span>
            <span className="mt-0.5 block text-xs font-normal text-ink-muted">
              Columns in this order, with a header row. Product columns repeat on every row of the product.
            </span>
          </summary>
          <div className="border-t border-black/5 px-5 pb-2">
            <ColumnReference />
          </div>
        </details>
      </Card>
    </>
  );
}

async function getImportOrNull(importId: string, vendorId: string, rejectPage: number) {
  try {
    return await getProductImportOrThrow({ importId, vendorId, rejectPage });
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") return null;
    throw e;
  }
}

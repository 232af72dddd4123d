// /admin/batches/[code] — one batch: its numbers, every transition its state allows (each
// saying what it will do), its details, the event timeline and the vendor manifest.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AlertTriangle, Download } from "lucide-react";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { DashboardHeading, StatCard } from "@/components/ui/dashboard-shell";
import { getAdminBatchOrThrow } from "@/lib/batches/get-admin-batch";
import { getBatchManifest } from "@/lib/batches/get-batch-manifest";
import { allowedBatchEvents } from "@/lib/batches/batch-transitions";
import { formatArrivalWindow, formatDateTime } from "@/lib/dates";
import { isAppError } from "@/lib/errors";
import { requireAdminSection } from "../../_lib/guard";
import { transitionBatchAction, updateBatchAction } from "../actions";
import { BATCH_STATUS_LABEL, BatchStatusBadge, FillBar } from "../_components/batch-status-badge";
import { BatchActions } from "./_components/batch-actions";
import { BatchDetailsForm } from "./_components/batch-details-form";
import { PrintButton } from "./_components/print-button";

type TProps = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: `${(await params).code.toUpperCase()} · Batches · Admin` };
}

export default async function AdminBatchPage({ params }: TProps) {
  await requireAdminSection("/admin/batches");
  const { code } = await params;
  const batch = await getAdminBatchOrThrow({ code }).catch((e: unknown) => {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const manifest = await getBatchManifest({ batchId: batch.id });
  const selling = batch.status === "DRAFT" || batch.status === "OPEN";
  const windowEditable = selling || batch.status === "CLOSED" || batch.status === "IN_TRANSIT";
  const underMinimum = batch.status === "CLOSED" && batch.isBelowMinimum;

  return (
    <>
      <Breadcrumbs items={[{ label: "Batches", href: "/admin/batches" }, { label: batch.code }]} />
      <DashboardHeading
        title={batch.code}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <BatchStatusBadge status={batch.status} />
            {batch.origin.name} · {batch.shippingMethod === "AIR" ? "Air freight" : "Sea freight"} · cut-off{" "}
            {formatDateTime(batch.cutoffAt)} · arrives{" "}
            {formatArrivalWindow(batch.arrivalWindowStart, batch.arrivalWindowEnd)}
          </span>
        }
      />

      {underMinimum ? (
        <div
          role="alert"
          className="mb-4 flex gap-3 rounded-card bg-warning-50 p-4 text-sm text-warning-700 ring-1 ring-accent-400/40"
        >
          <AlertTriangle aria-hidden="true" className="mt-0.5 h-5 w-5 shrink-0" />
          <p>
            <strong>Closed under its minimum</strong>: {batch.unitsSold} of {batch.minUnits} units sold. Decide: ship
            anyway, or cancel and refund everyone.
          </p>
        </div>
      ) : null}
      {batch.status === "CANCELLED" && batch.cancelReason ? (
        <p className="mb-4 rounded-card bg-danger-50 p-4 text-sm text-danger-700">Cancelled: {batch.cancelReason}</p>
      ) : null}

      <div className="mb-6 grid grid-cols-2 gap-3 sm:gap-4 xl:grid-cols-4 print:hidden">
        <div className="rounded-card bg-surface p-5 shadow-card ring-1 ring-black/5">
          <p className="text-sm text-ink-muted">Units sold</p>
          <div className="mt-2">
            <FillBar sold={batch.unitsSold} min={batch.minUnits} />
          </div>
          {batch.unitsHeld ? (
            <p className="mt-1 text-xs text-ink-muted">{batch.unitsHeld} more held in checkout</p>
          ) : null}
        </div>
        <StatCard label="Paid orders" value={batch.orderCount} />
        <StatCard label="Vendors" value={batch.vendorCount} />
        <div className="rounded-card bg-surface p-5 shadow-card ring-1 ring-black/5">
          <p className="text-sm text-ink-muted">Shipment</p>
          <p className="mt-1 font-mono text-lg font-bold break-all text-ink">{batch.trackingNumber ?? "—"}</p>
          <p className="mt-1 text-xs text-ink-muted">
            {batch.carrier ? `Carrier: ${batch.carrier}` : "Not shipped yet"}
          </p>
        </div>
      </div>

      <div className="grid gap-6 xl:grid-cols-[1fr_22rem]">
        <div className="min-w-0 space-y-6">
          <Card className="print:hidden">
            <CardHeader>
              <CardTitle>Next steps</CardTitle>
            </CardHeader>
            <CardBody>
              <BatchActions
                batchId={batch.id}
                code={batch.code}
                events={allowedBatchEvents(batch.status)}
                transition={transitionBatchAction}
                belowMinimum={underMinimum}
              />
            </CardBody>
          </Card>

          <Card>
            <CardHeader className="flex flex-wrap items-center justify-between gap-2">
              <CardTitle>Manifest</CardTitle>
              <div className="flex gap-2 print:hidden">
                <PrintButton />
                <a
                  href={`/admin/batches/${batch.code}/manifest.csv`}
                  className={buttonClasses({ size: "sm", variant: "outline" })}
                >
                  <Download aria-hidden="true" className="h-4 w-4" /> CSV
                </a>
              </div>
            </CardHeader>
            <CardBody className="space-y-6">
              {manifest.length === 0 ? (
                <p className="text-sm text-ink-muted">Nothing has been sold into this batch yet.</p>
              ) : (
                manifest.map((v) => (
                  <section key={v.vendorId} aria-labelledby={`mv-${v.vendorId}`} className="break-inside-avoid">
                    <h3
                      id={`mv-${v.vendorId}`}
                      className="mb-2 flex flex-wrap items-baseline justify-between gap-2 text-sm font-semibold"
                    >
                      <span>{v.vendorName}</span>
                      <span className="font-normal text-ink-muted tabular-nums">
                        {v.procuredQuantity} of {v.quantity} handed over
                      </span>
                    </h3>
                    <div className="overflow-x-auto">
                      <table className="w-full min-w-[560px] text-left text-sm">
                        <thead className="text-xs text-ink-muted">
                          <tr className="border-b border-black/10">
                            <th scope="col" className="py-1.5 pr-3 font-semibold">
                              Product
                            </th>
                            <th scope="col" className="py-1.5 pr-3 font-semibold">
                              SKU
                            </th>
                            <th scope="col" className="py-1.5 pr-3 text-right font-semibold">
                              Qty
                            </th>
                            <th scope="col" className="py-1.5 pr-3 text-right font-semibold">
                              Handed over
                            </th>
                            <th scope="col" className="py-1.5 font-semibold">
                              Orders
                            </th>
                          </tr>
                        </thead>
                        <tbody className="divide-y divide-black/5">
                          {v.items.map((i) => (
                            <tr key={i.variantId}>
                              <td className="py-1.5 pr-3">
                                {i.productTitle} <span className="text-ink-muted">· {i.variantTitle}</span>
                              </td>
                              <td className="py-1.5 pr-3 font-mono text-xs">{i.sku}</td>
                              <td className="py-1.5 pr-3 text-right tabular-nums">{i.quantity}</td>
                              <td
                                className={
                                  i.procuredQuantity < i.quantity
                                    ? "py-1.5 pr-3 text-right text-warning-700 tabular-nums"
                                    : "py-1.5 pr-3 text-right tabular-nums"
                                }
                              >
                                {i.procuredQuantity}
                              </td>
                              <td className="py-1.5 text-xs">{i.orderNumbers.join(", ")}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  </section>
                ))
              )}
            </CardBody>
          </Card>
        </div>

        <div className="space-y-6 print:hidden">
          <Card>
            <CardHeader>
              <CardTitle>Details</CardTitle>
            </CardHeader>
            <CardBody>
              <BatchDetailsForm
                values={{
                  batchId: batch.id,
                  code: batch.code,
                  cutoffAt: batch.cutoffAt,
                  arrivalWindowStart: batch.arrivalWindowStart,
                  arrivalWindowEnd: batch.arrivalWindowEnd,
                  minUnits: batch.minUnits,
                  notes: batch.notes,
                }}
                canEditCutoff={selling}
                canEditWindow={windowEditable}
                paidOrders={batch.orderCount}
                save={updateBatchAction}
              />
            </CardBody>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Timeline</CardTitle>
            </CardHeader>
            <CardBody>
              <ol className="space-y-3">
                {batch.events.map((e) => (
                  <li key={e.id} className="border-l-2 border-brand-200 pl-3 text-sm">
                    <p className="font-semibold">
                      {e.from === e.to || !e.from
                        ? e.from
                          ? "Edited"
                          : `Created as ${BATCH_STATUS_LABEL[e.to]}`
                        : `${BATCH_STATUS_LABEL[e.from]} → ${BATCH_STATUS_LABEL[e.to]}`}
                    </p>
                    <p className="text-xs text-ink-muted">
                      {formatDateTime(e.at)} ·{" "}
                      {e.actorType === "SYSTEM" ? "Automatic" : (e.actorName ?? e.actorType.toLowerCase())}
                    </p>
                    {e.note ? <p className="mt-0.5 text-ink-muted">{e.note}</p> : null}
                  </li>
                ))}
              </ol>
            </CardBody>
          </Card>
          <Link href="/admin/batches" className="text-sm font-semibold text-brand-700 hover:underline">
            ← All batches
          </Link>
        </div>
      </div>
    </>
  );
}

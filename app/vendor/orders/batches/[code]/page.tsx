// /vendor/orders/batches/[code] — the vendor's packing list for one batch: every paid line of this
// vendor in it, by product and variant, with totals, order numbers and what is procured
// already; printable (the dashboard frame hides itself in print) and as CSV.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CheckSquare, Download, Square } from "lucide-react";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { DashboardHeading } from "@/components/ui/dashboard-shell";
import { getVendorBatchPackingListOrThrow } from "@/lib/batches/get-vendor-batch-packing-list";
import { formatArrivalWindow, formatDateTime } from "@/lib/dates";
import { isAppError } from "@/lib/errors";
import { VENDOR_LINE_STATUS_LABEL } from "@/lib/orders/vendor-line-policy";
import { requireVendorSection } from "../../../_lib/guard";
import { VendorBatchStatusBadge } from "../../_components/status-badges";
import { PrintButton } from "./_components/print-button";

type TProps = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: `Packing list ${(await params).code.toUpperCase()} · Vendor` };
}

export default async function VendorBatchPackingListPage({ params }: TProps) {
  const { vendorId } = await requireVendorSection("/vendor/orders");
  const { code } = await params;
  const list = await getVendorBatchPackingListOrThrow({ vendorId, code }).catch((e: unknown) => {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const b = list.batch;
  const toProcure = list.quantity - list.procuredQuantity;

  return (
    <>
      <div className="print:hidden">
        <Breadcrumbs items={[{ label: "Orders", href: "/vendor/orders" }, { label: `Batch ${b.code}` }]} />
      </div>
      <DashboardHeading
        title={`Packing list · ${b.code}`}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <VendorBatchStatusBadge status={b.status} />
            {b.origin} · {b.shippingMethod === "AIR" ? "Air freight" : "Sea freight"} · cut-off{" "}
            {formatDateTime(b.cutoffAt)} · arrives {formatArrivalWindow(b.arrivalWindowStart, b.arrivalWindowEnd)}
          </span>
        }
        actions={
          <div className="flex gap-2 print:hidden">
            <PrintButton />
            <a
              href={`/vendor/orders/batches/${b.code}/packing-list.csv`}
              className={buttonClasses({ size: "sm", variant: "outline" })}
            >
              <Download aria-hidden="true" className="h-4 w-4" /> CSV
            </a>
          </div>
        }
      />

      <div className="mb-6 grid grid-cols-3 gap-3 text-sm">
        <Figure label="Units" value={list.quantity} />
        <Figure label="Procured" value={list.procuredQuantity} />
        <Figure label="To procure" value={toProcure} warn={toProcure > 0} />
      </div>
      {toProcure > 0 ? (
        <p className="mb-4 text-sm print:hidden">
          <Link
            href={`/vendor/orders?batch=${b.code}&tab=to-procure`}
            className="font-semibold text-brand-700 hover:underline"
          >
            Mark the {toProcure} outstanding {toProcure === 1 ? "unit" : "units"} procured →
          </Link>
        </p>
      ) : null}

      <Card className="print:shadow-none print:ring-0">
        <CardHeader>
          <CardTitle>Items</CardTitle>
        </CardHeader>
        <CardBody className="overflow-x-auto print:overflow-visible">
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
                  Procured
                </th>
                <th scope="col" className="py-1.5 font-semibold">
                  Orders
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-black/5">
              {list.items.map((i) => (
                <tr key={i.variantId} className="break-inside-avoid align-top">
                  <td className="py-2 pr-3">
                    <span className="font-semibold">{i.productTitle}</span>
                    <span className="block text-ink-muted">{i.variantTitle}</span>
                  </td>
                  <td className="py-2 pr-3 font-mono text-xs">{i.sku}</td>
                  <td className="py-2 pr-3 text-right font-semibold tabular-nums">{i.quantity}</td>
                  <td
                    className={
                      i.procuredQuantity < i.quantity
                        ? "py-2 pr-3 text-right text-warning-700 tabular-nums"
                        : "py-2 pr-3 text-right tabular-nums"
                    }
                  >
                    {i.procuredQuantity}
                  </td>
                  <td className="py-2">
                    <ul className="space-y-0.5">
                      {i.lines.map((l) => (
                        <li key={l.lineId} className="flex items-center gap-1.5">
                          {l.isProcured ? (
                            <CheckSquare aria-hidden="true" className="h-4 w-4 shrink-0 text-brand-700" />
                          ) : (
                            <Square aria-hidden="true" className="h-4 w-4 shrink-0 text-ink-muted" />
                          )}
                          <span className="font-medium">{l.orderNumber}</span>
                          <span className="text-ink-muted">
                            × {l.quantity} · {VENDOR_LINE_STATUS_LABEL[l.status]}
                          </span>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {list.items.length === 0 ? (
            <p className="py-4 text-sm text-ink-muted">Nothing left to pack: every line in this batch has ended.</p>
          ) : null}
        </CardBody>
      </Card>

      {list.ended.length > 0 ? (
        <section className="mt-6 text-sm" aria-labelledby="ended-lines">
          <h2 id="ended-lines" className="mb-2 font-semibold">
            Not to pack ({list.ended.length})
          </h2>
          <ul className="space-y-1 text-ink-muted">
            {list.ended.map((l) => (
              <li key={l.lineId}>
                {l.orderNumber} · <span className="font-mono text-xs">{l.sku}</span> × {l.quantity} —{" "}
                {VENDOR_LINE_STATUS_LABEL[l.status].toLowerCase()}
                {l.reason ? `: ${l.reason}` : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function Figure({ label, value, warn }: { label: string; value: number; warn?: boolean }) {
  return (
    <div className="rounded-card bg-surface p-4 shadow-card ring-1 ring-black/5 print:shadow-none">
      <p className="text-ink-muted">{label}</p>
      <p
        className={
          warn ? "text-2xl font-extrabold text-warning-700 tabular-nums" : "text-2xl font-extrabold tabular-nums"
        }
      >
        {value}
      </p>
    </div>
  );
}

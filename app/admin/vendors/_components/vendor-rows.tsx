"use client";

// The rows of /admin/vendors, one markup for every width: a dense table from md up, and below it
// each row laid out as a card (the header hidden), as /admin/batches does. A client component so
// the page's RSC payload carries each row's data once rather than two element trees.
import Link from "next/link";
import { AlertTriangle } from "lucide-react";
import { formatDate } from "@/lib/dates";
import type { TAdminVendorRow } from "@/lib/vendors/list-admin-vendors";
import { FeeRate, ReliabilityCell, VendorStatusBadge } from "./vendor-status-badge";

const TH = "px-4 py-3 font-semibold";
const TH_RIGHT = "px-4 py-3 text-right font-semibold";
const CELL = "md:table-cell md:px-4 md:py-3";

const isApproved = (v: TAdminVendorRow) => v.status === "ACTIVE" || v.status === "SUSPENDED";

/** The date that matters in the row's tab: applied, approved, suspended or rejected. */
function keyDate(v: TAdminVendorRow): { label: string; at: string } {
  if (v.status === "SUSPENDED" && v.suspendedAt) return { label: "Suspended", at: v.suspendedAt };
  if (v.status === "REJECTED" && v.rejectedAt) return { label: "Rejected", at: v.rejectedAt };
  if (v.status === "ACTIVE" && v.approvedAt) return { label: "Approved", at: v.approvedAt };
  return { label: "Applied", at: v.createdAt };
}

export function VendorRows({
  rows,
  defaultFeeBps,
  rankFrom,
  caption,
}: {
  rows: TAdminVendorRow[];
  defaultFeeBps: number;
  /** The ranking view numbers its rows from here (null: no rank column). */
  rankFrom: number | null;
  caption: string;
}) {
  const dateHeading = rows[0] ? keyDate(rows[0]).label : "Date";
  return (
    <table className="block w-full text-left text-sm md:table md:min-w-[900px]">
      <caption className="sr-only">{caption}</caption>
      <thead className="hidden border-b border-black/10 text-xs tracking-wide text-ink-muted uppercase md:table-header-group">
        <tr>
          {rankFrom !== null ? (
            <th scope="col" className={TH_RIGHT}>
              #
            </th>
          ) : null}
          <th scope="col" className={TH}>
            Vendor
          </th>
          <th scope="col" className={TH}>
            Origin
          </th>
          <th scope="col" className={TH}>
            Status
          </th>
          <th scope="col" className={TH_RIGHT}>
            Fee rate
          </th>
          <th scope="col" className={TH}>
            Reliability
          </th>
          <th scope="col" className={TH_RIGHT}>
            Products
          </th>
          <th scope="col" className={TH}>
            {dateHeading}
          </th>
        </tr>
      </thead>
      <tbody className="block space-y-2 md:table-row-group md:space-y-0 md:divide-y md:divide-black/5">
        {rows.map((v, i) => {
          const date = keyDate(v);
          return (
            <tr
              key={v.id}
              className="relative flex flex-wrap items-center gap-x-2 gap-y-1 rounded-card bg-surface p-4 shadow-card ring-1 ring-black/5 hover:ring-brand-600/40 md:table-row md:rounded-none md:p-0 md:shadow-none md:ring-0 md:hover:bg-surface-muted"
            >
              {rankFrom !== null ? (
                <td className="hidden font-semibold text-ink-muted tabular-nums md:table-cell md:px-4 md:py-3 md:text-right">
                  {v.reliabilityScore !== null ? rankFrom + i : ""}
                </td>
              ) : null}
              <td className={`min-w-0 max-md:w-full max-md:pr-28 ${CELL}`}>
                {rankFrom !== null && v.reliabilityScore !== null ? (
                  <span className="font-semibold text-ink-muted tabular-nums md:hidden">{rankFrom + i}. </span>
                ) : null}
                <Link
                  href={`/admin/vendors/${v.id}`}
                  className="font-semibold text-brand-700 after:absolute after:inset-0 hover:underline md:after:hidden"
                >
                  {v.name}
                </Link>
                <div className="truncate text-xs text-ink-muted">{v.contactEmail}</div>
              </td>
              <td className={`order-last w-full text-ink-muted md:order-none md:w-auto md:text-ink ${CELL}`}>
                {v.origin.name}
                <span className="md:hidden">
                  {" "}
                  · {v.productCount} {v.productCount === 1 ? "product" : "products"} · {date.label}{" "}
                  {formatDate(date.at)}
                </span>
              </td>
              <td className={`max-md:absolute max-md:top-4 max-md:right-4 ${CELL}`}>
                <div className="flex items-center gap-1.5">
                  <VendorStatusBadge status={v.status} />
                  {v.payoutUnregistered ? (
                    <span title="Payout account not registered at Paystack yet" className="text-warning-700">
                      <AlertTriangle aria-label="Payout account not registered" className="h-4 w-4" />
                    </span>
                  ) : null}
                </div>
              </td>
              <td className={`text-sm md:text-right ${isApproved(v) ? "" : "max-md:hidden"} ${CELL}`}>
                <span className="text-ink-muted md:hidden">Fee </span>
                {isApproved(v) ? (
                  <FeeRate feeBps={v.feeBps} defaultBps={defaultFeeBps} />
                ) : (
                  <span className="text-ink-subtle">set on approval</span>
                )}
              </td>
              <td className={`${v.reliabilityScore === null ? "max-md:hidden" : ""} ${CELL}`}>
                <ReliabilityCell score={v.reliabilityScore} />
              </td>
              <td className={`hidden tabular-nums md:table-cell md:px-4 md:py-3 md:text-right`}>{v.productCount}</td>
              <td className="hidden md:table-cell md:px-4 md:py-3 md:whitespace-nowrap">
                {formatDate(date.at)}
                {date.label !== dateHeading ? <span className="text-xs text-ink-muted"> {date.label}</span> : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

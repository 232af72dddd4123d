import Link from "next/link";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/dates";
import type { PayoutStatus } from "@/lib/generated/prisma/enums";
import { formatMoney } from "@/lib/money";
import { PayoutStatusBadge } from "./payout-status-badge";

export type TPayoutRow = {
  id: string;
  reference: string;
  status: PayoutStatus;
  amountMinor: number;
  createdAt: Date;
  paidAt: Date | null;
  failureReason: string | null;
  vendor: { name: string };
  _count: { items: number };
};

/** Payouts as cards on phones and a table from md up (admin and vendor lists share it). */
export function PayoutTable({
  rows,
  basePath,
  showVendor,
}: {
  rows: TPayoutRow[];
  basePath: string;
  showVendor: boolean;
}) {
  return (
    <>
      <ul className="space-y-2 md:hidden">
        {rows.map((p) => (
          <li key={p.id}>
            <Link
              href={`${basePath}/${p.id}`}
              className="block rounded-card bg-surface p-4 shadow-card ring-1 ring-black/5 hover:ring-brand-600/40"
            >
              <div className="flex items-center justify-between gap-2">
                <span className="font-semibold tabular-nums">{formatMoney(p.amountMinor)}</span>
                <PayoutStatusBadge status={p.status} />
              </div>
              {showVendor ? <p className="mt-1 text-sm font-semibold text-brand-700">{p.vendor.name}</p> : null}
              <p className="text-sm text-ink-muted">
                {p._count.items} line(s) · {formatDateTime(p.createdAt)}
                {p.paidAt ? ` · paid ${formatDateTime(p.paidAt)}` : ""}
              </p>
              <p className="truncate font-mono text-xs text-ink-muted">{p.reference}</p>
              {p.status === "FAILED" && p.failureReason ? (
                <p className="mt-1 text-sm text-danger-700">{p.failureReason}</p>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
      <Card className="hidden overflow-x-auto md:block">
        <table className="w-full min-w-[820px] text-left text-sm">
          <caption className="sr-only">Payouts, newest first</caption>
          <thead className="border-b border-black/10 text-xs tracking-wide text-ink-muted uppercase">
            <tr>
              <th scope="col" className="px-4 py-3 font-semibold">
                Reference
              </th>
              {showVendor ? (
                <th scope="col" className="px-4 py-3 font-semibold">
                  Vendor
                </th>
              ) : null}
              <th scope="col" className="px-4 py-3 font-semibold">
                Status
              </th>
              <th scope="col" className="px-4 py-3 text-right font-semibold">
                Amount
              </th>
              <th scope="col" className="px-4 py-3 text-right font-semibold">
                Lines
              </th>
              <th scope="col" className="px-4 py-3 font-semibold">
                Created
              </th>
              <th scope="col" className="px-4 py-3 font-semibold">
                Paid
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-black/5">
            {rows.map((p) => (
              <tr key={p.id} className="hover:bg-surface-muted">
                <td className="px-4 py-3">
                  <Link
                    href={`${basePath}/${p.id}`}
                    className="font-mono text-xs font-semibold text-brand-700 hover:underline"
                  >
                    {p.reference}
                  </Link>
                </td>
                {showVendor ? <td className="px-4 py-3">{p.vendor.name}</td> : null}
                <td className="px-4 py-3">
                  <PayoutStatusBadge status={p.status} />
                  {p.status === "FAILED" && p.failureReason ? (
                    <div className="mt-1 max-w-56 truncate text-xs text-danger-700" title={p.failureReason}>
                      {p.failureReason}
                    </div>
                  ) : null}
                </td>
                <td className="px-4 py-3 text-right font-semibold tabular-nums">{formatMoney(p.amountMinor)}</td>
                <td className="px-4 py-3 text-right tabular-nums">{p._count.items}</td>
                <td className="px-4 py-3 whitespace-nowrap">{formatDateTime(p.createdAt)}</td>
                <td className="px-4 py-3 whitespace-nowrap">{p.paidAt ? formatDateTime(p.paidAt) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </>
  );
}

// /admin/payments — every payment finance answers from: status tabs with counts, the payments
// verification flagged for review (the overview links to ?review=1), search by reference or
// order number, filters, keyset pages, mobile cards. Read-only.
import type { Metadata } from "next";
import Link from "next/link";
import { AlertTriangle } from "lucide-react";
import { labelOf, PAYMENT_STATUS } from "@/components/orders/labels";
import { Card } from "@/components/ui/card";
import { DashboardHeading } from "@/components/ui/dashboard-shell";
import { EmptyState } from "@/components/ui/empty-state";
import { KeysetPager, StatusTab, flatSearchParams } from "@/components/ui/list-controls";
import { hrefWith } from "@/components/ui/pagination";
import { can } from "@/lib/auth/rbac";
import { PaymentStatus } from "@/lib/generated/prisma/enums";
import { listAdminPayments, ZAdminPaymentFilters } from "@/lib/payments/list-admin-payments";
import { requireAdminSection } from "../_lib/guard";
import { PaymentFilters } from "./_components/payment-filters";
import { PaymentRows } from "./_components/payment-rows";

export const metadata: Metadata = { title: "Payments · Admin" };

type TSearch = Record<string, string | string[] | undefined>;

export default async function AdminPaymentsPage({ searchParams }: { searchParams: Promise<TSearch> }) {
  const { user } = await requireAdminSection("/admin/payments");
  const raw = await flatSearchParams(searchParams);
  const parsed = ZAdminPaymentFilters.safeParse(raw);
  const filters = parsed.success ? parsed.data : {};
  const list = await listAdminPayments(filters);
  const { cursor: _cursor, ...kept } = raw;
  const total = Object.values(list.statusCounts).reduce((a, b) => a + b, 0);
  const isFiltered = ["q", "kind", "channel", "from", "to"].some((k) => kept[k]);
  const reviewing = filters.review === "1";

  return (
    <>
      <DashboardHeading
        title="Payments"
        description="Every Paystack payment with its state, amount, refunds and fee; find one by reference or order number."
      />
      {!parsed.success ? (
        <p role="alert" className="mb-4 rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
          Some filters were not understood and were ignored: {parsed.error.issues[0]?.message}
        </p>
      ) : null}

      <div className="mb-3">
        <Link
          href={hrefWith("/admin/payments", kept, { review: reviewing ? null : "1" })}
          aria-current={reviewing ? "page" : undefined}
          className={
            reviewing
              ? "inline-flex items-center gap-2 rounded-pill bg-danger-700 px-4 py-2 text-sm font-semibold text-white"
              : list.needsReviewCount > 0
                ? "inline-flex items-center gap-2 rounded-pill bg-danger-50 px-4 py-2 text-sm font-semibold text-danger-700 ring-1 ring-danger-700/30 hover:bg-danger-50/70"
                : "inline-flex items-center gap-2 rounded-pill bg-surface px-4 py-2 text-sm font-medium text-ink ring-1 ring-black/10 hover:bg-surface-muted"
          }
        >
          <AlertTriangle aria-hidden="true" className="h-4 w-4" />
          Needs review
          <span className="tabular-nums">({list.needsReviewCount})</span>
          {reviewing ? <span className="font-normal text-white/80">· show all</span> : null}
        </Link>
      </div>

      <nav aria-label="Payment status" className="-mx-1 mb-4 flex gap-1 overflow-x-auto pb-1">
        <StatusTab
          href={hrefWith("/admin/payments", kept, { status: null })}
          active={!filters.status}
          label="All"
          count={total}
        />
        {Object.values(PaymentStatus).map((s) => (
          <StatusTab
            key={s}
            href={hrefWith("/admin/payments", kept, { status: s })}
            active={filters.status === s}
            label={labelOf(PAYMENT_STATUS, s).label}
            count={list.statusCounts[s]}
          />
        ))}
      </nav>

      <PaymentFilters values={kept} />

      {list.rows.length === 0 ? (
        <Card>
          {isFiltered || filters.status ? (
            <EmptyState title="No payment matches these filters">
              <Link href="/admin/payments" className="font-semibold text-brand-700 underline">
                Clear the filters
              </Link>
            </EmptyState>
          ) : reviewing ? (
            <EmptyState title="No payment needs review">
              Verification flags a payment here when Paystack disagrees with our record.{" "}
              <Link href="/admin/payments" className="font-semibold text-brand-700 underline">
                See every payment
              </Link>
            </EmptyState>
          ) : (
            <EmptyState title="No payments yet">A payment appears here as soon as a customer starts to pay.</EmptyState>
          )}
        </Card>
      ) : (
        <Card className="max-md:bg-transparent max-md:shadow-none max-md:ring-0 md:overflow-x-auto">
          <PaymentRows rows={list.rows} linkOrders={can(user, "admin:orders")} />
        </Card>
      )}
      <KeysetPager pathname="/admin/payments" params={raw} nextCursor={list.nextCursor} />
    </>
  );
}

// /admin/payouts/[id] — one payout: amount, attempts, where it went, its lines; retry when failed.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { DashboardHeading } from "@/components/ui/dashboard-shell";
import { formatDateTime } from "@/lib/dates";
import { isAppError } from "@/lib/errors";
import { formatMoney } from "@/lib/money";
import { getPayoutOrThrow } from "@/lib/payouts/get-payout";
import { requireAdminSection } from "../../_lib/guard";
import { retryPayoutAction } from "../actions";
import { PayoutDetail } from "../_components/payout-detail";
import { PayoutStatusBadge } from "../_components/payout-status-badge";
import { RetryPayoutButton } from "./retry-payout-button";

export const metadata: Metadata = { title: "Payout · Admin" };

export default async function AdminPayoutPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdminSection("/admin/payouts");
  const { id } = await params;
  const payout = await getPayoutOrThrow({ payoutId: id }).catch((e: unknown) => {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const retryable = payout.status === "FAILED" || payout.status === "REVERSED";
  return (
    <>
      <Breadcrumbs items={[{ label: "Payouts", href: "/admin/payouts" }, { label: payout.reference }]} />
      <DashboardHeading
        title={`${payout.vendor.name} · ${formatMoney(payout.amountMinor)}`}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <PayoutStatusBadge status={payout.status} /> {payout.reference} · created {formatDateTime(payout.createdAt)}
          </span>
        }
        actions={
          retryable ? (
            <RetryPayoutButton
              payoutId={payout.id}
              retry={retryPayoutAction}
              description={`Paystack is asked first what became of attempt ${payout.attempts}; if it was not paid, a new transfer of ${formatMoney(payout.amountMinor)} (${payout.items.length} lines) goes to ${payout.recipient.bankName} ····${payout.recipient.accountNumber.slice(-4)}.`}
            />
          ) : null
        }
      />
      <PayoutDetail payout={payout} orderHref={(n) => `/admin/orders/${n}`} />
    </>
  );
}

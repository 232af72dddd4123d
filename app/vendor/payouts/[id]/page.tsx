// /vendor/payouts/[id] — one of this vendor's payouts and its lines; another vendor's is "not found".
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { DashboardHeading } from "@/components/ui/dashboard-shell";
import { formatDateTime } from "@/lib/dates";
import { isAppError } from "@/lib/errors";
import { formatMoney } from "@/lib/money";
import { getPayoutOrThrow } from "@/lib/payouts/get-payout";
import { PayoutDetail } from "../../../admin/payouts/_components/payout-detail";
import { PayoutStatusBadge } from "../../../admin/payouts/_components/payout-status-badge";
import { requireVendorSection } from "../../_lib/guard";

export const metadata: Metadata = { title: "Payout · Vendor" };

export default async function VendorPayoutPage({ params }: { params: Promise<{ id: string }> }) {
  const { vendorId } = await requireVendorSection("/vendor/payouts");
  const { id } = await params;
  const payout = await getPayoutOrThrow({ payoutId: id, vendorId }).catch((e: unknown) => {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  return (
    <>
      <Breadcrumbs items={[{ label: "Payouts", href: "/vendor/payouts" }, { label: payout.reference }]} />
      <DashboardHeading
        title={formatMoney(payout.amountMinor)}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <PayoutStatusBadge status={payout.status} /> {payout.reference} · created {formatDateTime(payout.createdAt)}
          </span>
        }
      />
      <PayoutDetail payout={payout} />
    </>
  );
}

// /admin/vendors/[id] — one vendor: its application, payout account (masked), reliability with
// each component's reasons, the decisions its status allows (each saying what it will do) and
// its audit history.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AlertTriangle } from "lucide-react";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { DashboardHeading, StatCard } from "@/components/ui/dashboard-shell";
import { ReliabilityBreakdown } from "@/components/vendors/reliability-breakdown";
import { formatDate, formatDateTime } from "@/lib/dates";
import { isAppError } from "@/lib/errors";
import { getPlatformSettings } from "@/lib/settings/get-platform-settings";
import { getAdminVendorOrThrow } from "@/lib/vendors/get-admin-vendor";
import { formatFeeBps } from "@/lib/vendors/statuses";
import { requireAdminSection } from "../../_lib/guard";
import {
  approveVendorAction,
  reactivateVendorAction,
  rejectVendorAction,
  retryVendorPayoutRecipientAction,
  setVendorFeeAction,
  suspendVendorAction,
} from "../actions";
import { VendorStatusBadge } from "../_components/vendor-status-badge";
import { VendorActions } from "./_components/vendor-actions";
import { VendorHistory } from "./_components/vendor-history";

type TProps = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Vendor · Admin" };

const ROLE_LABEL: Record<string, string> = { OWNER: "Owner", MANAGER: "Manager", STAFF: "Staff" };

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-0.5 py-2 sm:grid-cols-[10rem_1fr] sm:gap-3">
      <dt className="text-sm text-ink-muted">{label}</dt>
      <dd className="min-w-0 text-sm break-words text-ink">{children}</dd>
    </div>
  );
}

export default async function AdminVendorPage({ params }: TProps) {
  await requireAdminSection("/admin/vendors");
  const { id } = await params;
  const [v, settings] = await Promise.all([
    getAdminVendorOrThrow({ vendorId: id }).catch((e: unknown) => {
      if (isAppError(e) && e.code === "NOT_FOUND") notFound();
      throw e;
    }),
    getPlatformSettings(),
  ]);
  const isApproved = v.status === "ACTIVE" || v.status === "SUSPENDED";
  const payoutUnregistered = isApproved && v.payout !== null && !v.payout.registered;

  return (
    <>
      <Breadcrumbs items={[{ label: "Vendors", href: "/admin/vendors" }, { label: v.name }]} />
      <DashboardHeading
        title={v.name}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <VendorStatusBadge status={v.status} />
            {v.origin.name} · applied {formatDate(v.createdAt)}
            {v.approvedAt ? ` · approved ${formatDate(v.approvedAt)}` : ""}
            {v.reviewerName ? ` by ${v.reviewerName}` : ""}
          </span>
        }
      />

      {v.status === "SUSPENDED" ? (
        <p role="note" className="mb-4 rounded-card bg-danger-50 p-4 text-sm text-danger-700">
          <strong>Suspended</strong>
          {v.suspendedAt ? ` on ${formatDateTime(v.suspendedAt)}` : ""}: {v.suspensionReason ?? "no reason recorded"}.
          Its products are off the storefront.
        </p>
      ) : null}
      {v.status === "REJECTED" ? (
        <p role="note" className="mb-4 rounded-card bg-surface-muted p-4 text-sm text-ink">
          <strong>Rejected</strong>
          {v.rejectedAt ? ` on ${formatDateTime(v.rejectedAt)}` : ""}: {v.rejectionReason ?? "no reason recorded"}
        </p>
      ) : null}
      {payoutUnregistered ? (
        <div
          role="alert"
          className="mb-4 flex gap-3 rounded-card bg-warning-50 p-4 text-sm text-warning-700 ring-1 ring-accent-400/40"
        >
          <AlertTriangle aria-hidden="true" className="mt-0.5 h-5 w-5 shrink-0" />
          <p>
            The payout account is not registered at Paystack yet, so no payout can be sent. Register it again below once
            the account details are right.
          </p>
        </div>
      ) : null}

      <div className="mb-6 grid grid-cols-2 gap-3 sm:gap-4 xl:grid-cols-4">
        <StatCard
          label="Fee rate"
          value={isApproved ? formatFeeBps(v.feeBps ?? settings.platformFeeBps) : "—"}
          hint={isApproved ? (v.feeBps === null ? "Platform default" : "Its own rate") : "Set on approval"}
        />
        <StatCard label="Reliability" value={v.reliabilityScore ?? "—"} hint="Last 90 days, of 100" />
        <StatCard label="Products" value={v.productCount} hint={`${v.activeProductCount} active`} />
        <StatCard label="Orders" value={v.orderCount} hint="With its lines" />
      </div>

      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <div className="min-w-0 space-y-6">
          <Card>
            <CardHeader>
              <CardTitle>Decisions</CardTitle>
            </CardHeader>
            <CardBody>
              <VendorActions
                vendorId={v.id}
                name={v.name}
                status={v.status}
                feeBps={v.feeBps}
                defaultFeeBps={settings.platformFeeBps}
                activeProductCount={v.activeProductCount}
                payoutUnregistered={payoutUnregistered}
                actions={{
                  approve: approveVendorAction,
                  reject: rejectVendorAction,
                  suspend: suspendVendorAction,
                  reactivate: reactivateVendorAction,
                  fee: setVendorFeeAction,
                  payout: retryVendorPayoutRecipientAction,
                }}
              />
            </CardBody>
          </Card>

          <Card>
            <CardHeader>
              <CardTitle>Application</CardTitle>
            </CardHeader>
            <CardBody>
              <dl className="divide-y divide-black/5">
                <Row label="Business name">{v.name}</Row>
                {v.legalName ? <Row label="Legal name">{v.legalName}</Row> : null}
                <Row label="Origin">{v.origin.name}</Row>
                <Row label="Contact email">
                  <a href={`mailto:${v.contactEmail}`} className="text-brand-700 hover:underline">
                    {v.contactEmail}
                  </a>
                </Row>
                <Row label="Contact phone">{v.contactPhone ?? "—"}</Row>
                <Row label="Categories">{v.categories.length ? v.categories.map((c) => c.name).join(", ") : "—"}</Row>
                <Row label="Sample links">
                  {v.sampleLinks.length ? (
                    <ul className="space-y-1">
                      {v.sampleLinks.map((href) => (
                        <li key={href}>
                          <a
                            href={href}
                            target="_blank"
                            rel="noopener noreferrer nofollow"
                            className="break-all text-brand-700 hover:underline"
                          >
                            {href}
                          </a>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    "—"
                  )}
                </Row>
                {v.applicationNote ? <Row label="Note">{v.applicationNote}</Row> : null}
                <Row label="Payout account">
                  {v.payout ? (
                    <>
                      {v.payout.type === "MOBILE_MONEY" ? "Mobile Money" : "Bank"} · {v.payout.bankName ?? "—"} ·{" "}
                      <span className="font-mono">{v.payout.accountNumberMasked}</span>
                      <span className="block text-ink-muted">
                        {v.payout.accountName} ·{" "}
                        {v.payout.registered ? "registered at Paystack" : "not registered at Paystack"}
                      </span>
                    </>
                  ) : (
                    "None given"
                  )}
                </Row>
              </dl>
            </CardBody>
          </Card>

          <Card>
            <CardHeader>
              <CardTitle>Team</CardTitle>
            </CardHeader>
            <CardBody>
              {v.memberships.length === 0 ? (
                <p className="text-sm text-ink-muted">No members.</p>
              ) : (
                <ul className="divide-y divide-black/5">
                  {v.memberships.map((m) => (
                    <li key={m.user.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2 text-sm">
                      <span className="min-w-0">
                        <span className="font-medium text-ink">{m.user.name ?? m.user.email}</span>
                        <span className="block truncate text-ink-muted">{m.user.email}</span>
                      </span>
                      <span className="text-ink-muted">
                        {ROLE_LABEL[m.role] ?? m.role} · since {formatDate(m.createdAt)}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </CardBody>
          </Card>
        </div>

        <div className="min-w-0 space-y-6">
          <Card>
            <CardHeader>
              <CardTitle>Reliability</CardTitle>
            </CardHeader>
            <CardBody>
              {isApproved ? (
                <ReliabilityBreakdown
                  score={v.reliabilityScore}
                  components={v.reliabilityComponents}
                  updatedAt={v.reliabilityUpdatedAt}
                />
              ) : (
                <p className="text-sm text-ink-muted">Scored once the vendor is approved and has orders.</p>
              )}
            </CardBody>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>History</CardTitle>
            </CardHeader>
            <CardBody>
              <VendorHistory history={v.history} />
            </CardBody>
          </Card>
        </div>
      </div>
    </>
  );
}

// /admin/orders/[number] — one order as support and ops need it: the customer and how to
// reach them, lines by vendor and batch, money in and out with Paystack's references, the
// delivery, the whole timeline with internal notes, the outbox, and the actions the viewer
// may take (each stating what it will do before it is confirmed).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AlertTriangle, Lock, StickyNote } from "lucide-react";
import { AdminOrderStatusBadge } from "@/components/orders/admin-order-status-badge";
import {
  CHANNEL,
  labelOf,
  LINE_STATUS,
  MOMO_PROVIDER,
  PAYMENT_KIND,
  PAYMENT_STATUS,
  REFUND_STATUS,
} from "@/components/orders/labels";
import { Badge } from "@/components/ui/badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { DashboardHeading } from "@/components/ui/dashboard-shell";
import { can } from "@/lib/auth/rbac";
import { formatDate, formatDateTime } from "@/lib/dates";
import { isAppError } from "@/lib/errors";
import { formatMoney } from "@/lib/money";
import { getAdminOrderOrThrow, type TAdminOrder } from "@/lib/orders/get-admin-order";
import { requireAdminSection } from "../../_lib/guard";
import { BATCH_STATUS_LABEL } from "../../batches/_components/batch-status-badge";
import { DeliveryStatusBadge } from "../../deliveries/_components/delivery-status-badge";
import { addOrderNoteAction, cancelOrderAction, markLineUnavailableAction, resendNotificationAction } from "../actions";
import {
  AddNoteForm,
  CancelOrderButton,
  MarkUnavailableButton,
  ResendNotificationButton,
} from "./_components/order-actions";

type TProps = { params: Promise<{ number: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: `${decodeURIComponent((await params).number)} · Orders · Admin` };
}

export default async function AdminOrderPage({ params }: TProps) {
  const { user } = await requireAdminSection("/admin/orders");
  const number = decodeURIComponent((await params).number);
  const order = await getAdminOrderOrThrow({ number }).catch((e: unknown) => {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const canManage = can(user, "admin:orders:manage");
  const m = order.money;
  const cancel = order.cancelPreview;

  return (
    <>
      <Breadcrumbs items={[{ label: "Orders", href: "/admin/orders" }, { label: order.number }]} />
      <DashboardHeading
        title={order.number}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <AdminOrderStatusBadge {...order} balanceDueMinor={m.balanceDueMinor} />
            Placed {formatDateTime(order.createdAt)} ·{" "}
            {order.paymentPlan === "DEPOSIT" ? "Deposit plan" : "Paid in full"}
          </span>
        }
      />

      <div className="mb-6 grid grid-cols-2 gap-3 sm:gap-4 xl:grid-cols-4">
        <Stat
          label="Total"
          value={formatMoney(m.totalMinor)}
          hint={m.depositMinor ? `Deposit ${formatMoney(m.depositMinor)}` : undefined}
        />
        <Stat label="Paid" value={formatMoney(m.amountPaidMinor)} />
        <Stat
          label="Refunded"
          value={formatMoney(m.amountRefundedMinor)}
          hint={m.refundsInFlightMinor ? `${formatMoney(m.refundsInFlightMinor)} on its way` : undefined}
        />
        <Stat label="Balance due" value={formatMoney(m.balanceDueMinor)} warn={m.balanceDueMinor > 0} />
      </div>

      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <div className="min-w-0 space-y-6">
          {/* On a phone the customer and the delivery come first; the sidebar has them on a desktop. */}
          <div className="space-y-6 xl:hidden">
            <CustomerAndDelivery order={order} />
          </div>
          {canManage ? (
            <Card>
              <CardHeader>
                <CardTitle>Actions</CardTitle>
              </CardHeader>
              <CardBody>
                {cancel.refusal ? (
                  <p className="text-sm text-ink-muted">{cancel.refusal}</p>
                ) : (
                  <div className="flex flex-wrap items-center gap-3">
                    <CancelOrderButton
                      orderNumber={order.number}
                      summary={cancel.summary}
                      lines={cancel.lines.map((l) => ({
                        id: l.id,
                        title: l.title,
                        amount: formatMoney(l.lineTotalMinor),
                      }))}
                      cancel={cancelOrderAction}
                    />
                    <p className="text-sm text-ink-muted">{cancel.summary}</p>
                  </div>
                )}
              </CardBody>
            </Card>
          ) : null}

          <Card>
            <CardHeader>
              <CardTitle>Items</CardTitle>
            </CardHeader>
            <CardBody className="space-y-5">
              {order.groups.map((g) => (
                <section key={g.key} aria-labelledby={`g-${g.key}`}>
                  <h3 id={`g-${g.key}`} className="mb-2 flex flex-wrap items-center gap-2 text-sm font-semibold">
                    <span>{g.vendor.name}</span>
                    {g.batch ? (
                      <Link
                        href={`/admin/batches/${g.batch.code}`}
                        className="font-mono text-xs text-brand-700 hover:underline"
                      >
                        {g.batch.code} · {BATCH_STATUS_LABEL[g.batch.status]}
                      </Link>
                    ) : (
                      <span className="text-xs font-normal text-ink-muted">In stock</span>
                    )}
                  </h3>
                  <ul className="divide-y divide-black/5 rounded-control ring-1 ring-black/5">
                    {g.lines.map((l) => {
                      const s = labelOf(LINE_STATUS, l.status);
                      return (
                        <li key={l.id} className="flex flex-wrap items-start justify-between gap-2 p-3 text-sm">
                          <div className="min-w-0">
                            <p className="font-medium">
                              {l.productTitle} <span className="text-ink-muted">· {l.variantTitle}</span>
                            </p>
                            <p className="text-xs text-ink-muted">
                              <span className="font-mono">{l.sku}</span> · {l.quantity} ×{" "}
                              {formatMoney(l.unitPriceMinor)}
                              {l.refundedMinor ? ` · ${formatMoney(l.refundedMinor)} refunded` : ""}
                            </p>
                          </div>
                          <div className="flex flex-wrap items-center gap-2">
                            <Badge tone={s.tone}>{s.label}</Badge>
                            <span className="font-semibold tabular-nums">{formatMoney(l.lineTotalMinor)}</span>
                            {canManage && l.unavailablePreview ? (
                              <MarkUnavailableButton
                                orderNumber={order.number}
                                lineId={l.id}
                                title={l.productTitle}
                                summary={l.unavailablePreview.summary}
                                markUnavailable={markLineUnavailableAction}
                              />
                            ) : null}
                          </div>
                        </li>
                      );
                    })}
                  </ul>
                </section>
              ))}
              <dl className="ml-auto grid max-w-xs grid-cols-2 gap-x-4 gap-y-1 text-sm">
                <dt className="text-ink-muted">Subtotal</dt>
                <dd className="text-right tabular-nums">{formatMoney(m.subtotalMinor)}</dd>
                <dt className="text-ink-muted">Delivery</dt>
                <dd className="text-right tabular-nums">{formatMoney(m.deliveryFeeMinor)}</dd>
                {m.discountMinor ? (
                  <>
                    <dt className="text-ink-muted">Discount</dt>
                    <dd className="text-right tabular-nums">−{formatMoney(m.discountMinor)}</dd>
                  </>
                ) : null}
                <dt className="font-semibold">Total</dt>
                <dd className="text-right font-semibold tabular-nums">{formatMoney(m.totalMinor)}</dd>
              </dl>
            </CardBody>
          </Card>

          <Payments order={order} />

          <Card>
            <CardHeader>
              <CardTitle>Notifications</CardTitle>
            </CardHeader>
            <CardBody>
              {order.notifications.length === 0 ? (
                <p className="text-sm text-ink-muted">No notifications were sent about this order.</p>
              ) : (
                <ul className="divide-y divide-black/5 text-sm">
                  {order.notifications.map((n) => (
                    <li key={n.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                      <div className="min-w-0">
                        <p className="font-medium">
                          {n.templateKey} <span className="text-ink-muted">· {n.channel}</span>
                        </p>
                        <p className="text-xs break-all text-ink-muted">
                          {n.recipient} · {formatDateTime(n.createdAt)}
                          {n.lastError ? ` · ${n.lastError}` : ""}
                        </p>
                      </div>
                      <div className="flex items-center gap-2">
                        <Badge tone={n.status === "FAILED" ? "danger" : n.status === "QUEUED" ? "warning" : "neutral"}>
                          {n.status.toLowerCase()}
                        </Badge>
                        {n.canResend ? (
                          <ResendNotificationButton
                            orderNumber={order.number}
                            notificationId={n.id}
                            what={`Queues a copy of “${n.templateKey}” by ${n.channel} to ${n.recipient}.`}
                            resend={resendNotificationAction}
                          />
                        ) : null}
                      </div>
                    </li>
                  ))}
                </ul>
              )}
            </CardBody>
          </Card>
        </div>

        <div className="space-y-6">
          <div className="hidden space-y-6 xl:block">
            <CustomerAndDelivery order={order} />
          </div>
          <Card>
            <CardHeader>
              <CardTitle>Timeline</CardTitle>
            </CardHeader>
            <CardBody className="space-y-4">
              <AddNoteForm orderNumber={order.number} addNote={addOrderNoteAction} />
              <ol className="space-y-3">
                {[...order.timeline].reverse().map((e) => (
                  <li
                    key={e.id}
                    className={
                      e.kind === "note"
                        ? "rounded-control border-l-2 border-accent-400 bg-accent-100/50 py-1 pr-2 pl-3 text-sm"
                        : "border-l-2 border-brand-200 pl-3 text-sm"
                    }
                  >
                    <p className="flex items-center gap-1 font-semibold">
                      {e.kind === "note" ? <StickyNote aria-hidden="true" className="h-4 w-4" /> : null}
                      {e.label}
                    </p>
                    {e.from && e.to && e.from !== e.to ? (
                      <p className="text-xs text-ink-muted">
                        {e.from.toLowerCase().replaceAll("_", " ")} → {e.to.toLowerCase().replaceAll("_", " ")}
                      </p>
                    ) : null}
                    <p className="text-xs text-ink-muted">
                      {formatDateTime(e.at)} · {actorLabel(e.actor)}
                    </p>
                    {e.note ? <p className="mt-0.5 whitespace-pre-line text-ink">{e.note}</p> : null}
                  </li>
                ))}
              </ol>
            </CardBody>
          </Card>
          <Link href="/admin/orders" className="text-sm font-semibold text-brand-700 hover:underline">
            ← All orders
          </Link>
        </div>
      </div>
    </>
  );
}

function CustomerAndDelivery({ order }: { order: TAdminOrder }) {
  return (
    <>
      <Card>
        <CardHeader>
          <CardTitle>Customer</CardTitle>
        </CardHeader>
        <CardBody className="space-y-1 text-sm">
          <p className="font-semibold">{order.customer.name}</p>
          <p>
            <a href={`tel:${order.contact.phone}`} className="text-brand-700 hover:underline">
              {order.contact.phone}
            </a>
          </p>
          <p className="break-all">
            <a href={`mailto:${order.contact.email}`} className="text-brand-700 hover:underline">
              {order.contact.email}
            </a>
          </p>
          {order.customer.email !== order.contact.email ? (
            <p className="text-xs break-all text-ink-muted">Account e-mail: {order.customer.email}</p>
          ) : null}
          <p className="text-xs text-ink-muted">
            Customer since {formatDate(order.customer.since)} · {order.customer.orderCount}{" "}
            {order.customer.orderCount === 1 ? "order" : "orders"}
          </p>
        </CardBody>
      </Card>

      <Card>
        <CardHeader className="flex items-center justify-between gap-2">
          <CardTitle>Delivery</CardTitle>
          {order.delivery ? <DeliveryStatusBadge status={order.delivery.status} /> : null}
        </CardHeader>
        <CardBody className="space-y-1 text-sm">
          <p>{order.destination}</p>
          {order.delivery ? (
            <>
              <p className="text-ink-muted">
                {order.delivery.scheduledDate
                  ? `${formatDate(`${order.delivery.scheduledDate}T12:00:00.000Z`, "EEE d MMM")} · ${order.delivery.slotLabel ?? ""}`
                  : "Not scheduled"}
              </p>
              <p className="text-ink-muted">
                Rider:{" "}
                {order.delivery.rider
                  ? `${order.delivery.rider.name}${order.delivery.rider.phone ? ` · ${order.delivery.rider.phone}` : ""}`
                  : "none yet"}
              </p>
              {order.delivery.attempts ? <p className="text-ink-muted">Attempts: {order.delivery.attempts}</p> : null}
              {order.delivery.isCodeLocked ? (
                <p className="flex items-center gap-1 text-danger-700">
                  <Lock aria-hidden="true" className="h-4 w-4" /> Delivery code locked
                </p>
              ) : null}
              <Link
                href={`/admin/deliveries?q=${encodeURIComponent(order.number)}`}
                className="inline-block pt-1 font-semibold text-brand-700 hover:underline"
              >
                Open on the deliveries board →
              </Link>
            </>
          ) : (
            <p className="text-ink-muted">No delivery yet: it is created once every item is in Ghana and paid for.</p>
          )}
        </CardBody>
      </Card>
    </>
  );
}

function Payments({ order }: { order: TAdminOrder }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Payments and refunds</CardTitle>
      </CardHeader>
      <CardBody className="space-y-4 text-sm">
        {order.payments.length === 0 ? <p className="text-ink-muted">No payment was started.</p> : null}
        <ul className="divide-y divide-black/5">
          {order.payments.map((p) => {
            const s = labelOf(PAYMENT_STATUS, p.status);
            return (
              <li key={p.id} className="flex flex-wrap items-start justify-between gap-2 py-2">
                <div className="min-w-0">
                  <p className="font-medium">
                    {PAYMENT_KIND[p.kind] ?? p.kind}
                    {p.channel ? (
                      <span className="text-ink-muted">
                        {" "}
                        ·{" "}
                        {p.mobileMoneyProvider
                          ? (MOMO_PROVIDER[p.mobileMoneyProvider] ?? p.mobileMoneyProvider)
                          : (CHANNEL[p.channel] ?? p.channel)}
                      </span>
                    ) : null}
                  </p>
                  <p className="font-mono text-xs break-all text-ink-muted">{p.reference}</p>
                  <p className="text-xs text-ink-muted">
                    {formatDateTime(p.paidAt ?? p.createdAt)}
                    {p.gatewayResponse ? ` · ${p.gatewayResponse}` : ""}
                    {p.failureReason ? ` · ${p.failureReason}` : ""}
                  </p>
                  {p.needsReview ? (
                    <p className="flex items-center gap-1 text-xs text-danger-700">
                      <AlertTriangle aria-hidden="true" className="h-3.5 w-3.5" /> Needs review
                    </p>
                  ) : null}
                </div>
                <div className="flex items-center gap-2">
                  <Badge tone={s.tone}>{s.label}</Badge>
                  <span className="font-semibold tabular-nums">{formatMoney(p.amountMinor)}</span>
                </div>
              </li>
            );
          })}
        </ul>
        {order.refunds.length ? (
          <div>
            <h3 className="mb-1 text-xs font-semibold tracking-wide text-ink-muted uppercase">Refunds</h3>
            <ul className="divide-y divide-black/5">
              {order.refunds.map((r) => {
                const s = labelOf(REFUND_STATUS, r.status);
                return (
                  <li key={r.id} className="flex flex-wrap items-start justify-between gap-2 py-2">
                    <div className="min-w-0">
                      <p className="font-medium">{r.reason}</p>
                      <p className="font-mono text-xs break-all text-ink-muted">
                        {r.reference}
                        {r.providerRefundId ? ` · Paystack ${r.providerRefundId}` : ""}
                      </p>
                      <p className="text-xs text-ink-muted">
                        {formatDateTime(r.processedAt ?? r.createdAt)} · against {r.paymentReference}
                        {r.requestedBy ? ` · by ${r.requestedBy}` : ""}
                        {r.failureReason ? ` · ${r.failureReason}` : ""}
                      </p>
                    </div>
                    <div className="flex items-center gap-2">
                      <Badge tone={s.tone}>{s.label}</Badge>
                      <span className="font-semibold tabular-nums">{formatMoney(r.amountMinor)}</span>
                    </div>
                  </li>
                );
              })}
            </ul>
          </div>
        ) : null}
      </CardBody>
    </Card>
  );
}

function Stat({
  label,
  value,
  hint,
  warn,
}: {
  label: string;
  value: string;
  hint?: string | undefined;
  warn?: boolean;
}) {
  return (
    <div className="rounded-card bg-surface p-4 shadow-card ring-1 ring-black/5 sm:p-5">
      <p className="text-sm text-ink-muted">{label}</p>
      <p
        className={
          warn
            ? "mt-1 text-lg font-bold text-warning-700 tabular-nums sm:text-xl"
            : "mt-1 text-lg font-bold text-ink tabular-nums sm:text-xl"
        }
      >
        {value}
      </p>
      {hint ? <p className="mt-0.5 text-xs text-ink-muted">{hint}</p> : null}
    </div>
  );
}

function actorLabel(a: TAdminOrder["timeline"][number]["actor"]): string {
  if (a.type === "SYSTEM") return "Automatic";
  const role = a.type.charAt(0) + a.type.slice(1).toLowerCase();
  return a.name ? `${a.name} (${role.toLowerCase()})` : role;
}

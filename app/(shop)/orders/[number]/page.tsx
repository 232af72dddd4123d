import { AlertTriangle, CheckCircle2, Clock } from "lucide-react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { AutoRefresh } from "@/components/orders/auto-refresh";
import { CancelOrderButton } from "@/app/(shop)/orders/[number]/_components/cancel-order-button";
import { OrderActivity } from "@/app/(shop)/orders/[number]/_components/order-activity";
import { OrderAmounts } from "@/app/(shop)/orders/[number]/_components/order-amounts";
import { OrderDelivery } from "@/app/(shop)/orders/[number]/_components/order-delivery";
import { OrderItems } from "@/app/(shop)/orders/[number]/_components/order-items";
import { OrderMilestones } from "@/app/(shop)/orders/[number]/_components/order-milestones";
import { OrderPayments } from "@/app/(shop)/orders/[number]/_components/order-payments";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { PayPanel } from "@/components/payments/pay-panel";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { requireUserPage } from "@/lib/auth/guards";
import { ZOrderNumber } from "@/lib/checkout/schemas";
import { formatDateTime } from "@/lib/dates";
import { isAppError } from "@/lib/errors";
import { formatMoney } from "@/lib/money";
import { getCustomerOrderOrThrow } from "@/lib/orders/get-customer-order";

type TProps = { params: Promise<{ number: string }>; searchParams: Promise<{ paid?: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { number } = await params;
  return { title: `Order ${number.slice(0, 20)}` };
}

export default async function OrderPage({ params, searchParams }: TProps) {
  const { number } = await params;
  const user = await requireUserPage(`/orders/${encodeURIComponent(number)}`);
  const parsed = ZOrderNumber.safeParse(number);
  if (!parsed.success) notFound();
  const order = await getCustomerOrderOrThrow({ customerId: user.id, number: parsed.data }).catch((e: unknown) => {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const { paid } = await searchParams;
  const isHalted = ["CANCELLED", "EXPIRED", "REFUNDED"].includes(order.status);
  const refundable = order.amounts.paidMinor - order.amounts.refundedMinor;
  const progress = (
    <>
      <CardHeader>
        <CardTitle>Progress</CardTitle>
      </CardHeader>
      <CardBody>
        <OrderMilestones milestones={order.milestones} isHalted={isHalted} />
      </CardBody>
    </>
  );
  const activity = (
    <>
      <CardHeader>
        <CardTitle>Activity</CardTitle>
      </CardHeader>
      <CardBody>
        <OrderActivity events={order.activity} />
      </CardBody>
    </>
  );

  return (
    <div className="mx-auto w-full max-w-5xl py-6 sm:py-10">
      {order.settling ? <AutoRefresh intervalMs={order.settling === "refund" ? 10_000 : 3000} /> : null}
      <Breadcrumbs items={[{ label: "Orders", href: "/orders" }, { label: order.number }]} />
      <header className="mt-3 flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="flex flex-wrap items-center gap-3 text-2xl font-semibold tracking-tight text-ink sm:text-3xl">
            Order {order.number}
            <OrderStatusBadge status={order.status} className="text-sm" />
          </h1>
          <p className="mt-1 text-sm text-ink-muted">
            Placed <time dateTime={order.createdAt}>{formatDateTime(order.createdAt)}</time> · {order.itemsCount}{" "}
            {order.itemsCount === 1 ? "item" : "items"} · {formatMoney(order.amounts.totalMinor)}
          </p>
        </div>
      </header>

      <div className="mt-4 space-y-3" aria-live="polite">
        {paid && order.status !== "PENDING_PAYMENT" && !order.can.payBalance ? (
          <Notice tone="good" icon={<CheckCircle2 />}>
            Payment received — thank you! We have told the vendor{order.vendors.length > 1 ? "s" : ""} to get your order
            ready.
          </Notice>
        ) : null}
        {order.settling === "payment" ? (
          <Notice tone="info" icon={<Clock />}>
            We are confirming your payment with Paystack. This page updates by itself.
          </Notice>
        ) : order.settling === "refund" ? (
          <Notice tone="info" icon={<Clock />}>
            Your refund of {formatMoney(order.amounts.refundPendingMinor)} is on its way to the card or wallet you paid
            with. It usually arrives within a few working days.
          </Notice>
        ) : null}
        {order.status === "EXPIRED" ? (
          <Notice tone="warn" icon={<AlertTriangle />}>
            This order expired before it was paid, so the items were released. You can add them to your cart again.
          </Notice>
        ) : null}
      </div>

      {order.can.pay || order.can.payBalance ? (
        <Card className="mt-4 ring-2 ring-brand-600/30">
          <CardHeader>
            <CardTitle>
              {order.can.pay ? "Complete your payment" : "Your items have arrived — pay the balance"}
            </CardTitle>
            <p className="mt-1 text-sm text-ink-muted">
              {order.can.pay
                ? `${formatMoney(order.amounts.balanceDueMinor)} ${order.paymentPlan === "DEPOSIT" ? "deposit " : ""}to pay${order.expiresAt ? ` before ${formatDateTime(order.expiresAt)}` : ""}, or the order is released.`
                : `${formatMoney(order.amounts.balanceDueMinor)} is due before we can deliver.`}
            </p>
          </CardHeader>
          <CardBody className="max-w-2xl">
            <PayPanel
              orderNumber={order.number}
              amountMinor={order.amounts.balanceDueMinor}
              {...(order.can.payBalance ? { kind: "BALANCE" as const } : {})}
              defaultPhone={order.delivery.contactPhone}
            />
          </CardBody>
        </Card>
      ) : null}

      {/* Phones: progress, items, money and delivery, then the activity log. Wide screens:
          items and activity on the left, the summary cards in a column on the right. The
          progress and activity cards are rendered twice, one copy hidden per layout. */}
      <div className="mt-6 grid gap-6 lg:grid-cols-[1fr_22rem] lg:items-start">
        <div className="space-y-6">
          <Card className="lg:hidden">{progress}</Card>
          <section aria-labelledby="items-heading">
            <h2 id="items-heading" className="mb-3 text-lg font-semibold text-ink">
              Items
            </h2>
            <OrderItems vendors={order.vendors} />
          </section>
          <Card className="hidden lg:block">{activity}</Card>
        </div>

        <aside className="space-y-4" aria-label="Order summary">
          <Card className="hidden lg:block">{progress}</Card>
          <Card>
            <CardHeader>
              <CardTitle>Amounts</CardTitle>
            </CardHeader>
            <CardBody>
              <OrderAmounts order={order} />
            </CardBody>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Delivery</CardTitle>
            </CardHeader>
            <CardBody>
              <OrderDelivery delivery={order.delivery} />
            </CardBody>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Payments</CardTitle>
            </CardHeader>
            <CardBody>
              <OrderPayments payments={order.payments} refunds={order.refunds} />
            </CardBody>
          </Card>
          {order.can.cancel ? (
            <div>
              <CancelOrderButton orderNumber={order.number} refundMinor={refundable} />
              <p className="mt-2 text-center text-xs text-ink-muted">
                You can cancel until the vendor starts on your order.
              </p>
            </div>
          ) : null}
        </aside>

        <Card className="lg:hidden">{activity}</Card>
      </div>
    </div>
  );
}

function Notice({ tone, icon, children }: { tone: "good" | "info" | "warn"; icon: ReactNode; children: ReactNode }) {
  const cls =
    tone === "good"
      ? "bg-brand-50 text-brand-800"
      : tone === "warn"
        ? "bg-warning-50 text-warning-700"
        : "bg-surface text-ink ring-1 ring-black/5";
  return (
    <div
      className={`flex items-start gap-3 rounded-card px-4 py-3 text-sm ${cls} [&>svg]:mt-0.5 [&>svg]:h-5 [&>svg]:w-5 [&>svg]:shrink-0`}
      role="status"
    >
      {icon}
      <p>{children}</p>
    </div>
  );
}

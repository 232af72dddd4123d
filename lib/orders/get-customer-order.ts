import "server-only";
import { type Db, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canCustomerCancel } from "@/lib/orders/cancel-policy";
import { buildMilestones, buildStoppedMilestones, describeEvent } from "@/lib/orders/customer-order-timeline";
import type { TCustomerOrder, TCustomerOrderEvent, TCustomerVendorGroup } from "@/lib/orders/customer-order-types";
import { ACTIVE_ORDER_STATUSES, isIn } from "@/lib/orders/statuses";

export type * from "@/lib/orders/customer-order-types";

// The customer's order page read model (/orders/[number]; owned by the checkout/orders UI
// area): one query with `select`, mapped to a JSON-safe DTO. Scoped to the customer:
// another customer's order number answers "not found", exactly like one that does not exist.

const orderSelect = {
  id: true,
  number: true,
  status: true,
  currency: true,
  createdAt: true,
  paidAt: true,
  cancelledAt: true,
  expiresAt: true,
  subtotalMinor: true,
  deliveryFeeMinor: true,
  discountMinor: true,
  totalMinor: true,
  amountPaidMinor: true,
  amountRefundedMinor: true,
  balanceDueMinor: true,
  paymentPlan: true,
  depositMinor: true,
  deliveryMethod: true,
  shippingAddress: true,
  contactPhone: true,
  deliveryZone: { select: { name: true, feeMinor: true, etaDays: true } },
  pickupPoint: { select: { name: true, address: true, city: true, phone: true, openingHours: true } },
  lines: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      status: true,
      availability: true,
      quantity: true,
      unitPriceMinor: true,
      lineTotalMinor: true,
      productTitle: true,
      variantTitle: true,
      sku: true,
      imageUrl: true,
      product: { select: { slug: true } },
      vendor: { select: { id: true, name: true, slug: true } },
      batch: {
        select: {
          id: true,
          code: true,
          status: true,
          shippingMethod: true,
          cutoffAt: true,
          arrivalWindowStart: true,
          arrivalWindowEnd: true,
        },
      },
    },
  },
  events: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 300,
    select: {
      id: true,
      type: true,
      fromStatus: true,
      toStatus: true,
      orderLineId: true,
      note: true,
      data: true,
      createdAt: true,
      actorType: true,
    },
  },
  payments: {
    orderBy: { createdAt: "desc" },
    select: {
      reference: true,
      kind: true,
      channel: true,
      amountMinor: true,
      status: true,
      createdAt: true,
      paidAt: true,
      failedAt: true,
      failureReason: true,
      gatewayResponse: true,
      mobileMoneyProvider: true,
      mobileMoneyPhone: true,
      needsReview: true,
      amountRefundedMinor: true,
    },
  },
  refunds: {
    orderBy: { createdAt: "desc" },
    select: { reference: true, amountMinor: true, status: true, reason: true, createdAt: true, processedAt: true },
  },
  delivery: { select: { status: true, deliveryCode: true, scheduledFor: true, deliveredAt: true } },
} satisfies Prisma.OrderSelect;

type TOrderRow = Prisma.OrderGetPayload<{ select: typeof orderSelect }>;

export async function getCustomerOrderOrThrow(
  { customerId, number, now = new Date() }: { customerId: string; number: string; now?: Date },
  db: Db = prisma,
): Promise<TCustomerOrder> {
  const row = await db.order.findFirst({ where: { number, customerId }, select: orderSelect });
  if (!row) throw new AppError("NOT_FOUND", "We could not find that order.");
  return toCustomerOrder(row, now);
}

const str = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);
const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

function toCustomerOrder(o: TOrderRow, now: Date): TCustomerOrder {
  const lineTitle = new Map(o.lines.map((l) => [l.id, l.productTitle]));
  const isPending = o.status === "PENDING_PAYMENT";
  const outstanding = Math.max(0, o.totalMinor - o.amountPaidMinor);
  const isClosed = ["CANCELLED", "EXPIRED", "REFUNDED"].includes(o.status);
  const addr =
    o.shippingAddress && typeof o.shippingAddress === "object" && !Array.isArray(o.shippingAddress)
      ? (o.shippingAddress as Record<string, unknown>)
      : null;
  const delivery = o.delivery;
  const inFlightPayment = o.payments.some(
    (p) => p.status === "PENDING" || (p.status === "INITIALIZED" && p.channel !== null),
  );
  const inFlightRefund = o.refunds.some((r) => r.status === "PENDING" || r.status === "PROCESSING");

  return {
    number: o.number,
    status: o.status,
    createdAt: o.createdAt.toISOString(),
    paidAt: iso(o.paidAt),
    cancelledAt: iso(o.cancelledAt),
    expiresAt: iso(o.expiresAt),
    paymentPlan: o.paymentPlan,
    amounts: {
      subtotalMinor: o.subtotalMinor,
      deliveryFeeMinor: o.deliveryFeeMinor,
      discountMinor: o.discountMinor,
      totalMinor: o.totalMinor,
      paidMinor: o.amountPaidMinor,
      refundedMinor: o.amountRefundedMinor,
      balanceDueMinor: o.balanceDueMinor,
      dueOnArrivalMinor: isPending || isClosed ? 0 : Math.max(0, outstanding - o.balanceDueMinor),
      refundPendingMinor: o.refunds
        .filter((r) => r.status === "PENDING" || r.status === "PROCESSING")
        .reduce((a, r) => a + r.amountMinor, 0),
      depositMinor: o.depositMinor,
    },
    delivery: {
      method: o.deliveryMethod,
      zone: o.deliveryZone,
      address: addr
        ? {
            recipientName: str(addr.recipientName),
            phone: str(addr.phone),
            line1: str(addr.line1),
            area: str(addr.area),
            city: str(addr.city),
            region: str(addr.region),
            landmark: str(addr.landmark),
            gpsAddress: str(addr.gpsAddress),
          }
        : null,
      pickupPoint: o.pickupPoint,
      contactPhone: o.contactPhone,
      status: delivery?.status ?? null,
      // The code while the parcel may still reach them (not once delivered, returned or cancelled).
      code:
        delivery && !isClosed && ["PENDING", "SCHEDULED", "OUT_FOR_DELIVERY", "FAILED"].includes(delivery.status)
          ? delivery.deliveryCode
          : null,
      scheduledFor: iso(delivery?.scheduledFor ?? null),
      deliveredAt: iso(delivery?.deliveredAt ?? null),
    },
    itemsCount: o.lines.reduce((a, l) => a + l.quantity, 0),
    vendors: groupLines(o.lines),
    milestones:
      o.status === "CANCELLED" || o.status === "REFUNDED" || o.status === "EXPIRED"
        ? buildStoppedMilestones({
            status: o.status,
            placedAt: o.createdAt,
            paidAt: o.paidAt,
            endedAt:
              o.status === "CANCELLED"
                ? o.cancelledAt
                : o.status === "EXPIRED"
                  ? o.expiresAt
                  : (o.events.findLast((e) => e.type === "order.refund")?.createdAt ?? null),
            refunds: o.refunds,
          })
        : buildMilestones({ placedAt: o.createdAt, paidAt: o.paidAt, lines: o.lines, events: o.events }),
    activity: o.events
      .map((e) => {
        const text = describeEvent(e, e.orderLineId ? (lineTitle.get(e.orderLineId) ?? null) : null);
        if (!text) return null;
        const tone: TCustomerOrderEvent["tone"] = /fail|expire|cancel|unavailable|released|not completed/i.test(text)
          ? "bad"
          : /received|delivered|confirmed|sent back/i.test(text)
            ? "good"
            : "neutral";
        // Free-text notes are shown only when the customer wrote them (a cancel reason).
        const note = e.actorType === "CUSTOMER" ? e.note : null;
        return { id: e.id, at: e.createdAt.toISOString(), text, note, tone };
      })
      .filter((e): e is TCustomerOrderEvent => e !== null)
      .reverse(),
    payments: o.payments.map((p) => ({
      reference: p.reference,
      kind: p.kind,
      channel: p.channel,
      amountMinor: p.amountMinor,
      amountRefundedMinor: p.amountRefundedMinor,
      status: p.status,
      createdAt: p.createdAt.toISOString(),
      paidAt: iso(p.paidAt),
      failedAt: iso(p.failedAt),
      failureReason: p.failureReason ?? (p.status === "FAILED" ? p.gatewayResponse : null),
      mobileMoneyProvider: p.mobileMoneyProvider,
      mobileMoneyPhoneTail: p.mobileMoneyPhone ? p.mobileMoneyPhone.slice(-4) : null,
      needsReview: p.needsReview,
    })),
    refunds: o.refunds.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), processedAt: iso(r.processedAt) })),
    can: {
      pay: isPending && (!o.expiresAt || o.expiresAt > now),
      payBalance: isIn(ACTIVE_ORDER_STATUSES, o.status) && o.balanceDueMinor > 0,
      cancel: canCustomerCancel({
        status: o.status,
        lines: o.lines.map((l) => ({
          status: l.status,
          availability: l.availability,
          batchStatus: l.batch?.status ?? null,
        })),
      }),
    },
    isSettling: inFlightPayment || inFlightRefund,
    settling: inFlightPayment ? "payment" : inFlightRefund ? "refund" : null,
  };
}

function groupLines(lines: TOrderRow["lines"]): TCustomerVendorGroup[] {
  const vendors = new Map<string, TCustomerVendorGroup>();
  for (const l of lines) {
    const v = vendors.get(l.vendor.id) ?? { vendorName: l.vendor.name, vendorSlug: l.vendor.slug, shipments: [] };
    vendors.set(l.vendor.id, v);
    const key = l.availability === "PRE_ORDER" && l.batch ? l.batch.code : "in-stock";
    let shipment = v.shipments.find((s) => s.key === key);
    if (!shipment) {
      shipment = {
        key,
        kind: key === "in-stock" ? "IN_STOCK" : "BATCH",
        batch:
          key === "in-stock" || !l.batch
            ? null
            : {
                code: l.batch.code,
                status: l.batch.status,
                shippingMethod: l.batch.shippingMethod,
                cutoffAt: l.batch.cutoffAt.toISOString(),
                arrivalWindowStart: l.batch.arrivalWindowStart.toISOString(),
                arrivalWindowEnd: l.batch.arrivalWindowEnd.toISOString(),
              },
        lines: [],
      };
      v.shipments.push(shipment);
    }
    shipment.lines.push({
      id: l.id,
      status: l.status,
      availability: l.availability,
      quantity: l.quantity,
      unitPriceMinor: l.unitPriceMinor,
      lineTotalMinor: l.lineTotalMinor,
      productTitle: l.productTitle,
      variantTitle: l.variantTitle,
      sku: l.sku,
      imageUrl: l.imageUrl,
      productSlug: l.product.slug,
    });
  }
  return [...vendors.values()];
}

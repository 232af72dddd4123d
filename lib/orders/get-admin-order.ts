import "server-only";
import { type Db, prisma } from "@/lib/db";
import { DELIVERY_TIME_SLOTS } from "@/lib/deliveries/delivery-transitions";
import { AppError } from "@/lib/errors";
import type {
  ActorType,
  Availability,
  BatchStatus,
  DeliveryMethod,
  DeliveryStatus,
  NotificationChannel,
  NotificationStatus,
  OrderLineStatus,
  OrderStatus,
  PaymentChannel,
  PaymentKind,
  PaymentPlan,
  PaymentStatus,
  RefundStatus,
} from "@/lib/generated/prisma/enums";
import { formatMoney } from "@/lib/money";
import { ORDER_NOTE_EVENT } from "@/lib/orders/add-order-note";
import {
  markUnavailableRefusal,
  previewAdminCancel,
  previewMarkUnavailable,
  type TAdminPolicyOrder,
  type TAdminRefundPreview,
} from "@/lib/orders/admin-order-policy";
import { describeEvent } from "@/lib/orders/customer-order-timeline";
import { orderNotificationsWhere } from "@/lib/orders/resend-notification";
import { COMMITTED_REFUND_STATUSES } from "@/lib/payments/statuses";

// The admin order page read model (/admin/orders/[number]): everything support and ops answer
// a customer from — who and how to reach them, the lines by vendor and batch, the money in
// and out with Paystack's references, the delivery, every event (order, delivery, notes) in
// one timeline, the outbox rows, and what cancelling or ending a line would refund.

export type TAdminOrderLine = {
  id: string;
  status: OrderLineStatus;
  availability: Availability;
  quantity: number;
  unitPriceMinor: number;
  lineTotalMinor: number;
  refundedMinor: number;
  productTitle: string;
  variantTitle: string;
  sku: string;
  /** null when it may be marked unavailable. */
  unavailableRefusal: string | null;
  unavailablePreview: TAdminRefundPreview | null;
};

export type TAdminOrderGroup = {
  key: string;
  vendor: { id: string; name: string; slug: string };
  batch: { code: string; status: BatchStatus } | null;
  lines: TAdminOrderLine[];
};

export type TAdminTimelineEntry = {
  id: string;
  at: string;
  source: "order" | "delivery";
  kind: "note" | "event";
  label: string;
  from: string | null;
  to: string | null;
  actor: { type: ActorType; name: string | null };
  note: string | null;
  lineTitle: string | null;
};

export type TAdminOrder = {
  id: string;
  number: string;
  status: OrderStatus;
  paymentPlan: PaymentPlan;
  createdAt: string;
  paidAt: string | null;
  cancelledAt: string | null;
  expiresAt: string | null;
  money: {
    subtotalMinor: number;
    deliveryFeeMinor: number;
    discountMinor: number;
    totalMinor: number;
    depositMinor: number | null;
    amountPaidMinor: number;
    amountRefundedMinor: number;
    /** Refunds requested or processing, not yet back with the customer. */
    refundsInFlightMinor: number;
    balanceDueMinor: number;
  };
  customer: { id: string; name: string; email: string; phone: string | null; since: string; orderCount: number };
  contact: { email: string; phone: string };
  deliveryMethod: DeliveryMethod;
  destination: string;
  groups: TAdminOrderGroup[];
  payments: {
    id: string;
    kind: PaymentKind;
    channel: PaymentChannel | null;
    mobileMoneyProvider: string | null;
    amountMinor: number;
    amountRefundedMinor: number;
    reference: string;
    providerTransactionId: string | null;
    status: PaymentStatus;
    gatewayResponse: string | null;
    failureReason: string | null;
    needsReview: boolean;
    createdAt: string;
    paidAt: string | null;
  }[];
  refunds: {
    id: string;
    amountMinor: number;
    status: RefundStatus;
    reference: string;
    providerRefundId: string | null;
    paymentReference: string;
    reason: string;
    failureReason: string | null;
    requestedBy: string | null;
    createdAt: string;
    processedAt: string | null;
  }[];
  delivery: {
    id: string;
    status: DeliveryStatus;
    scheduledDate: string | null;
    slotLabel: string | null;
    rider: { id: string; name: string; phone: string | null } | null;
    attempts: number;
    failureReason: string | null;
    isCodeLocked: boolean;
    deliveredAt: string | null;
  } | null;
  timeline: TAdminTimelineEntry[];
  notifications: {
    id: string;
    channel: NotificationChannel;
    templateKey: string;
    recipient: string;
    status: NotificationStatus;
    createdAt: string;
    sentAt: string | null;
    lastError: string | null;
    /** Queued rows are not resent (they have not gone out yet). */
    canResend: boolean;
  }[];
  cancelPreview: TAdminRefundPreview;
};

const TIMELINE_LIMIT = 500;
const NOTIFICATION_LIMIT = 100;

/** The order by its number (any customer's); NOT_FOUND when there is none. */
export async function getAdminOrderOrThrow(input: { number: string }, db: Db = prisma): Promise<TAdminOrder> {
  const o = await db.order.findUnique({
    where: { number: input.number.trim() },
    include: {
      customer: { select: { id: true, name: true, email: true, phone: true, createdAt: true } },
      deliveryZone: { select: { name: true } },
      pickupPoint: { select: { name: true, city: true } },
      lines: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        include: {
          vendor: { select: { id: true, name: true, slug: true } },
          batch: { select: { code: true, status: true } },
          refundLines: {
            where: { refund: { status: { in: [...COMMITTED_REFUND_STATUSES] } } },
            select: { amountMinor: true },
          },
        },
      },
      payments: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      refunds: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        include: { payment: { select: { reference: true } }, requestedBy: { select: { name: true } } },
      },
      delivery: {
        omit: { deliveryCode: true },
        include: {
          rider: { select: { id: true, name: true, phone: true } },
          events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: TIMELINE_LIMIT },
        },
      },
      events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: TIMELINE_LIMIT },
    },
  });
  if (!o) throw new AppError("NOT_FOUND", "Order not found.");

  const [orderCount, notifications] = await Promise.all([
    db.order.count({ where: { customerId: o.customerId } }),
    db.notification.findMany({
      where: orderNotificationsWhere(o.number),
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: NOTIFICATION_LIMIT,
    }),
  ]);
  const actorIds = [
    ...new Set(
      [...o.events.map((e) => e.actorId), ...(o.delivery?.events.map((e) => e.actorId) ?? [])].filter(
        (id): id is string => !!id,
      ),
    ),
  ];
  const actors = new Map(
    (await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })).map((u) => [
      u.id,
      u.name,
    ]),
  );

  const committedRefundsMinor = o.refunds
    .filter((r) => (COMMITTED_REFUND_STATUSES as readonly string[]).includes(r.status))
    .reduce((a, r) => a + r.amountMinor, 0);
  const titleOf = (l: { productTitle: string; variantTitle: string }) => `${l.productTitle} · ${l.variantTitle}`;
  const policyOrder: TAdminPolicyOrder = {
    status: o.status,
    deliveryFeeMinor: o.deliveryFeeMinor,
    discountMinor: o.discountMinor,
    amountPaidMinor: o.amountPaidMinor,
    committedRefundsMinor,
    lines: o.lines.map((l) => ({ id: l.id, status: l.status, lineTotalMinor: l.lineTotalMinor, title: titleOf(l) })),
  };

  const groups = new Map<string, TAdminOrderGroup>();
  for (const l of o.lines) {
    const key = `${l.vendorId}:${l.batch?.code ?? "stock"}`;
    const g = groups.get(key) ?? { key, vendor: l.vendor, batch: l.batch, lines: [] };
    const unavailableRefusal = markUnavailableRefusal(l);
    g.lines.push({
      id: l.id,
      status: l.status,
      availability: l.availability,
      quantity: l.quantity,
      unitPriceMinor: l.unitPriceMinor,
      lineTotalMinor: l.lineTotalMinor,
      refundedMinor: l.refundLines.reduce((a, r) => a + r.amountMinor, 0),
      productTitle: l.productTitle,
      variantTitle: l.variantTitle,
      sku: l.sku,
      unavailableRefusal,
      unavailablePreview: unavailableRefusal ? null : previewMarkUnavailable(policyOrder, l.id),
    });
    groups.set(key, g);
  }

  const lineTitle = new Map(o.lines.map((l) => [l.id, titleOf(l)]));
  const timeline: TAdminTimelineEntry[] = [
    ...o.events.map((e) => {
      const title = e.orderLineId ? (lineTitle.get(e.orderLineId) ?? null) : null;
      const isNote = e.type === ORDER_NOTE_EVENT;
      return {
        id: e.id,
        at: e.createdAt.toISOString(),
        source: "order" as const,
        kind: isNote ? ("note" as const) : ("event" as const),
        label: isNote ? "Internal note" : adminEventLabel(e, title),
        from: e.fromStatus,
        to: e.toStatus,
        actor: { type: e.actorType, name: e.actorId ? (actors.get(e.actorId) ?? null) : null },
        note: e.note,
        lineTitle: title,
      };
    }),
    ...(o.delivery?.events ?? []).map((e) => ({
      id: e.id,
      at: e.createdAt.toISOString(),
      source: "delivery" as const,
      kind: "event" as const,
      label: `Delivery: ${DELIVERY_EVENT_LABEL[e.event] ?? e.event.toLowerCase().replaceAll("_", " ")}`,
      from: e.fromStatus,
      to: e.toStatus,
      actor: { type: e.actorType, name: e.actorId ? (actors.get(e.actorId) ?? null) : null },
      note: e.note,
      lineTitle: null,
    })),
  ].sort((a, b) => (a.at === b.at ? a.id.localeCompare(b.id) : a.at.localeCompare(b.at)));

  const inFlight = o.refunds
    .filter((r) => r.status === "PENDING" || r.status === "PROCESSING")
    .reduce((a, r) => a + r.amountMinor, 0);
  const d = o.delivery;
  return {
    id: o.id,
    number: o.number,
    status: o.status,
    paymentPlan: o.paymentPlan,
    createdAt: o.createdAt.toISOString(),
    paidAt: o.paidAt?.toISOString() ?? null,
    cancelledAt: o.cancelledAt?.toISOString() ?? null,
    expiresAt: o.expiresAt?.toISOString() ?? null,
    money: {
      subtotalMinor: o.subtotalMinor,
      deliveryFeeMinor: o.deliveryFeeMinor,
      discountMinor: o.discountMinor,
      totalMinor: o.totalMinor,
      depositMinor: o.depositMinor,
      amountPaidMinor: o.amountPaidMinor,
      amountRefundedMinor: o.amountRefundedMinor,
      refundsInFlightMinor: inFlight,
      balanceDueMinor: o.balanceDueMinor,
    },
    customer: {
      id: o.customer.id,
      name: o.customer.name,
      email: o.customer.email,
      phone: o.customer.phone,
      since: o.customer.createdAt.toISOString(),
      orderCount,
    },
    contact: { email: o.contactEmail, phone: o.contactPhone },
    deliveryMethod: o.deliveryMethod,
    destination:
      o.deliveryMethod === "PICKUP"
        ? `Pickup at ${[o.pickupPoint?.name, o.pickupPoint?.city].filter(Boolean).join(", ") || "a pickup point"}`
        : [o.deliveryZone?.name, addressLine(o.shippingAddress)].filter(Boolean).join(" · ") || "Home delivery",
    groups: [...groups.values()],
    payments: o.payments.map((p) => ({
      id: p.id,
      kind: p.kind,
      channel: p.channel,
      mobileMoneyProvider: p.mobileMoneyProvider,
      amountMinor: p.amountMinor,
      amountRefundedMinor: p.amountRefundedMinor,
      reference: p.reference,
      providerTransactionId: p.providerTransactionId,
      status: p.status,
      gatewayResponse: p.gatewayResponse,
      failureReason: p.failureReason,
      needsReview: p.needsReview,
      createdAt: p.createdAt.toISOString(),
      paidAt: p.paidAt?.toISOString() ?? null,
    })),
    refunds: o.refunds.map((r) => ({
      id: r.id,
      amountMinor: r.amountMinor,
      status: r.status,
      reference: r.reference,
      providerRefundId: r.providerRefundId,
      paymentReference: r.payment.reference,
      reason: r.reason,
      failureReason: r.failureReason,
      requestedBy: r.requestedBy?.name ?? null,
      createdAt: r.createdAt.toISOString(),
      processedAt: r.processedAt?.toISOString() ?? null,
    })),
    delivery: d
      ? {
          id: d.id,
          status: d.status,
          scheduledDate: d.scheduledFor ? d.scheduledFor.toISOString().slice(0, 10) : null,
          slotLabel: d.timeSlot ? DELIVERY_TIME_SLOTS[d.timeSlot].label : null,
          rider: d.rider,
          attempts: d.attempts,
          failureReason: d.failureReason,
          isCodeLocked: d.codeLockedAt !== null,
          deliveredAt: d.deliveredAt?.toISOString() ?? null,
        }
      : null,
    timeline,
    notifications: notifications.map((n) => ({
      id: n.id,
      channel: n.channel,
      templateKey: n.templateKey,
      recipient: n.recipient,
      status: n.status,
      createdAt: n.createdAt.toISOString(),
      sentAt: n.sentAt?.toISOString() ?? null,
      lastError: n.lastError,
      canResend: n.status !== "QUEUED",
    })),
    cancelPreview: previewAdminCancel(policyOrder),
  };
}

const DELIVERY_EVENT_LABEL: Record<string, string> = {
  CREATE: "created",
  SCHEDULE: "scheduled",
  DISPATCH: "out for delivery",
  DELIVER: "delivered",
  FAIL: "failed",
  RETURN: "returned to hub",
  CANCEL: "cancelled",
  CODE_REJECTED: "wrong delivery code entered",
  CODE_LOCKED: "locked after too many wrong codes",
  CODE_LOCK_RESET: "code lock reset",
};

/** The customer's words where they exist, the operator's otherwise (internal events too). */
function adminEventLabel(
  e: { type: string; fromStatus: string | null; toStatus: string | null; data: unknown },
  lineTitle: string | null,
): string {
  if (e.type === "line.pay") return lineTitle ? `“${lineTitle}” paid` : "Item paid";
  if (e.type === "payment.refund" || e.type === "payment.partial_refund") {
    const amount = (e.data as { amountMinor?: unknown } | null)?.amountMinor;
    return `Payment ${e.type === "payment.refund" ? "refunded" : "partly refunded"}${
      typeof amount === "number" && Number.isSafeInteger(amount) ? `: ${formatMoney(amount)}` : ""
    }`;
  }
  if (e.type === "notification.resend") {
    const d = e.data as { channel?: unknown; templateKey?: unknown } | null;
    return `Notification sent again${typeof d?.templateKey === "string" ? `: ${d.templateKey}` : ""}${
      typeof d?.channel === "string" ? ` (${d.channel})` : ""
    }`;
  }
  return (
    describeEvent({ type: e.type, toStatus: e.toStatus, data: e.data }, lineTitle) ??
    `${e.type}${e.toStatus ? ` → ${e.toStatus}` : ""}`
  );
}

function addressLine(address: unknown): string | null {
  if (!address || typeof address !== "object" || Array.isArray(address)) return null;
  const a = address as Record<string, unknown>;
  const parts = [a.line1, a.area, a.city].filter((p): p is string => typeof p === "string" && p.trim() !== "");
  return parts.length ? parts.join(", ") : null;
}

// The customer's view of an order's progress: milestones from the line statuses and the
// event log, and a plain-language label for every event. Pure (no I/O) so it is unit-tested
// and shared by the order page read model.
import type { OrderLineStatus } from "@/lib/generated/prisma/enums";
import { formatMoney } from "@/lib/money";
import { ENDED_LINE_STATUSES, isIn } from "@/lib/orders/statuses";

export type TMilestoneKey =
  | "placed"
  | "paid"
  | "procured"
  | "shipped"
  | "arrived"
  | "out_for_delivery"
  | "delivered"
  | "cancelled"
  | "refunded"
  | "expired";
export type TMilestone = {
  key: TMilestoneKey;
  label: string;
  state: "done" | "partial" | "upcoming";
  at: string | null;
  detail: string | null;
  /** An end the customer did not hope for (cancelled, expired): drawn as a cross. */
  isStop?: boolean;
};

/**
 * The steps of an order that stopped: placed, paid (if it was), then how it ended — a
 * cancellation with its refund (on its way until Paystack has processed it), or expiry.
 */
export function buildStoppedMilestones(input: {
  status: "CANCELLED" | "REFUNDED" | "EXPIRED";
  placedAt: Date;
  paidAt: Date | null;
  endedAt: Date | null;
  refunds: { status: string; amountMinor: number; processedAt: Date | null }[];
}): TMilestone[] {
  const out: TMilestone[] = [
    { key: "placed", label: "Order placed", state: "done", at: input.placedAt.toISOString(), detail: null },
  ];
  if (input.status === "EXPIRED") {
    out.push({
      key: "expired",
      label: "Expired — not paid in time",
      state: "done",
      at: input.endedAt?.toISOString() ?? null,
      detail: null,
      isStop: true,
    });
    return out;
  }
  if (input.paidAt)
    out.push({ key: "paid", label: "Paid", state: "done", at: input.paidAt.toISOString(), detail: null });
  out.push({
    key: "cancelled",
    label: input.status === "CANCELLED" ? "Cancelled" : "Items refunded",
    state: "done",
    at: input.endedAt?.toISOString() ?? null,
    detail: null,
    isStop: true,
  });
  const live = input.refunds.filter((r) => r.status !== "FAILED");
  if (live.length > 0) {
    const total = live.reduce((a, r) => a + r.amountMinor, 0);
    const isDone = live.every((r) => r.status === "PROCESSED");
    const last =
      live
        .map((r) => r.processedAt)
        .filter((d): d is Date => d instanceof Date)
        .sort((a, b) => a.getTime() - b.getTime())
        .at(-1) ?? null;
    out.push({
      key: "refunded",
      label: isDone ? `Refunded ${formatMoney(total)}` : `Refund of ${formatMoney(total)} on its way`,
      state: isDone ? "done" : "partial",
      at: isDone && last ? last.toISOString() : null,
      detail: isDone ? null : "Usually back within a few working days",
    });
  }
  return out;
}

type TLineProgress = { id: string; status: OrderLineStatus; availability: "IN_STOCK" | "PRE_ORDER" };
type TEventLite = {
  type: string;
  toStatus: string | null;
  orderLineId: string | null;
  createdAt: Date;
  note: string | null;
  data: unknown;
};

// How far along a line is; in-stock lines skip procured/shipped/arrived (ranks 2–4).
const RANK: Partial<Record<OrderLineStatus, number>> = {
  RESERVED: 0,
  CONFIRMED: 1,
  PROCURED: 2,
  SHIPPED: 3,
  ARRIVED: 4,
  OUT_FOR_DELIVERY: 5,
  DELIVERED: 6,
};
const STEPS: { key: TMilestoneKey; label: string; rank: number; lineEvent: string | null; preOrderOnly: boolean }[] = [
  { key: "placed", label: "Order placed", rank: 0, lineEvent: null, preOrderOnly: false },
  { key: "paid", label: "Paid", rank: 1, lineEvent: "line.pay", preOrderOnly: false },
  { key: "procured", label: "Bought by the vendor", rank: 2, lineEvent: "line.procure", preOrderOnly: true },
  { key: "shipped", label: "Shipped to Ghana", rank: 3, lineEvent: "line.ship", preOrderOnly: true },
  { key: "arrived", label: "Arrived in Accra", rank: 4, lineEvent: "line.arrive", preOrderOnly: true },
  { key: "out_for_delivery", label: "Out for delivery", rank: 5, lineEvent: "line.dispatch", preOrderOnly: false },
  { key: "delivered", label: "Delivered", rank: 6, lineEvent: "line.deliver", preOrderOnly: false },
];

function effectiveRank(l: TLineProgress): number {
  const r = RANK[l.status] ?? 0;
  // An in-stock line that is paid has nothing to procure, ship or receive.
  return l.availability === "IN_STOCK" && r >= 1 && r < 4 ? 4 : r;
}

/**
 * Milestones: done when every live line has reached the step (timestamp: the last line to
 * get there), partial when some have ("2 of 3 items"). Steps only pre-orders go through are
 * left out of in-stock-only orders.
 */
export function buildMilestones(input: {
  placedAt: Date;
  paidAt: Date | null;
  lines: TLineProgress[];
  events: TEventLite[];
}): TMilestone[] {
  const live = input.lines.filter((l) => !isIn(ENDED_LINE_STATUSES, l.status));
  const hasPreOrder = live.some((l) => l.availability === "PRE_ORDER");
  const firstAt = new Map<string, Date>(); // `${event}:${lineId}` → first time
  for (const e of input.events) {
    if (!e.orderLineId) continue;
    const k = `${e.type}:${e.orderLineId}`;
    if (!firstAt.has(k)) firstAt.set(k, e.createdAt);
  }
  return STEPS.filter((s) => !s.preOrderOnly || hasPreOrder).map((s) => {
    if (s.key === "placed")
      return { key: s.key, label: s.label, state: "done", at: input.placedAt.toISOString(), detail: null };
    const relevant = s.preOrderOnly ? live.filter((l) => l.availability === "PRE_ORDER") : live;
    const reached = relevant.filter((l) => effectiveRank(l) >= s.rank);
    if (relevant.length === 0 || reached.length === 0)
      return { key: s.key, label: s.label, state: "upcoming", at: null, detail: null };
    const times = reached.map((l) => firstAt.get(`${s.lineEvent}:${l.id}`)).filter((d): d is Date => d instanceof Date);
    const last =
      s.key === "paid" && input.paidAt
        ? input.paidAt
        : (times.sort((a, b) => a.getTime() - b.getTime()).at(-1) ?? null);
    const isDone = reached.length === relevant.length;
    return {
      key: s.key,
      label: s.label,
      state: isDone ? "done" : "partial",
      at: last ? last.toISOString() : null,
      detail: isDone || relevant.length === 1 ? null : `${reached.length} of ${relevant.length} items`,
    };
  });
}

function amountOf(data: unknown): string | null {
  const v = (data as { amountMinor?: unknown } | null)?.amountMinor;
  return typeof v === "number" && Number.isSafeInteger(v) ? formatMoney(v) : null;
}

function kindOf(data: unknown): string {
  const k = (data as { kind?: unknown } | null)?.kind;
  return k === "DEPOSIT" ? "Deposit" : k === "BALANCE" ? "Balance" : "Payment";
}

/** Plain-language text for one event of the activity log; null hides internal events. */
export function describeEvent(
  e: Pick<TEventLite, "type" | "toStatus" | "data">,
  lineTitle: string | null,
): string | null {
  const item = lineTitle ? `“${lineTitle}”` : "An item";
  const amount = amountOf(e.data);
  switch (e.type) {
    case "order.placed":
      return "Order placed";
    case "order.pay":
      return "Order confirmed";
    case "order.expire":
      return "Order expired — it was not paid in time";
    case "order.start":
      return "Order in progress";
    case "order.ready":
      return "Ready for delivery";
    case "order.dispatch":
      return "Out for delivery";
    case "order.deliver":
      return "Delivered";
    case "order.complete":
      return "Order completed";
    case "order.cancel":
      return "Order cancelled";
    case "order.refund":
      return "Order refunded";
    case "order.partial_refund":
      return "Order partly refunded";
    case "payment.start":
      return `${kindOf(e.data)} started${amount ? ` (${amount})` : ""}`;
    case "payment.succeed":
      return `${kindOf(e.data)} received${amount ? `: ${amount}` : ""}`;
    case "payment.fail":
      return `${kindOf(e.data)} failed${amount ? ` (${amount})` : ""}`;
    case "payment.abandon":
      return `${kindOf(e.data)} not completed`;
    case "payment.refund":
    case "payment.partial_refund":
      return null; // the refund events say it better
    case "refund.requested":
      return `Refund of ${amount ?? "your payment"} requested`;
    case "refund.mark_processing":
      return `Refund of ${amount ?? "your payment"} is being processed`;
    case "refund.retry":
      return "Refund sent again";
    case "refund.process":
    case "refund.processed":
      return `Refund of ${amount ?? "your payment"} sent back to you`;
    case "refund.fail":
    case "refund.failed":
      return "Refund failed — our team will retry it";
    case "line.pay":
      return null; // covered by "Order confirmed"
    case "line.release":
      return `${item} released (payment not completed)`;
    case "line.procure":
      return `${item} bought by the vendor`;
    case "line.ship":
      return `${item} shipped to Ghana`;
    case "line.arrive":
      return `${item} arrived in Accra`;
    case "line.dispatch":
      return `${item} out for delivery`;
    case "line.deliver":
      return `${item} delivered`;
    case "line.mark_unavailable":
      return `${item} could not be sourced — refunded`;
    case "line.cancel":
      return `${item} cancelled`;
    case "line.return":
      return `${item} returned`;
    default:
      if (e.type.startsWith("refund.")) return `Refund ${e.toStatus ? e.toStatus.toLowerCase() : "updated"}`;
      return null;
  }
}

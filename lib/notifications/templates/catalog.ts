import { formatArrivalWindow, formatDate, formatDateTime } from "@/lib/dates";
import { formatMoney } from "@/lib/money";

// Every templateKey the domain enqueues (grep templateKey lib/): the SMS line, the email subject,
// its paragraphs and an optional button. Money arrives pre-formatted ("GH₵ 1,234.50", from
// lib/money.ts) or as pesewas (*Minor, formatted here); dates as ISO strings, shown in
// Africa/Accra. SMS: one GSM-7 segment (160) where the data allows; "₵" is not in GSM-7, so an
// SMS with an amount is UCS-2 (70 per segment) and kept to two segments at most.

export type TData = Record<string, unknown>;
export type TTemplate = {
  sms: (d: TData) => string;
  subject: (d: TData) => string;
  paragraphs: (d: TData) => string[];
  cta?: (d: TData, appUrl: string) => { label: string; href: string } | null;
};

const s = (v: unknown) => (v === undefined || v === null ? "" : String(v));
const no = (d: TData) => s(d.orderNumber);
const money = (v: unknown) => (typeof v === "number" ? formatMoney(v) : s(v));
const win = (d: TData) =>
  d.arrivalWindowStart && d.arrivalWindowEnd
    ? formatArrivalWindow(s(d.arrivalWindowStart), s(d.arrivalWindowEnd))
    : "soon";
const orderLink = (d: TData, appUrl: string) => ({
  label: "View your order",
  href: `${appUrl}/orders/${encodeURIComponent(no(d))}`,
});
const pickup = (d: TData) => (d.pickupPoint ? `${s(d.pickupPoint)}, ${s(d.pickupAddress)}` : "");

const orderStatus = (what: string, sms: string, more: (d: TData) => string[] = () => []): TTemplate => ({
  sms: (d) => `Londom: order ${no(d)} ${sms}`,
  subject: (d) => `Order ${no(d)} ${what}`,
  paragraphs: (d) => [`Your order ${no(d)} ${what}.`, ...more(d)],
  cta: orderLink,
});

export const TEMPLATES: Record<string, TTemplate> = {
  // ── Orders (order-lifecycle: `order.<status>`) ──
  "order.paid": orderStatus("is paid", "is paid. We will text you when it ships.", (d) =>
    Number(d.balanceDueMinor) > 0
      ? [`A balance of ${money(d.balanceDueMinor)} is due when it arrives in Ghana.`]
      : ["We will tell you when it ships from London."],
  ),
  "order.in_progress": orderStatus("is being prepared", "is being prepared by the vendors."),
  "order.ready_for_delivery": orderStatus("is ready for delivery", "is ready. We will text you the delivery day."),
  "order.out_for_delivery": orderStatus("is out for delivery", "is out for delivery today."),
  "order.delivered": orderStatus("was delivered", "was delivered. Thank you!"),
  "order.completed": orderStatus("is complete", "is complete. Thank you for shopping with us."),
  "order.expired": orderStatus("expired unpaid", "expired unpaid. Your cart items were released."),
  "order.cancelled": orderStatus("was cancelled", "was cancelled. Any payment is refunded.", () => [
    "Anything you paid is refunded to the account you paid from.",
  ]),
  "order.partially_refunded": orderStatus("was partly refunded", "was partly refunded. See your order."),
  "order.refunded": orderStatus("was refunded", "was refunded to your payment account."),
  "order.shipped": {
    sms: (d) =>
      `Londom: order ${no(d)} shipped via ${s(d.carrier)}, tracking ${s(d.trackingNumber)}. Arrives ${win(d)}.`,
    subject: (d) => `Order ${no(d)} has shipped`,
    paragraphs: (d) => [
      `Your order ${no(d)} has left London with ${s(d.carrier)} (tracking ${s(d.trackingNumber)}).`,
      `Expected in Ghana: ${win(d)}.`,
    ],
    cta: orderLink,
  },
  "order.arrival_changed": {
    sms: (d) => `Londom: order ${no(d)} now arrives ${win(d)}.`,
    subject: (d) => `New arrival date for order ${no(d)}`,
    paragraphs: (d) => [`The shipment with your order ${no(d)} now arrives in Ghana ${win(d)}.`],
    cta: orderLink,
  },
  "order.balance_due": {
    sms: (d) => `Londom: order ${no(d)} arrived. Pay the ${money(d.balance ?? d.balanceDueMinor ?? d.amount)} balance`,
    subject: (d) => `Order ${no(d)} arrived: balance due`,
    paragraphs: (d) => [
      `Your order ${no(d)} has arrived in Ghana.`,
      `Pay the balance of ${money(d.balance ?? d.balanceDueMinor ?? d.amount)} and we will deliver it.`,
    ],
    cta: (d, appUrl) => ({ label: "Pay the balance", href: `${appUrl}/orders/${encodeURIComponent(no(d))}` }),
  },
  "order.item_unavailable": {
    sms: (d) => `Londom: an item in order ${no(d)} is unavailable. ${money(d.refundAmount)} refunded.`,
    subject: (d) => `An item in order ${no(d)} is unavailable`,
    paragraphs: (d) => [
      `Sorry: ${s(d.item)} in your order ${no(d)} is no longer available.`,
      `We refund ${money(d.refundAmount)} to the account you paid from.`,
    ],
    cta: orderLink,
  },
  "order.items_cancelled": {
    sms: (d) => `Londom: items in order ${no(d)} were cancelled. ${money(d.refundAmount)} refunded.`,
    subject: (d) => `Items in order ${no(d)} were cancelled`,
    paragraphs: (d) => [
      `The shipment ${s(d.batchCode)} with items of your order ${no(d)} was cancelled${d.reason ? `: ${s(d.reason)}` : ""}.`,
      `We refund ${money(d.refundAmount)} to the account you paid from.`,
    ],
    cta: orderLink,
  },
  // ── Payments and refunds ──
  "payment.received": {
    sms: (d) => `Londom: ${money(d.amount)} received for order ${no(d)}. Thank you!`,
    subject: (d) => `Payment received for order ${no(d)}`,
    paragraphs: (d) => [
      `We received ${money(d.amount)}${d.kind === "DEPOSIT" ? " (deposit)" : d.kind === "BALANCE" ? " (balance)" : ""} for order ${no(d)}.`,
      `Payment reference: ${s(d.reference)}.`,
    ],
    cta: orderLink,
  },
  "payment.failed": {
    sms: (d) => `Londom: your payment for order ${no(d)} did not go through. Please try again.`,
    subject: (d) => `Payment for order ${no(d)} did not go through`,
    paragraphs: (d) => [
      `Your payment of ${money(d.amount)} for order ${no(d)} did not go through${d.reason ? ` (${s(d.reason)})` : ""}.`,
      "No money was taken. You can pay again from your order page.",
    ],
    cta: orderLink,
  },
  "refund.processed": {
    sms: (d) => `Londom: refund of ${money(d.amount)} for order ${no(d)} processed.`,
    subject: (d) => `Refund processed for order ${no(d)}`,
    paragraphs: (d) => [
      `We refunded ${money(d.amount)} for order ${no(d)} (reference ${s(d.reference)}).`,
      "Mobile Money refunds arrive within minutes; card refunds can take a few working days.",
    ],
    cta: orderLink,
  },
  // ── Delivery ──
  "delivery.ready": {
    sms: (d) =>
      d.pickupPoint
        ? `Londom: order ${no(d)} will be ready at ${s(d.pickupPoint)}. We will text you.`
        : `Londom: order ${no(d)} is ready for delivery. We will text you the day.`,
    subject: (d) => `Order ${no(d)} is ready for delivery`,
    paragraphs: (d) => [
      d.pickupPoint
        ? `Your order ${no(d)} will be ready for collection at ${pickup(d)}.`
        : `Your order ${no(d)} is ready to be delivered${d.zone ? ` in ${s(d.zone)}` : ""}.`,
      "We will tell you the day and time slot.",
    ],
    cta: orderLink,
  },
  "delivery.scheduled": {
    sms: (d) =>
      `Londom: order ${no(d)} delivery on ${d.slotStart ? formatDate(s(d.slotStart), "EEE d MMM") : s(d.date)}, ${s(d.timeSlot).toLowerCase()}.`,
    subject: (d) => `Delivery of order ${no(d)} scheduled`,
    paragraphs: (d) => [
      `We deliver your order ${no(d)} on ${d.slotStart ? formatDateTime(s(d.slotStart)) : s(d.date)}${d.slotEnd ? ` – ${formatDate(s(d.slotEnd), "HH:mm")}` : ""}.`,
    ],
    cta: orderLink,
  },
  "delivery.out_for_delivery": {
    sms: (d) => `Londom: order ${no(d)} is out for delivery today. Give the rider code ${s(d.deliveryCode)}.`,
    subject: (d) => `Order ${no(d)} is out for delivery`,
    paragraphs: (d) => [
      `Your order ${no(d)} is on its way today.`,
      `Give the rider this delivery code: ${s(d.deliveryCode)}. Never share it before you have your items.`,
    ],
    cta: orderLink,
  },
  "delivery.ready_for_collection": {
    sms: (d) => `Londom: order ${no(d)} is ready at ${s(d.pickupPoint)}. Collection code ${s(d.deliveryCode)}.`,
    subject: (d) => `Order ${no(d)} is ready for collection`,
    paragraphs: (d) => [
      `Your order ${no(d)} is ready at ${pickup(d)}${d.openingHours ? ` (${s(d.openingHours)})` : ""}.`,
      `Show this collection code: ${s(d.deliveryCode)}.`,
    ],
    cta: orderLink,
  },
  "delivery.delivered": {
    sms: (d) => `Londom: order ${no(d)} delivered. Thank you for shopping with us!`,
    subject: (d) => `Order ${no(d)} delivered`,
    paragraphs: (d) => [
      `Your order ${no(d)} was delivered${d.deliveredAt ? ` on ${formatDateTime(s(d.deliveredAt))}` : ""}.`,
      "Something wrong? Reply from your order page within 7 days.",
    ],
    cta: orderLink,
  },
  "delivery.failed": {
    sms: (d) => `Londom: we could not deliver order ${no(d)} today. We will call to rearrange.`,
    subject: (d) => `We could not deliver order ${no(d)}`,
    paragraphs: (d) => [
      `We could not deliver your order ${no(d)} today${d.reasonLabel ? `: ${s(d.reasonLabel)}` : ""}.`,
      "We will contact you to arrange another attempt.",
    ],
    cta: orderLink,
  },
  "delivery.returned": {
    sms: (d) => `Londom: order ${no(d)} came back to our warehouse. We will contact you.`,
    subject: (d) => `Order ${no(d)} returned to our warehouse`,
    paragraphs: (d) => [`Your order ${no(d)} came back to our warehouse. We will contact you about what happens next.`],
    cta: orderLink,
  },
  // ── Accounts (lib/auth/sign-up.ts: a sign-up with an email or phone that already has an account) ──
  "account.already_exists": {
    sms: () =>
      "Londom: someone tried to sign up with your number. You already have an account: sign in. Not you? Ignore this.",
    subject: () => "You already have a Londom account",
    paragraphs: (d) => [
      `Someone tried to create a Londom Imports account with your ${d.via === "phone" ? "phone number" : "email address"}. You already have one, so no second account was made.`,
      "If it was you, sign in with your password. If it was not you, you can ignore this message: nothing changed on your account.",
    ],
    cta: (_d, appUrl) => ({ label: "Sign in", href: `${appUrl}/sign-in` }),
  },
  // ── Vendors ──
  "vendor.order_confirmed": {
    sms: (d) => `Londom: new order ${no(d)} confirmed for your shop.`,
    subject: (d) => `New order ${no(d)}`,
    paragraphs: (d) => [
      `Order ${no(d)} with your products is paid and confirmed. Procure the lines before the batch ships.`,
    ],
    cta: (_d, appUrl) => ({ label: "Open your orders", href: `${appUrl}/vendor/orders` }),
  },
  "vendor.batch_cancelled": {
    sms: (d) => `Londom: batch ${s(d.batchCode)} was cancelled. Do not procure its lines.`,
    subject: (d) => `Batch ${s(d.batchCode)} cancelled`,
    paragraphs: (d) => [
      `Batch ${s(d.batchCode)} was cancelled${d.reason ? `: ${s(d.reason)}` : ""}. Its lines need no procurement.`,
    ],
    cta: (_d, appUrl) => ({ label: "Open your orders", href: `${appUrl}/vendor/orders` }),
  },
  "vendor.payout_paid": {
    sms: (d) => `Londom: payout ${s(d.reference)} of ${money(d.amount)} sent.`,
    subject: (d) => `Payout of ${money(d.amount)} sent`,
    paragraphs: (d) => [`We sent your payout ${s(d.reference)} of ${money(d.amount)}.`],
    cta: (_d, appUrl) => ({ label: "See your payouts", href: `${appUrl}/vendor/payouts` }),
  },
  "vendor.application_received": {
    sms: (d) => `Londom: we received the seller application for ${s(d.vendorName)}. We reply within 2 working days.`,
    subject: (d) => `We received your application for ${s(d.vendorName)}`,
    paragraphs: (d) => [
      `Thank you for applying to sell on Londom Imports as ${s(d.vendorName)}. Our team reviews every application and replies within two working days.`,
      "You can follow its status on the Sell page.",
    ],
    cta: (_d, appUrl) => ({ label: "See your application", href: `${appUrl}/sell` }),
  },
  "vendor.application_approved": {
    sms: (d) => `Londom: ${s(d.vendorName)} is approved. Sign in to list your products.`,
    subject: (d) => `${s(d.vendorName)} is approved to sell on Londom`,
    paragraphs: (d) => [
      `Your application for ${s(d.vendorName)} is approved. Your platform fee is ${s(d.feePercent)} of each item's price.`,
      "Add your products from the vendor dashboard; they appear in the store as soon as you publish them.",
    ],
    cta: (_d, appUrl) => ({ label: "Open your dashboard", href: `${appUrl}/vendor` }),
  },
  "vendor.application_rejected": {
    sms: (d) => `Londom: your seller application for ${s(d.vendorName)} was not approved. Details by email.`,
    subject: (d) => `Your application for ${s(d.vendorName)}`,
    paragraphs: (d) => [
      `We could not approve your application for ${s(d.vendorName)}: ${s(d.reason)}`,
      "You are welcome to apply again when this has changed.",
    ],
    cta: (_d, appUrl) => ({ label: "See your application", href: `${appUrl}/sell` }),
  },
  "vendor.suspended": {
    sms: (d) => `Londom: ${s(d.vendorName)} is suspended; your products are hidden. Details by email.`,
    subject: (d) => `${s(d.vendorName)} is suspended`,
    paragraphs: (d) => [
      `We suspended ${s(d.vendorName)}: ${s(d.reason)}`,
      "Your products are hidden from the store until we reactivate your account. Orders already paid still need to be fulfilled.",
    ],
    cta: (_d, appUrl) => ({ label: "Open your dashboard", href: `${appUrl}/vendor` }),
  },
  "vendor.reactivated": {
    sms: (d) => `Londom: ${s(d.vendorName)} is active again; your published products are back in the store.`,
    subject: (d) => `${s(d.vendorName)} is active again`,
    paragraphs: (d) => [`${s(d.vendorName)} is active again. Your published products are back in the store.`],
    cta: (_d, appUrl) => ({ label: "Open your dashboard", href: `${appUrl}/vendor` }),
  },
  "vendor.staff_invite": {
    sms: (d) => `Londom: ${s(d.inviterName)} invited you to help run ${s(d.vendorName)}. See your email for the link.`,
    subject: (d) => `Join ${s(d.vendorName)} on Londom Imports`,
    paragraphs: (d) => [
      `${s(d.inviterName)} invited you to join ${s(d.vendorName)} as staff: you will manage products, stock and orders.`,
      `The link works once and expires ${d.expiresAt ? formatDateTime(new Date(s(d.expiresAt))) : "in 7 days"}.`,
    ],
    cta: (d) => (d.acceptUrl ? { label: "Accept the invitation", href: s(d.acceptUrl) } : null),
  },
  "vendor.low_stock": {
    // `available` (on hand − held by unpaid checkouts) is what crosses the alert level; older rows have only stockOnHand.
    sms: (d) => `Londom: ${s(d.sku)} is low on stock (${s(d.available ?? d.stockOnHand)} left to sell).`,
    subject: (d) => `Low stock: ${s(d.productTitle)} (${s(d.variantTitle)})`,
    paragraphs: (d) => [
      d.available === undefined
        ? `${s(d.productTitle)} — ${s(d.variantTitle)} (${s(d.sku)}) is down to ${s(d.stockOnHand)} on hand, at or below your alert level of ${s(d.lowStockAt)}.`
        : `${s(d.productTitle)} — ${s(d.variantTitle)} (${s(d.sku)}) is down to ${s(d.available)} left to sell (${s(d.stockOnHand)} on hand), at or below your alert level of ${s(d.lowStockAt)}.`,
    ],
    cta: (_d, appUrl) => ({ label: "Open your stock", href: `${appUrl}/vendor/stock?low=1` }),
  },
  "vendor.payout_account_changed": {
    sms: (d) => `Londom: the payout account of ${s(d.vendorName)} changed to ${s(d.account)}. Not you? Contact us now.`,
    subject: () => "Your payout account changed",
    paragraphs: (d) => [
      `The payout account of ${s(d.vendorName)} is now ${s(d.account)}. Payouts from now on go there.`,
      "If you did not make this change, contact us immediately.",
    ],
    cta: (_d, appUrl) => ({ label: "Open your settings", href: `${appUrl}/vendor/settings` }),
  },
};

/** Sample data per key (tests, /dev/outbox previews): the shapes the domain writes. */
const ORDER = { orderNumber: "LI-7K2M9Q" };
const WINDOW = { arrivalWindowStart: "2026-12-12T00:00:00.000Z", arrivalWindowEnd: "2026-12-19T00:00:00.000Z" };
export const SAMPLE_DATA: Record<string, TData> = {
  "account.already_exists": { via: "email" },
  "order.paid": { ...ORDER, status: "PAID", balanceDueMinor: 123_450 },
  "order.in_progress": { ...ORDER, status: "IN_PROGRESS", balanceDueMinor: 0 },
  "order.ready_for_delivery": { ...ORDER, status: "READY_FOR_DELIVERY", balanceDueMinor: 0 },
  "order.out_for_delivery": { ...ORDER, status: "OUT_FOR_DELIVERY", balanceDueMinor: 0 },
  "order.delivered": { ...ORDER, status: "DELIVERED", balanceDueMinor: 0 },
  "order.completed": { ...ORDER, status: "COMPLETED", balanceDueMinor: 0 },
  "order.expired": { ...ORDER, status: "EXPIRED", balanceDueMinor: 0 },
  "order.cancelled": { ...ORDER, status: "CANCELLED", balanceDueMinor: 0 },
  "order.partially_refunded": { ...ORDER, status: "PARTIALLY_REFUNDED", balanceDueMinor: 0 },
  "order.refunded": { ...ORDER, status: "REFUNDED", balanceDueMinor: 0 },
  "order.shipped": { ...ORDER, batchCode: "LDN-2612-A", carrier: "DHL", trackingNumber: "JD0146000", ...WINDOW },
  "order.arrival_changed": { ...ORDER, batchCode: "LDN-2612-A", ...WINDOW },
  "order.balance_due": { ...ORDER, balance: "GH₵ 1,234.50" },
  "order.item_unavailable": { ...ORDER, item: "Linen shirt · M", refundAmount: "GH₵ 250.00" },
  "order.items_cancelled": {
    ...ORDER,
    batchCode: "LDN-2612-A",
    reason: "Carrier strike",
    refundAmount: "GH₵ 1,234.50",
  },
  "payment.received": { ...ORDER, amount: "GH₵ 1,234.50", kind: "DEPOSIT", reference: "LI-7K2M9Q-1" },
  "payment.failed": { ...ORDER, amount: "GH₵ 1,234.50", reason: "Declined" },
  "refund.processed": { ...ORDER, amount: "GH₵ 250.00", reference: "RF-12" },
  "delivery.ready": { ...ORDER, method: "HOME_DELIVERY", zone: "Accra Central", etaDays: 2 },
  "delivery.scheduled": {
    ...ORDER,
    method: "HOME_DELIVERY",
    date: "2026-12-21",
    timeSlot: "MORNING",
    slotStart: "2026-12-21T08:00:00.000Z",
    slotEnd: "2026-12-21T12:00:00.000Z",
  },
  "delivery.out_for_delivery": { ...ORDER, method: "HOME_DELIVERY", deliveryCode: "482913" },
  "delivery.ready_for_collection": {
    ...ORDER,
    method: "PICKUP",
    deliveryCode: "482913",
    pickupPoint: "Osu Mall",
    pickupAddress: "Oxford St, Accra",
    openingHours: "Mon–Sat 9–18",
  },
  "delivery.delivered": { ...ORDER, method: "HOME_DELIVERY", deliveredAt: "2026-12-21T10:15:00.000Z", items: 2 },
  "delivery.failed": {
    ...ORDER,
    method: "HOME_DELIVERY",
    reason: "NOT_HOME",
    reasonLabel: "Nobody at home",
    attempt: 1,
  },
  "delivery.returned": { ...ORDER, method: "HOME_DELIVERY", reason: "Refused" },
  "vendor.order_confirmed": { ...ORDER },
  "vendor.batch_cancelled": { batchCode: "LDN-2612-A", reason: "Carrier strike" },
  "vendor.payout_paid": { amount: "GH₵ 4,120.00", reference: "PO-2026-0042" },
  "vendor.application_received": { vendorName: "Kente & Co" },
  "vendor.application_approved": { vendorName: "Kente & Co", feePercent: "10%" },
  "vendor.application_rejected": { vendorName: "Kente & Co", reason: "We could not verify the sample links." },
  "vendor.suspended": { vendorName: "Kente & Co", reason: "Three batches shipped with missing items." },
  "vendor.reactivated": { vendorName: "Kente & Co" },
  "vendor.staff_invite": {
    vendorName: "Kente & Co",
    inviterName: "Ama Owusu",
    acceptUrl: "http://localhost:3000/invite/abc123",
    expiresAt: "2026-12-11T10:00:00.000Z",
  },
  "vendor.low_stock": {
    productTitle: "Linen shirt",
    variantTitle: "M / Sand",
    sku: "LIN-M-SAND",
    stockOnHand: 3,
    reserved: 1,
    available: 2,
    lowStockAt: 3,
  },
  "vendor.payout_account_changed": { vendorName: "Kente & Co", account: "MTN Mobile Money ••• 4567" },
};

/**
 * Payout test helpers: an order paid through the Paystack emulator and confirmed, then
 * dispatched and delivered through the line lifecycle (in-stock lines, no Delivery row), its
 * deliveredAt moved back so the holdback window is over.
 */
import { prisma } from "@/lib/db";
import { transitionLine } from "@/lib/orders/line-lifecycle";
import { syncOrderStatus } from "@/lib/orders/order-lifecycle";
import { SYSTEM } from "@/lib/orders/order-events";
import { confirmPayment } from "@/lib/payments/confirm-payment";
import { payByCard, shopFor } from "./money-flows";

export type TShop = Awaited<ReturnType<typeof shopFor>>;

/** A shop (own vendor, in-stock product) whose vendor takes `feeBps` (null = platform default). */
export async function payoutShop(opts: { priceMinor?: number; feeBps?: number | null } = {}) {
  const s = await shopFor([{ stockOnHand: 1000, priceMinor: opts.priceMinor ?? 10_000 }]);
  if (opts.feeBps !== undefined)
    await prisma.vendor.update({ where: { id: s.vendor.id }, data: { feeBps: opts.feeBps } });
  return s;
}

/** Places, pays, confirms and delivers an order of `quantity` from the shop; delivered `hoursAgo`. */
export async function deliveredOrder(s: TShop, opts: { quantity?: number; hoursAgo?: number } = {}) {
  const placed = await s.place([{ variantId: s.variants[0]!.id, quantity: opts.quantity ?? 1 }]);
  const paid = await payByCard(placed.order.number, s.shopper.id);
  await confirmPayment({ reference: paid.reference, source: "callback" });
  const lines = await prisma.orderLine.findMany({ where: { orderId: placed.order.id }, select: { id: true } });
  await prisma.$transaction(async (tx) => {
    for (const l of lines) {
      await transitionLine(tx, { lineId: l.id, event: "DISPATCH", actor: SYSTEM });
      await transitionLine(tx, { lineId: l.id, event: "DELIVER", actor: SYSTEM });
    }
    await syncOrderStatus(tx, { orderId: placed.order.id, actor: SYSTEM, notify: false });
  });
  const deliveredAt = new Date(Date.now() - (opts.hoursAgo ?? 100) * 3_600_000);
  await prisma.orderLine.updateMany({ where: { orderId: placed.order.id }, data: { deliveredAt } });
  const order = await prisma.order.findUniqueOrThrow({ where: { id: placed.order.id }, include: { lines: true } });
  const payment = await prisma.payment.findUniqueOrThrow({ where: { reference: paid.reference } });
  return { order, line: order.lines[0]!, payment };
}

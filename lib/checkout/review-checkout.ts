import "server-only";
import { type Db, prisma } from "@/lib/db";
import { quoteCart } from "@/lib/cart/quote-cart";
import { computeOrderAmounts, type TAmountLine } from "@/lib/checkout/amounts";
import { getPlatformSettings } from "@/lib/settings/get-platform-settings";
import { quoteCheckout } from "@/lib/checkout/quote-checkout";
import { isAppError } from "@/lib/errors";
import { ZReviewInput, type TReviewInput } from "@/lib/checkout/schemas";
import type { TCheckoutReview, TReviewTotals } from "@/lib/checkout/types";

/**
 * The checkout's review step. Two server answers side by side:
 *  - quoteCart: every cart line repriced, with what changed since the customer last saw it
 *    (price, stock, batch) — the page shows these and asks the customer to accept them;
 *  - quoteCheckout (the money core): the exact amounts placeOrder will charge for the
 *    orderable lines with this delivery and payment plan.
 * Expected business refusals (closed batch, unknown address…) come back as `problem`, not
 * as an error, so the page can keep showing the cart beside the message.
 */
export async function reviewCheckout(
  request: TReviewInput & { customerId: string },
  db: Db = prisma,
): Promise<TCheckoutReview> {
  const { customerId, ...raw } = request;
  const input = ZReviewInput.parse(raw);
  const cart = await quoteCart({ lines: input.lines }, db);
  const orderable = cart.lines.filter((l) => l.isOrderable && l.quantity > 0);
  if (orderable.length === 0) {
    return { cart, totals: null, problem: "Nothing in your cart can be ordered right now.", canPlace: false };
  }
  const canPayDeposit = orderable.some((l) => l.availability === "PRE_ORDER");
  const paymentPlan = input.paymentPlan === "DEPOSIT" && canPayDeposit ? "DEPOSIT" : "FULL";
  const settings = await getPlatformSettings(db);

  if (!input.delivery) {
    // Goods only until a delivery choice exists: the same arithmetic placeOrder uses.
    const a = computeOrderAmounts({
      lines: orderable,
      deliveryFeeMinor: 0,
      plan: paymentPlan,
      depositBps: settings.depositBps,
    });
    return {
      cart,
      totals: {
        ...pick(a),
        paymentPlan,
        depositBps: settings.depositBps,
        canPayDeposit,
        deliveryLabel: null,
        plans: plans(orderable, 0, settings.depositBps),
      },
      problem: "Choose a delivery address or a pickup point.",
      canPlace: false,
    };
  }
  try {
    const q = await quoteCheckout(
      {
        customerId,
        lines: orderable.map((l) => ({ variantId: l.variantId, quantity: l.quantity })),
        delivery: input.delivery,
        paymentPlan,
      },
      db,
    );
    return {
      cart,
      totals: {
        ...pick(q),
        paymentPlan: q.paymentPlan,
        depositBps: q.depositBps,
        canPayDeposit: q.canPayDeposit,
        deliveryLabel: q.delivery.label,
        plans: plans(q.lines, q.deliveryFeeMinor, q.depositBps),
      },
      problem: null,
      canPlace: !cart.hasChanges,
    };
  } catch (e) {
    if (!isAppError(e) || e.status >= 500) throw e;
    return { cart, totals: null, problem: e.message, canPlace: false };
  }
}

function plans(lines: readonly TAmountLine[], deliveryFeeMinor: number, depositBps: number): TReviewTotals["plans"] {
  const full = computeOrderAmounts({ lines, deliveryFeeMinor, plan: "FULL", depositBps });
  const hasPreOrder = lines.some((l) => l.availability === "PRE_ORDER");
  const deposit = hasPreOrder ? computeOrderAmounts({ lines, deliveryFeeMinor, plan: "DEPOSIT", depositBps }) : null;
  return {
    full: { dueNowMinor: full.dueNowMinor, dueLaterMinor: full.dueLaterMinor },
    deposit: deposit ? { dueNowMinor: deposit.dueNowMinor, dueLaterMinor: deposit.dueLaterMinor } : null,
  };
}

function pick(a: {
  subtotalMinor: number;
  deliveryFeeMinor: number;
  totalMinor: number;
  dueNowMinor: number;
  dueLaterMinor: number;
}) {
  return {
    subtotalMinor: a.subtotalMinor,
    deliveryFeeMinor: a.deliveryFeeMinor,
    totalMinor: a.totalMinor,
    dueNowMinor: a.dueNowMinor,
    dueLaterMinor: a.dueLaterMinor,
  };
}

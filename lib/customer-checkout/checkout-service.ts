import "server-only";
import { prisma } from "@/lib/db";
import { getPlatformSettings } from "@/lib/settings/get-platform-settings";
import { confirmCallback } from "@/lib/payments/confirm-callback";
import { placeReviewedOrder } from "@/lib/checkout/place-reviewed-order";
import { removeOrderedFromCart } from "@/lib/cart/remove-ordered-from-cart";
import { reviewCheckout } from "@/lib/checkout/review-checkout";
import type { TPlaceOrderBody, TReviewInput } from "@/lib/checkout/schemas";
import { cancelOrder } from "@/lib/orders/cancel-order";
import {
  getPaymentStatus,
  startCardPayment,
  startMobileMoneyCharge,
  submitMobileMoneyOtp,
} from "@/lib/payments/start-payment";

// Entry points for the checkout and order pages and the /api/v1/checkout route handlers
// (app/ may not touch the database client): the money core's use cases bound to the shared
// client. customerId always comes from the session, never from the request.

/** Paystack's Ghana Mobile Money numbers are local: "+233244123456" → "0244123456". */
function localPhone(e164: string): string {
  return e164.startsWith("+233") ? `0${e164.slice(4)}` : e164;
}

export const checkoutService = {
  depositBps: async () => (await getPlatformSettings(prisma)).depositBps,
  review: (customerId: string, input: TReviewInput) => reviewCheckout(prisma, customerId, input),
  place: (customerId: string, idempotencyKey: string, body: TPlaceOrderBody) =>
    placeReviewedOrder(prisma, { customerId, idempotencyKey, body }),
  startCard: async (customerId: string, input: { orderNumber: string; kind?: "BALANCE" | undefined }) => {
    const r = await startCardPayment(prisma, {
      customerId,
      orderNumber: input.orderNumber,
      ...(input.kind ? { kind: input.kind } : {}),
    });
    return { reference: r.reference, amountMinor: r.amountMinor, kind: r.kind, authorizationUrl: r.authorizationUrl };
  },
  startMobileMoney: (
    customerId: string,
    input: { orderNumber: string; provider: "mtn" | "vod" | "atl"; phone: string; kind?: "BALANCE" | undefined },
  ) =>
    startMobileMoneyCharge(prisma, {
      customerId,
      orderNumber: input.orderNumber,
      provider: input.provider,
      phone: localPhone(input.phone),
      ...(input.kind ? { kind: input.kind } : {}),
    }),
  submitOtp: (customerId: string, input: { reference: string; otp: string }) =>
    submitMobileMoneyOtp(prisma, { customerId, ...input }),
  paymentStatus: (customerId: string, reference: string) => getPaymentStatus(prisma, { customerId, reference }),
  confirmCallback: (customerId: string, reference: string) => confirmCallback(prisma, { customerId, reference }),
  removeOrderedFromCart: (customerId: string, orderNumber: string) =>
    removeOrderedFromCart(prisma, { customerId, orderNumber }),
  cancel: (customerId: string, orderNumber: string, reason: string | undefined) =>
    cancelOrder(prisma, { customerId, orderNumber, ...(reason ? { reason } : {}) }),
};

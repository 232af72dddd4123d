// Checkout input schemas (isomorphic: client forms and server code share them). The client
// sends only WHAT to buy (variant + quantity) and HOW to deliver/pay — never a price: the
// server reprices every checkout from the database.
import { z } from "zod";

export const MAX_LINE_QUANTITY = 99;
export const MAX_CHECKOUT_LINES = 50;

export const ZCheckoutLine = z.object({
  variantId: z.string().trim().min(1).max(64),
  quantity: z
    .number()
    .int("Quantity must be a whole number")
    .min(1, "Quantity must be at least 1")
    .max(MAX_LINE_QUANTITY, `At most ${MAX_LINE_QUANTITY} of one item per order`),
});
export type TCheckoutLine = z.infer<typeof ZCheckoutLine>;

export const ZDeliveryChoice = z.discriminatedUnion("method", [
  z.object({ method: z.literal("HOME"), addressId: z.string().trim().min(1) }),
  z.object({ method: z.literal("PICKUP"), pickupPointId: z.string().trim().min(1) }),
]);
export type TDeliveryChoice = z.infer<typeof ZDeliveryChoice>;

export const ZPaymentPlan = z.enum(["FULL", "DEPOSIT"]);
export type TPaymentPlanChoice = z.infer<typeof ZPaymentPlan>;

export const ZCheckoutQuoteInput = z.object({
  lines: z.array(ZCheckoutLine).min(1, "Your cart is empty").max(MAX_CHECKOUT_LINES),
  delivery: ZDeliveryChoice,
  paymentPlan: ZPaymentPlan.default("FULL"),
});
export type TCheckoutQuoteInput = z.input<typeof ZCheckoutQuoteInput>;

export const ZPlaceOrderInput = ZCheckoutQuoteInput.extend({
  /** From the Idempotency-Key header or the checkout form's hidden token (8–100 chars). */
  idempotencyKey: z.string().trim().min(8).max(100),
  /** Needed for PICKUP when the account has no phone number (SMS updates, collection). */
  contactPhone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{9,20}$/, "Enter a valid phone number")
    .optional(),
});
export type TPlaceOrderInput = z.input<typeof ZPlaceOrderInput>;

export const ZMobileMoneyProvider = z.enum(["mtn", "atl", "vod"]);
export const ZStartMobileMoneyInput = z.object({
  orderNumber: z.string().trim().min(3).max(40),
  provider: ZMobileMoneyProvider,
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{9,20}$/, "Enter a valid Mobile Money number"),
});
export const ZSubmitOtpInput = z.object({
  reference: z.string().trim().min(6).max(80),
  otp: z
    .string()
    .trim()
    .regex(/^\d{4,8}$/, "Enter the code you received"),
});

// Checkout input schemas (isomorphic: client forms, route handlers and server code share
// them). The client sends only WHAT to buy (variant + quantity), HOW to deliver and pay, and
// what the customer last saw so changes can be reported — never a price: the server reprices
// every checkout from the database.
import { z } from "zod";
import { ZGhanaPhone } from "@/lib/addresses/schemas";
import { ZCartQuoteLine } from "@/lib/cart/schema";

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

// ── Request bodies of the /api/v1/checkout route handlers ──

export const ZReviewInput = z.object({
  lines: z.array(ZCartQuoteLine).min(1, "Your cart is empty").max(50),
  /** Absent until the customer has chosen an address or pickup point. */
  delivery: ZDeliveryChoice.optional(),
  paymentPlan: ZPaymentPlan.default("FULL"),
});
export type TReviewInput = z.input<typeof ZReviewInput>;

export const ZPlaceOrderBody = ZPlaceOrderInput.omit({ idempotencyKey: true }).extend({
  /** What the review showed as "pay now": a different server amount answers 409 so the customer reviews again. */
  expectedDueNowMinor: z.number().int().min(0).optional(),
});
export type TPlaceOrderBody = z.input<typeof ZPlaceOrderBody>;

/** The Idempotency-Key header: a per-form token (UUID), 8–100 safe characters. */
export const ZIdempotencyKey = z
  .string({ error: "Send an Idempotency-Key header (a unique token per checkout form)" })
  .trim()
  .regex(/^[A-Za-z0-9_.:-]{8,100}$/, "Idempotency-Key must be 8–100 letters, digits or - _ . :");

export const ZOrderNumber = z
  .string()
  .trim()
  .regex(/^[A-Z]{2}-[0-9A-Z]{4,12}$/, "That is not an order number");

export const ZStartCardBody = z.object({
  orderNumber: ZOrderNumber,
  /** "BALANCE" to pay the balance of a deposit order whose batch arrived. */
  kind: z.literal("BALANCE").optional(),
});

/** Paystack's Mobile Money provider codes for Ghana. */
export const MOBILE_MONEY_NETWORKS = [
  { code: "mtn", name: "MTN MoMo" },
  { code: "vod", name: "Telecel Cash" },
  { code: "atl", name: "AirtelTigo Money" },
] as const;
export type TMobileMoneyProvider = (typeof MOBILE_MONEY_NETWORKS)[number]["code"];

export const ZStartMobileMoneyBody = z.object({
  orderNumber: ZOrderNumber,
  provider: z.enum(["mtn", "vod", "atl"], { error: "Choose your Mobile Money network" }),
  phone: ZGhanaPhone,
  kind: z.literal("BALANCE").optional(),
});
export type TStartMobileMoneyBody = z.input<typeof ZStartMobileMoneyBody>;

export const ZSubmitOtpBody = z.object({
  reference: z.string().trim().min(6).max(80),
  otp: z
    .string()
    .trim()
    .regex(/^\d{4,8}$/, "Enter the code you received (4–8 digits)"),
});

export const ZPaymentReference = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9.=-]{6,80}$/, "That is not a payment reference");

// Request bodies of the /api/v1/checkout route handlers (isomorphic: the checkout page
// builds the same shapes). Prices never travel from the client: only what to buy, how to
// deliver and how to pay, plus what the customer last saw so changes can be reported.
import { z } from "zod";
import { ZCartQuoteLine } from "@/lib/cart/schema";
import { ZDeliveryChoice, ZPaymentPlan, ZPlaceOrderInput } from "@/lib/checkout/schema";
import { ZGhanaPhone } from "@/lib/addresses/schemas";

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

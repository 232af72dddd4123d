// Response shapes of the /api/v1/checkout route handlers (isomorphic DTOs).
import type { TCartQuote } from "@/lib/cart/types";

export type TReviewTotals = {
  paymentPlan: "FULL" | "DEPOSIT";
  subtotalMinor: number;
  deliveryFeeMinor: number;
  totalMinor: number;
  dueNowMinor: number;
  dueLaterMinor: number;
  depositBps: number;
  canPayDeposit: boolean;
  deliveryLabel: string | null;
  /** Both plans side by side, so the page can show exactly what each one costs now and later. */
  plans: { full: TPlanAmounts; deposit: TPlanAmounts | null };
};

export type TPlanAmounts = { dueNowMinor: number; dueLaterMinor: number };

export type TCheckoutReview = {
  cart: TCartQuote;
  /** Server-repriced totals; null with `problem` when they cannot be computed yet. */
  totals: TReviewTotals | null;
  problem: string | null;
  /** Nothing stands between the customer and "Place order": no unaccepted changes, totals known. */
  canPlace: boolean;
};

export type TPlacedOrderResponse = {
  created: boolean;
  order: { number: string; status: string; totalMinor: number; balanceDueMinor: number; expiresAt: string | null };
  payment: { reference: string; amountMinor: number; kind: string; status: string } | null;
};

export type TCardStartResponse = { reference: string; amountMinor: number; kind: string; authorizationUrl: string };

/** Paystack's charge status ("pay_offline", "send_otp", "success", "failed", …). */
export type TMobileMoneyResponse = {
  reference: string;
  status: string;
  displayText: string | null;
  amountMinor: number;
  orderNumber: string;
};

export type TPaymentStatusResponse = {
  reference: string;
  status: string;
  kind: string;
  amountMinor: number;
  failureReason: string | null;
  needsReview: boolean;
  orderNumber: string;
  orderStatus: string;
};

// Payment and refund status sets, defined once beside their lifecycles (isomorphic).
import type { PaymentStatus, RefundStatus } from "@/lib/generated/prisma/enums";

/** The money arrived (some or all of it may have been refunded since). */
export const SETTLED_PAYMENT_STATUSES = [
  "SUCCEEDED",
  "PARTIALLY_REFUNDED",
  "REFUNDED",
] as const satisfies readonly PaymentStatus[];

/** A payment that still holds money a refund can take. */
export const REFUNDABLE_PAYMENT_STATUSES = [
  "SUCCEEDED",
  "PARTIALLY_REFUNDED",
] as const satisfies readonly PaymentStatus[];

/** Refunds that count against what a payment can still give back (done or on their way). */
export const COMMITTED_REFUND_STATUSES = [
  "PENDING",
  "PROCESSING",
  "PROCESSED",
] as const satisfies readonly RefundStatus[];

// DTOs of the customer's order page (/orders/[number]), built by get-customer-order.ts.
// Isomorphic (types only): server pages and client components share them.
import type { OrderLineStatus, OrderStatus } from "@/lib/generated/prisma/enums";
import type { TMilestone } from "@/lib/orders/customer-order-timeline";

export type TCustomerOrderLine = {
  id: string;
  status: OrderLineStatus;
  availability: "IN_STOCK" | "PRE_ORDER";
  quantity: number;
  unitPriceMinor: number;
  lineTotalMinor: number;
  productTitle: string;
  variantTitle: string;
  sku: string;
  imageUrl: string | null;
  productSlug: string;
};

export type TCustomerShipment = {
  /** "in-stock" or the batch code. */
  key: string;
  kind: "IN_STOCK" | "BATCH";
  batch: {
    code: string;
    status: string;
    shippingMethod: string;
    cutoffAt: string;
    arrivalWindowStart: string;
    arrivalWindowEnd: string;
  } | null;
  lines: TCustomerOrderLine[];
};

export type TCustomerVendorGroup = { vendorName: string; vendorSlug: string; shipments: TCustomerShipment[] };

export type TCustomerPayment = {
  reference: string;
  kind: "FULL" | "DEPOSIT" | "BALANCE";
  channel: string | null;
  amountMinor: number;
  amountRefundedMinor: number;
  status: string;
  createdAt: string;
  paidAt: string | null;
  failedAt: string | null;
  failureReason: string | null;
  mobileMoneyProvider: string | null;
  /** Last 4 digits only. */
  mobileMoneyPhoneTail: string | null;
  needsReview: boolean;
};

export type TCustomerRefund = {
  reference: string;
  amountMinor: number;
  status: string;
  reason: string;
  createdAt: string;
  processedAt: string | null;
};
export type TCustomerOrderEvent = {
  id: string;
  at: string;
  text: string;
  note: string | null;
  tone: "neutral" | "good" | "bad";
};

export type TCustomerOrder = {
  number: string;
  status: OrderStatus;
  createdAt: string;
  paidAt: string | null;
  cancelledAt: string | null;
  expiresAt: string | null;
  paymentPlan: "FULL" | "DEPOSIT";
  amounts: {
    subtotalMinor: number;
    deliveryFeeMinor: number;
    discountMinor: number;
    totalMinor: number;
    paidMinor: number;
    refundedMinor: number;
    /** Due now (PENDING_PAYMENT: the first payment; later: a deposit balance once the batch arrived). */
    balanceDueMinor: number;
    /** Deposit orders: what will fall due when the batch arrives (not yet due). */
    dueOnArrivalMinor: number;
    /** Refunds requested but not yet processed by Paystack. */
    refundPendingMinor: number;
    depositMinor: number | null;
  };
  delivery: {
    method: "HOME" | "PICKUP";
    zone: { name: string; feeMinor: number; etaDays: number } | null;
    address: {
      recipientName: string | null;
      phone: string | null;
      line1: string | null;
      area: string | null;
      city: string | null;
      region: string | null;
      landmark: string | null;
      gpsAddress: string | null;
    } | null;
    pickupPoint: { name: string; address: string; city: string; phone: string; openingHours: string } | null;
    contactPhone: string;
    status: string | null;
    code: string | null;
    scheduledFor: string | null;
    deliveredAt: string | null;
  };
  itemsCount: number;
  vendors: TCustomerVendorGroup[];
  milestones: TMilestone[];
  activity: TCustomerOrderEvent[];
  payments: TCustomerPayment[];
  refunds: TCustomerRefund[];
  can: { pay: boolean; payBalance: boolean; cancel: boolean };
  /** A payment or refund is in flight: the page keeps refreshing until it settles. */
  isSettling: boolean;
  settling: "payment" | "refund" | null;
};

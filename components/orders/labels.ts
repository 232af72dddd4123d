// Customer-facing words for order, line, payment and refund states (isomorphic).
import type { TBadgeTone } from "@/components/ui/badge";

type TLabel = { label: string; tone: TBadgeTone };

export const ORDER_STATUS: Record<string, TLabel> = {
  PENDING_PAYMENT: { label: "Awaiting payment", tone: "warning" },
  PAID: { label: "Paid", tone: "brand" },
  IN_PROGRESS: { label: "In progress", tone: "brand" },
  READY_FOR_DELIVERY: { label: "Ready for delivery", tone: "brand" },
  OUT_FOR_DELIVERY: { label: "Out for delivery", tone: "accent" },
  DELIVERED: { label: "Delivered", tone: "brand" },
  COMPLETED: { label: "Completed", tone: "neutral" },
  EXPIRED: { label: "Expired", tone: "neutral" },
  CANCELLED: { label: "Cancelled", tone: "danger" },
  PARTIALLY_REFUNDED: { label: "Partly refunded", tone: "warning" },
  REFUNDED: { label: "Refunded", tone: "neutral" },
};

export const LINE_STATUS: Record<string, TLabel> = {
  RESERVED: { label: "Awaiting payment", tone: "warning" },
  CONFIRMED: { label: "Confirmed", tone: "brand" },
  PROCURED: { label: "Bought by vendor", tone: "brand" },
  SHIPPED: { label: "Shipped", tone: "brand" },
  ARRIVED: { label: "In Accra", tone: "brand" },
  OUT_FOR_DELIVERY: { label: "Out for delivery", tone: "accent" },
  DELIVERED: { label: "Delivered", tone: "brand" },
  RELEASED: { label: "Not paid", tone: "neutral" },
  UNAVAILABLE: { label: "Unavailable · refunded", tone: "danger" },
  CANCELLED: { label: "Cancelled", tone: "danger" },
  RETURNED: { label: "Returned", tone: "neutral" },
};

export const PAYMENT_STATUS: Record<string, TLabel> = {
  INITIALIZED: { label: "Not started", tone: "neutral" },
  PENDING: { label: "Waiting", tone: "warning" },
  SUCCEEDED: { label: "Paid", tone: "brand" },
  FAILED: { label: "Failed", tone: "danger" },
  ABANDONED: { label: "Not completed", tone: "neutral" },
  PARTIALLY_REFUNDED: { label: "Partly refunded", tone: "warning" },
  REFUNDED: { label: "Refunded", tone: "neutral" },
};

export const REFUND_STATUS: Record<string, TLabel> = {
  PENDING: { label: "Requested", tone: "warning" },
  PROCESSING: { label: "Processing", tone: "warning" },
  PROCESSED: { label: "Refunded", tone: "brand" },
  FAILED: { label: "Failed", tone: "danger" },
};

export const PAYMENT_KIND: Record<string, string> = { FULL: "Full payment", DEPOSIT: "Deposit", BALANCE: "Balance" };
export const CHANNEL: Record<string, string> = {
  CARD: "Card",
  MOBILE_MONEY: "Mobile Money",
  BANK: "Bank",
  BANK_TRANSFER: "Bank transfer",
  USSD: "USSD",
};
export const MOMO_PROVIDER: Record<string, string> = { MTN: "MTN MoMo", VOD: "Telecel Cash", ATL: "AirtelTigo Money" };

export function labelOf(map: Record<string, TLabel>, key: string): TLabel {
  return map[key] ?? { label: key.replaceAll("_", " ").toLowerCase(), tone: "neutral" };
}

import { Badge, type TBadgeTone } from "@/components/ui/badge";
import type { PayoutStatus } from "@/lib/generated/prisma/enums";

const TONE: Record<PayoutStatus, TBadgeTone> = {
  PENDING: "outline",
  PROCESSING: "accent",
  PAID: "brand",
  FAILED: "danger",
  REVERSED: "warning",
};

export const PAYOUT_STATUS_LABEL: Record<PayoutStatus, string> = {
  PENDING: "Pending",
  PROCESSING: "Processing",
  PAID: "Paid",
  FAILED: "Failed",
  REVERSED: "Reversed",
};

export function PayoutStatusBadge({ status }: { status: PayoutStatus }) {
  return <Badge tone={TONE[status]}>{PAYOUT_STATUS_LABEL[status]}</Badge>;
}

import { Badge } from "@/components/ui/badge";
import { labelOf, ORDER_STATUS } from "@/components/orders/labels";

export function OrderStatusBadge({ status, className }: { status: string; className?: string }) {
  const { label, tone } = labelOf(ORDER_STATUS, status);
  return (
    <Badge tone={tone} className={className}>
      {label}
    </Badge>
  );
}

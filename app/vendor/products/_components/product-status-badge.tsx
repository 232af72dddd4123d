import { Badge, type TBadgeTone } from "@/components/ui/badge";
import type { ProductStatus } from "@/lib/generated/prisma/enums";

export const PRODUCT_STATUS_LABEL: Record<ProductStatus, string> = {
  DRAFT: "Draft",
  ACTIVE: "Active",
  ARCHIVED: "Archived",
};

const TONE: Record<ProductStatus, TBadgeTone> = { DRAFT: "neutral", ACTIVE: "brand", ARCHIVED: "outline" };

export function ProductStatusBadge({ status }: { status: ProductStatus }) {
  return <Badge tone={TONE[status]}>{PRODUCT_STATUS_LABEL[status]}</Badge>;
}

import { Badge } from "@/components/ui/badge";
import { stockLevel } from "@/lib/inventory/schemas";

/** Out (nothing left to sell), Low (at or below the threshold) or OK, from available stock. */
export function StockLevelBadge(v: { stockOnHand: number; reserved: number; lowStockAt: number }) {
  const level = stockLevel(v);
  if (level === "OUT") return <Badge tone="danger">Out</Badge>;
  if (level === "LOW") return <Badge tone="warning">Low</Badge>;
  return <Badge tone="brand">OK</Badge>;
}

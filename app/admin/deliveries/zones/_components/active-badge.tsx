import { Badge } from "@/components/ui/badge";

export function ActiveBadge({ isActive }: { isActive: boolean }) {
  return isActive ? <Badge tone="brand">Active</Badge> : <Badge tone="neutral">Inactive</Badge>;
}

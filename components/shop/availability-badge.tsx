import { Clock, PackageCheck } from "lucide-react";
import type { TCardAvailability } from "@/lib/catalog/types";
import { Badge } from "@/components/ui/badge";

export function AvailabilityBadge({ availability }: { availability: TCardAvailability }) {
  if (availability === "IN_STOCK") {
    return (
      <Badge tone="brand">
        <PackageCheck aria-hidden="true" className="h-3.5 w-3.5" />
        In stock
      </Badge>
    );
  }
  return (
    <Badge tone="accent" className="ring-1 ring-accent-400/60">
      <Clock aria-hidden="true" className="h-3.5 w-3.5" />
      {availability === "MIXED" ? "In stock + pre-order" : "Pre-order"}
    </Badge>
  );
}

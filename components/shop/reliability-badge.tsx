import { ShieldCheck, Sparkles } from "lucide-react";
import { Badge } from "@/components/ui/badge";

/** The vendor reliability slot: "New vendor" until a score (0–100) has been computed. */
export function ReliabilityBadge({ score }: { score: number | null }) {
  if (score === null) {
    return (
      <Badge tone="neutral" title="This vendor has not completed enough orders for a reliability score yet">
        <Sparkles aria-hidden="true" className="h-3.5 w-3.5" />
        New vendor
      </Badge>
    );
  }
  const label = score >= 90 ? "Top rated" : score >= 75 ? "Reliable" : "Building record";
  return (
    <Badge tone={score >= 75 ? "brand" : "warning"} title="Reliability score from the last 90 days of orders">
      <ShieldCheck aria-hidden="true" className="h-3.5 w-3.5" />
      {label} · {score}/100
    </Badge>
  );
}

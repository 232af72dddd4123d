import { Sparkles } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { ReliabilityBadge as ScoreBadge } from "@/components/vendors/reliability-breakdown";

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
  return <ScoreBadge score={score} />;
}

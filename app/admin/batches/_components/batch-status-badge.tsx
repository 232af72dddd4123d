import { Badge, type TBadgeTone } from "@/components/ui/badge";
import type { BatchStatus } from "@/lib/generated/prisma/enums";

const TONE: Record<BatchStatus, TBadgeTone> = {
  DRAFT: "outline",
  OPEN: "brand",
  CLOSED: "accent",
  IN_TRANSIT: "dark",
  ARRIVED: "warning",
  COMPLETED: "neutral",
  CANCELLED: "danger",
};

export const BATCH_STATUS_LABEL: Record<BatchStatus, string> = {
  DRAFT: "Draft",
  OPEN: "Open",
  CLOSED: "Closed",
  IN_TRANSIT: "In transit",
  ARRIVED: "Arrived",
  COMPLETED: "Completed",
  CANCELLED: "Cancelled",
};

export function BatchStatusBadge({ status }: { status: BatchStatus }) {
  return <Badge tone={TONE[status]}>{BATCH_STATUS_LABEL[status]}</Badge>;
}

/** Units sold against the group-buy minimum, as a bar an operator reads at a glance. */
export function FillBar({ sold, min }: { sold: number; min: number | null }) {
  const pct = min ? Math.min(100, Math.round((sold / min) * 100)) : null;
  return (
    <div className="min-w-24">
      <p className="text-sm tabular-nums">
        <span className="font-semibold">{sold.toLocaleString("en-GH")}</span>
        <span className="text-ink-muted"> {min ? `/ ${min.toLocaleString("en-GH")} min` : "sold"}</span>
      </p>
      {pct !== null ? (
        <div
          className="mt-1 h-1.5 w-full overflow-hidden rounded-pill bg-surface-sunken"
          role="meter"
          aria-label="Units sold against the minimum"
          aria-valuemin={0}
          aria-valuemax={min ?? 0}
          aria-valuenow={sold}
        >
          <div className={pct >= 100 ? "h-full bg-brand-600" : "h-full bg-accent-400"} style={{ width: `${pct}%` }} />
        </div>
      ) : null}
    </div>
  );
}

import { Badge, type TBadgeTone } from "@/components/ui/badge";
import { ReliabilityBadge } from "@/components/vendors/reliability-breakdown";
import type { VendorStatus } from "@/lib/generated/prisma/enums";
import { formatFeeBps, VENDOR_STATUS_LABEL } from "@/lib/vendors/statuses";

const TONE: Record<VendorStatus, TBadgeTone> = {
  PENDING: "warning",
  ACTIVE: "brand",
  SUSPENDED: "danger",
  REJECTED: "outline",
};

export function VendorStatusBadge({ status }: { status: VendorStatus }) {
  return <Badge tone={TONE[status]}>{VENDOR_STATUS_LABEL[status]}</Badge>;
}

/** The vendor's own rate, or the platform default it falls back to (null before approval). */
export function FeeRate({ feeBps, defaultBps }: { feeBps: number | null; defaultBps: number }) {
  if (feeBps !== null) return <span className="tabular-nums">{formatFeeBps(feeBps)}</span>;
  return (
    <span className="text-ink-muted tabular-nums" title="No rate of its own: the platform default applies">
      {formatFeeBps(defaultBps)} <span className="text-xs">default</span>
    </span>
  );
}

/** The score as its coloured badge, or "—" without enough history. */
export function ReliabilityCell({ score }: { score: number | null }) {
  return score === null ? (
    <span className="text-ink-subtle" title="Not enough history yet">
      —
    </span>
  ) : (
    <ReliabilityBadge score={score} />
  );
}

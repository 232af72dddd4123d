import { formatMoney, type Currency } from "@/lib/money";
import { cn } from "@/lib/cn";

type TPriceProps = {
  minor: number;
  compareAtMinor?: number | null;
  currency?: Currency;
  size?: "sm" | "md" | "lg";
  /** "From GH₵ …" when variants have different prices. */
  isFrom?: boolean;
  className?: string;
};

const SIZES = { sm: "text-sm", md: "text-base", lg: "text-2xl" } as const;

/** A price with an optional struck-through compare-at price and the saving in percent. */
export function Price({
  minor,
  compareAtMinor,
  currency = "GHS",
  size = "md",
  isFrom = false,
  className,
}: TPriceProps) {
  const hasSaving = compareAtMinor != null && compareAtMinor > minor;
  const savingPct = hasSaving ? Math.round(((compareAtMinor - minor) / compareAtMinor) * 100) : 0;
  return (
    <p className={cn("flex flex-wrap items-baseline gap-x-2 gap-y-0.5", className)}>
      <span className={cn("font-bold tracking-tight text-ink tabular-nums", SIZES[size])}>
        {isFrom ? <span className="mr-1 text-[0.8em] font-medium text-ink-muted">From</span> : null}
        {formatMoney(minor, currency)}
      </span>
      {hasSaving ? (
        <>
          <span className="text-sm text-ink-muted tabular-nums line-through">
            <span className="sr-only">Was </span>
            {formatMoney(compareAtMinor, currency)}
          </span>
          <span className="text-xs font-semibold text-danger-700">−{savingPct}%</span>
        </>
      ) : null}
    </p>
  );
}

// The vendor reliability score (domain.md "Vendor reliability score"): the breakdown the vendor and
// admins see, and the small badge the storefront shows. Server-renderable (no client state).
import { ShieldCheck } from "lucide-react";
import { cn } from "@/lib/cn";
import { formatDateTime } from "@/lib/dates";
import {
  parseReliabilityComponents,
  reliabilityBand,
  RELIABILITY_BAND_LABELS,
  type TReliabilityBand,
} from "@/lib/vendors/reliability/types";

const BAND_TEXT: Record<TReliabilityBand, string> = {
  good: "text-brand-700",
  fair: "text-accent-600",
  poor: "text-danger-700",
};
const BAND_BAR: Record<TReliabilityBand, string> = {
  good: "bg-brand-500",
  fair: "bg-accent-500",
  poor: "bg-danger-600",
};
const BAND_RING: Record<TReliabilityBand, string> = {
  good: "stroke-brand-500",
  fair: "stroke-accent-500",
  poor: "stroke-danger-600",
};
const BAND_BADGE: Record<TReliabilityBand, string> = {
  good: "bg-brand-50 text-brand-800 ring-brand-200",
  fair: "bg-accent-100 text-ink ring-accent-400/40",
  poor: "bg-danger-50 text-danger-700 ring-danger-600/20",
};

function clampScore(score: number): number {
  return Math.max(0, Math.min(100, Math.round(score)));
}

function ScoreRing({ score }: { score: number | null }) {
  const radius = 42;
  const circumference = 2 * Math.PI * radius;
  const band = score == null ? null : reliabilityBand(score);
  const filled = score == null ? 0 : (clampScore(score) / 100) * circumference;
  return (
    <div className="relative size-28 shrink-0">
      <svg viewBox="0 0 100 100" className="size-full -rotate-90" aria-hidden="true">
        <circle cx="50" cy="50" r={radius} fill="none" strokeWidth="10" className="stroke-surface-sunken" />
        {band ? (
          <circle
            cx="50"
            cy="50"
            r={radius}
            fill="none"
            strokeWidth="10"
            strokeLinecap="round"
            strokeDasharray={`${filled} ${circumference}`}
            className={BAND_RING[band]}
          />
        ) : null}
      </svg>
      <div className="absolute inset-0 flex flex-col items-center justify-center">
        {score == null ? (
          <span className="text-2xl font-bold text-ink-subtle">—</span>
        ) : (
          <>
            <span className={cn("text-3xl font-bold tabular-nums", band && BAND_TEXT[band])}>{clampScore(score)}</span>
            <span className="text-xs text-ink-subtle">of 100</span>
          </>
        )}
      </div>
    </div>
  );
}

function ComponentBar({ score }: { score: number | null }) {
  if (score == null) return <div className="h-2 rounded-pill bg-surface-sunken" aria-hidden="true" />;
  const band = reliabilityBand(score);
  return (
    <div className="h-2 overflow-hidden rounded-pill bg-surface-sunken" aria-hidden="true">
      <div className={cn("h-full rounded-pill", BAND_BAR[band])} style={{ width: `${clampScore(score)}%` }} />
    </div>
  );
}

type TBreakdownProps = {
  /** Vendor.reliabilityScore (null: not enough history yet). */
  score: number | null;
  /** Vendor.reliabilityComponents as stored (parsed here; older or malformed data shows no breakdown). */
  components: unknown;
  /** Vendor.reliabilityUpdatedAt. */
  updatedAt: Date | string | null;
  className?: string;
};

/** The score with its colour band, then each component's bar and the reasons behind it. */
export function ReliabilityBreakdown({ score, components, updatedAt, className }: TBreakdownProps) {
  const parsed = parseReliabilityComponents(components);
  const band = score == null ? null : reliabilityBand(score);
  const windowDays = parsed?.windowDays ?? 90;
  return (
    <section className={cn("space-y-5", className)} aria-label="Reliability score">
      <div className="flex flex-col items-center gap-4 sm:flex-row sm:items-center">
        <ScoreRing score={score} />
        <div className="space-y-1 text-center sm:text-left">
          <p className="text-base font-semibold text-ink">
            {band ? RELIABILITY_BAND_LABELS[band] : "Not enough history yet"}
          </p>
          <p className="text-sm text-ink-muted">
            {score == null
              ? `A score appears once you have enough orders in the last ${windowDays} days.`
              : `From your last ${windowDays} days of orders, returns and reviews.`}
          </p>
          {updatedAt ? <p className="text-xs text-ink-subtle">Updated {formatDateTime(updatedAt)}</p> : null}
        </div>
      </div>
      {parsed ? (
        <ul className="space-y-4">
          {parsed.components.map((c) => (
            <li key={c.key} className="space-y-1.5">
              <div className="flex items-baseline justify-between gap-3">
                <p className="text-sm font-medium text-ink">
                  {c.label} <span className="font-normal text-ink-subtle">· {c.weight}% of the score</span>
                </p>
                <p
                  className={cn(
                    "text-sm font-semibold tabular-nums",
                    c.score == null ? "text-ink-subtle" : BAND_TEXT[reliabilityBand(c.score)],
                  )}
                >
                  {c.score == null ? "—" : c.score}
                </p>
              </div>
              <ComponentBar score={c.score} />
              {c.score == null ? (
                <p className="text-xs text-ink-subtle">
                  Not enough history yet ({c.sampleSize} of {c.minSample} needed).
                </p>
              ) : null}
              {c.reasons.length > 0 ? (
                <ul className="space-y-0.5 text-xs text-ink-muted">
                  {c.reasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** A small storefront badge ("Reliability 92"); renders nothing without a score. */
export function ReliabilityBadge({ score, className }: { score: number | null | undefined; className?: string }) {
  if (score == null) return null;
  const value = clampScore(score);
  const band = reliabilityBand(value);
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1 rounded-pill px-2 py-0.5 text-xs font-semibold whitespace-nowrap ring-1",
        BAND_BADGE[band],
        className,
      )}
      title={`Vendor reliability ${value} of 100, from the last 90 days of orders, returns and reviews`}
    >
      <ShieldCheck aria-hidden="true" className="h-3.5 w-3.5" />
      <span>
        Reliability <span className="tabular-nums">{value}</span>
      </span>
    </span>
  );
}

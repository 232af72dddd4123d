import { Check, X } from "lucide-react";
import { cn } from "@/lib/cn";
import { formatDateTime } from "@/lib/dates";
import type { TMilestone } from "@/lib/orders/customer-order-timeline";

/** Paid → procured → shipped → arrived → out for delivery → delivered, with Accra times. */
export function OrderMilestones({ milestones, isHalted }: { milestones: TMilestone[]; isHalted: boolean }) {
  const current = milestones.findIndex((m) => m.state !== "done");
  return (
    <ol className="relative" aria-label="Order progress">
      {milestones.map((m, i) => {
        const isDone = m.state === "done";
        const isCurrent = i === current && !isHalted;
        const isLast = i === milestones.length - 1;
        return (
          <li key={m.key} className="relative flex gap-3 pb-5 last:pb-0" aria-current={isCurrent ? "step" : undefined}>
            {isLast ? null : (
              <span
                aria-hidden="true"
                className={cn(
                  "absolute top-7 bottom-0 left-[13px] w-0.5",
                  isDone && !m.isStop ? "bg-brand-600" : "bg-black/10",
                )}
              />
            )}
            <span
              aria-hidden="true"
              className={cn(
                "relative z-10 grid h-7 w-7 shrink-0 place-items-center rounded-full ring-4 ring-surface",
                m.isStop
                  ? "bg-danger-600 text-white"
                  : isDone
                    ? "bg-brand-600 text-white"
                    : m.state === "partial" || isCurrent
                      ? "border-2 border-brand-600 bg-surface"
                      : "border-2 border-black/15 bg-surface",
              )}
            >
              {m.isStop ? (
                <X className="h-4 w-4" strokeWidth={3} />
              ) : isDone ? (
                <Check className="h-4 w-4" strokeWidth={3} />
              ) : m.state === "partial" || isCurrent ? (
                <span className="h-2.5 w-2.5 rounded-full bg-brand-600" />
              ) : null}
            </span>
            <div className="min-w-0 pt-0.5">
              <p
                className={cn(
                  "text-sm font-semibold",
                  isDone || m.state === "partial" || isCurrent ? "text-ink" : "text-ink-subtle",
                )}
              >
                {m.label}
                <span className="sr-only">
                  {isDone
                    ? " (done)"
                    : m.state === "partial"
                      ? " (in progress)"
                      : isCurrent
                        ? " (next)"
                        : " (upcoming)"}
                </span>
              </p>
              {m.at ? (
                <p className="text-xs text-ink-muted">
                  <time dateTime={m.at}>{formatDateTime(m.at)}</time>
                  {m.detail ? ` · ${m.detail}` : ""}
                </p>
              ) : m.detail ? (
                <p className="text-xs text-ink-muted">{m.detail}</p>
              ) : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

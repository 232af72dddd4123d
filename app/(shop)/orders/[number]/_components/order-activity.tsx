import { cn } from "@/lib/cn";
import { formatDateTime } from "@/lib/dates";
import type { TCustomerOrderEvent } from "@/lib/orders/customer-order-types";

/** Everything that happened to the order, newest first. */
export function OrderActivity({ events }: { events: TCustomerOrderEvent[] }) {
  return (
    <ol className="space-y-3 text-sm">
      {events.map((e) => (
        <li key={e.id} className="flex gap-3">
          <span
            aria-hidden="true"
            className={cn(
              "mt-1.5 h-2 w-2 shrink-0 rounded-full",
              e.tone === "good" ? "bg-brand-600" : e.tone === "bad" ? "bg-danger-600" : "bg-ink-subtle",
            )}
          />
          <div className="min-w-0">
            <p className="text-ink">{e.text}</p>
            {e.note ? <p className="text-xs text-ink-muted">“{e.note}”</p> : null}
            <p className="text-xs text-ink-muted">
              <time dateTime={e.at}>{formatDateTime(e.at)}</time>
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}

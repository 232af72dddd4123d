import Link from "next/link";
import { Countdown } from "@/components/ui/countdown";
import { formatArrivalWindow, formatDateTime } from "@/lib/dates";
import type { TVendorLineGroup } from "@/lib/orders/list-vendor-order-lines";
import { VENDOR_LINE_TABS, type TVendorLineTab } from "@/lib/orders/vendor-line-policy";
import { VendorBatchStatusBadge } from "./status-badges";

const SUMMARY_TABS: TVendorLineTab[] = ["to-procure", "procured", "shipped", "unavailable"];

export function GroupHeader({ group: g, serverNow }: { group: TVendorLineGroup; serverNow: number }) {
  const b = g.batch;
  const counts = SUMMARY_TABS.filter((t) => g.counts[t] > 0)
    .map((t) => `${g.counts[t]} ${t === "to-procure" && !b ? "to hand over" : VENDOR_LINE_TABS[t].label.toLowerCase()}`)
    .join(" · ");
  return (
    <header className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2 px-4 py-3">
      <div className="min-w-0">
        <h2 id={`grp-${g.key}`} className="flex flex-wrap items-center gap-2 text-base font-bold text-ink">
          {b ? (
            <>
              <span>Batch {b.code}</span>
              <VendorBatchStatusBadge status={b.status} />
            </>
          ) : (
            "In stock — hand over for dispatch"
          )}
        </h2>
        {b ? (
          <p className="mt-0.5 text-sm text-ink-muted">
            {b.origin} · {b.shippingMethod === "AIR" ? "Air" : "Sea"} · cut-off {formatDateTime(b.cutoffAt)}
            {b.status === "OPEN" || b.status === "DRAFT" ? (
              <>
                {" "}
                (<Countdown target={b.cutoffAt} serverNow={serverNow} prefix="closes in" />)
              </>
            ) : null}{" "}
            · arrives {formatArrivalWindow(b.arrivalWindowStart, b.arrivalWindowEnd)}
          </p>
        ) : (
          <p className="mt-0.5 text-sm text-ink-muted">Paid from your stock: have these ready for the rider.</p>
        )}
        {counts ? <p className="mt-0.5 text-xs text-ink-muted">{counts}</p> : null}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <p className="md:text-right">
          <span className="text-2xl max-md:mr-1.5 md:block font-extrabold text-ink tabular-nums">
            {b ? g.unitsToProcure : g.unitsToHandOver}
          </span>
          <span className="text-xs text-ink-muted">{b ? "units to procure" : "units to hand over"}</span>
        </p>
        {b ? (
          <Link
            href={`/vendor/orders/batches/${b.code}`}
            className="text-sm font-semibold text-brand-700 hover:underline"
          >
            Packing list
          </Link>
        ) : null}
      </div>
    </header>
  );
}

import { AlertTriangle, CalendarClock, CircleSlash, PackageCheck, Plane, Ship } from "lucide-react";
import type { TOpenBatch } from "@/lib/batches/open-batches";
import type { TVariantOption } from "@/lib/catalog/variant-availability";
import { Countdown } from "@/components/ui/countdown";

// Rendered inside the (client) variant picker, so it must stay free of server imports (types
// only) and light: the arrival window text is formatted on the server and passed in.

/** Where the chosen variant comes from and when it would arrive. */
export function AvailabilityPanel({
  variant,
  batch,
  arrivalText,
  originName,
  serverNow,
}: {
  variant: TVariantOption;
  batch: TOpenBatch | null;
  arrivalText: string | null;
  originName: string;
  serverNow: number;
}) {
  switch (variant.status) {
    case "IN_STOCK":
    case "LOW_STOCK":
      return (
        <Panel tone="brand" icon={<PackageCheck className="h-5 w-5" />} title="In stock in Accra">
          <p>Delivered in 1–3 days, or collect free at our Accra hub.</p>
          {variant.status === "LOW_STOCK" && variant.remaining ? (
            <p className="mt-1 font-semibold text-warning-700">Only {variant.remaining} left</p>
          ) : null}
        </Panel>
      );
    case "SOLD_OUT":
      return (
        <Panel tone="muted" icon={<CircleSlash className="h-5 w-5" />} title="Sold out">
          <p>This option is out of stock. Try another size or colour.</p>
        </Panel>
      );
    case "NO_BATCH":
      return (
        <Panel tone="muted" icon={<CalendarClock className="h-5 w-5" />} title="Pre-orders paused">
          <p>No shipment from {originName} is open right now. Pre-orders reopen with the next batch.</p>
        </Panel>
      );
    case "BATCH_FULL":
      return (
        <Panel tone="warning" icon={<AlertTriangle className="h-5 w-5" />} title="This batch is full">
          <p>
            The vendor cannot source more of this option for the current shipment. Try another option or check back for
            the next batch.
          </p>
        </Panel>
      );
    case "PRE_ORDER": {
      if (!batch) return null;
      const Icon = batch.shippingMethod === "AIR" ? Plane : Ship;
      return (
        <Panel tone="accent" icon={<Icon className="h-5 w-5" />} title={`Pre-order · ships from ${batch.originName}`}>
          <p className="font-semibold text-ink">
            <Countdown
              target={batch.cutoffAt}
              serverNow={serverNow}
              prefix="Order closes in"
              closedText="Ordering for this batch has closed"
            />
          </p>
          <p className="mt-1">
            Estimated arrival in Accra: <span className="font-semibold text-ink">{arrivalText}</span>
          </p>
          <p className="mt-1 text-xs">
            Batch {batch.code} · {batch.shippingMethod === "AIR" ? "air" : "sea"} freight
            {variant.remaining !== null && variant.remaining <= 5
              ? ` · only ${variant.remaining} left in this batch`
              : ""}
          </p>
        </Panel>
      );
    }
  }
}

const TONES = {
  brand: "bg-brand-50 ring-brand-200 [&_.panel-icon]:text-brand-700",
  accent: "bg-accent-100/60 ring-accent-400/50 [&_.panel-icon]:text-accent-600",
  warning: "bg-warning-50 ring-accent-400/40 [&_.panel-icon]:text-warning-700",
  muted: "bg-surface-muted ring-black/10 [&_.panel-icon]:text-ink-muted",
} as const;

function Panel({
  tone,
  icon,
  title,
  children,
}: {
  tone: keyof typeof TONES;
  icon: React.ReactNode;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <div className={`flex gap-3 rounded-card p-4 text-sm text-ink-muted ring-1 ${TONES[tone]}`} role="status">
      <span aria-hidden="true" className="panel-icon mt-0.5 shrink-0">
        {icon}
      </span>
      <div>
        <p className="font-semibold text-ink">{title}</p>
        <div className="mt-1">{children}</div>
      </div>
    </div>
  );
}

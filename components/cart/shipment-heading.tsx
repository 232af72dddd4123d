import { PackageCheck, Ship, Plane } from "lucide-react";
import { formatArrivalWindow, formatDateTime } from "@/lib/dates";
import type { TCartShipment } from "@/lib/cart/types";
import { formatMoney } from "@/lib/money";

function shipmentTitle(s: TCartShipment): string {
  if (!s.batch) return "In stock in Accra";
  return `Pre-order · batch ${s.batch.code} from ${s.batch.originName}`;
}

/** "In stock in Accra — ships now" or the batch with its arrival window and cut-off. */
export function ShipmentHeading({ shipment: s }: { shipment: TCartShipment }) {
  const Icon = !s.batch ? PackageCheck : s.batch.shippingMethod === "AIR" ? Plane : Ship;
  return (
    <div className="flex items-start justify-between gap-3 rounded-control bg-surface-muted px-3 py-2 text-sm">
      <div className="flex gap-2">
        <Icon aria-hidden="true" className="mt-0.5 h-4 w-4 shrink-0 text-brand-700" />
        <div>
          <h3 className="font-semibold">{shipmentTitle(s)}</h3>
          <p className="text-ink-muted">
            {s.batch
              ? `Arrives ${formatArrivalWindow(s.batch.arrivalWindowStart, s.batch.arrivalWindowEnd)} · order by ${formatDateTime(s.batch.cutoffAt)}`
              : "Delivered or ready for pickup in a few days"}
          </p>
        </div>
      </div>
      <p className="font-semibold whitespace-nowrap tabular-nums" data-testid="shipment-subtotal">
        {formatMoney(s.subtotalMinor)}
      </p>
    </div>
  );
}

/** One row of the order summary: a shipment across all vendors and its total. */
export function ShipmentSummary({ shipment: s }: { shipment: TCartShipment }) {
  return (
    <li className="flex justify-between gap-3" data-testid="summary-shipment">
      <span>
        <span className="block font-medium">{s.batch ? `Batch ${s.batch.code}` : "In stock now"}</span>
        <span className="block text-xs text-ink-muted">
          {s.itemCount} {s.itemCount === 1 ? "item" : "items"}
          {s.batch ? ` · arrives ${formatArrivalWindow(s.batch.arrivalWindowStart, s.batch.arrivalWindowEnd)}` : ""}
        </span>
      </span>
      <span className="font-semibold whitespace-nowrap tabular-nums">{formatMoney(s.subtotalMinor)}</span>
    </li>
  );
}

import { KeyRound, MapPin, Phone, Store } from "lucide-react";
import { formatGhanaPhone } from "@/lib/addresses/schemas";
import { formatDate } from "@/lib/dates";
import { formatMoney } from "@/lib/money";
import type { TCustomerOrder } from "@/lib/orders/customer-order-types";

/** Method, where (address or pickup point), and the delivery code once a delivery exists. */
export function OrderDelivery({ delivery }: { delivery: TCustomerOrder["delivery"] }) {
  const d = delivery;
  return (
    <div className="space-y-3 text-sm">
      {d.method === "HOME" ? (
        <div className="flex gap-2">
          <MapPin aria-hidden="true" className="mt-0.5 h-4 w-4 shrink-0 text-ink-muted" />
          <div>
            <p className="font-semibold text-ink">Home delivery{d.zone ? ` · ${d.zone.name}` : ""}</p>
            {d.address ? (
              <address className="text-ink-muted not-italic">
                {d.address.recipientName}
                <br />
                {[d.address.line1, d.address.area].filter(Boolean).join(", ")}
                <br />
                {[d.address.city, d.address.region].filter(Boolean).join(", ")}
                {d.address.gpsAddress ? ` · ${d.address.gpsAddress}` : ""}
                {d.address.landmark ? (
                  <>
                    <br />
                    Landmark: {d.address.landmark}
                  </>
                ) : null}
              </address>
            ) : null}
            {d.zone ? (
              <p className="mt-1 text-xs text-ink-muted">
                Fee {d.zone.feeMinor === 0 ? "free" : formatMoney(d.zone.feeMinor)} · usually {d.zone.etaDays}{" "}
                {d.zone.etaDays === 1 ? "day" : "days"} after items are ready
              </p>
            ) : null}
          </div>
        </div>
      ) : d.pickupPoint ? (
        <div className="flex gap-2">
          <Store aria-hidden="true" className="mt-0.5 h-4 w-4 shrink-0 text-ink-muted" />
          <div>
            <p className="font-semibold text-ink">Pickup · {d.pickupPoint.name}</p>
            <p className="text-ink-muted">
              {d.pickupPoint.address}, {d.pickupPoint.city}
            </p>
            <p className="text-xs text-ink-muted">{d.pickupPoint.openingHours}</p>
          </div>
        </div>
      ) : null}
      <p className="flex items-center gap-2 text-ink-muted">
        <Phone aria-hidden="true" className="h-4 w-4 shrink-0" /> We text updates to {formatGhanaPhone(d.contactPhone)}
      </p>
      {d.code ? (
        <div className="flex items-center gap-3 rounded-control bg-accent-100 px-3 py-2.5">
          <KeyRound aria-hidden="true" className="h-5 w-5 shrink-0 text-accent-600" />
          <div>
            <p className="text-xs font-medium text-ink">Delivery code — give it to the rider</p>
            <p className="font-mono text-xl font-bold tracking-[0.3em] text-ink">{d.code}</p>
          </div>
        </div>
      ) : null}
      {d.deliveredAt ? (
        <p className="text-ink-muted">Delivered {formatDate(d.deliveredAt)}</p>
      ) : d.scheduledFor ? (
        <p className="text-ink-muted">Scheduled for {formatDate(d.scheduledFor, "EEE d MMM")}</p>
      ) : null}
    </div>
  );
}

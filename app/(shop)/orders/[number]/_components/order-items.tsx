import { Package, Plane, Ship, Store } from "lucide-react";
import Image from "next/image";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { LINE_STATUS, labelOf } from "@/components/orders/labels";
import { formatArrivalWindow, formatDate } from "@/lib/dates";
import { formatMoney } from "@/lib/money";
import type { TCustomerShipment, TCustomerVendorGroup } from "@/lib/orders/customer-order-types";

/** Items grouped by vendor, then by shipment (ready stock, or a batch with its arrival window). */
export function OrderItems({ vendors }: { vendors: TCustomerVendorGroup[] }) {
  return (
    <div className="space-y-4">
      {vendors.map((v) => (
        <section
          key={v.vendorSlug}
          aria-label={`Items from ${v.vendorName}`}
          className="overflow-hidden rounded-card bg-surface shadow-card ring-1 ring-black/5"
        >
          <h3 className="flex items-center gap-2 border-b border-black/5 px-4 py-3 text-sm font-semibold text-ink">
            <Store aria-hidden="true" className="h-4 w-4 text-ink-muted" />
            <Link href={`/v/${v.vendorSlug}`} className="hover:text-brand-700 hover:underline">
              {v.vendorName}
            </Link>
          </h3>
          {v.shipments.map((s) => (
            <div key={s.key} className="border-b border-black/5 last:border-b-0">
              <ShipmentHeader shipment={s} />
              <ul className="divide-y divide-black/5">
                {s.lines.map((l) => {
                  const st = labelOf(LINE_STATUS, l.status);
                  return (
                    <li key={l.id} className="flex gap-3 px-4 py-3">
                      {l.imageUrl ? (
                        <Image
                          src={l.imageUrl}
                          alt=""
                          width={64}
                          height={64}
                          className="h-16 w-16 shrink-0 rounded-control bg-surface-sunken object-cover"
                        />
                      ) : (
                        <div className="grid h-16 w-16 shrink-0 place-items-center rounded-control bg-surface-sunken text-ink-subtle">
                          <Package aria-hidden="true" className="h-6 w-6" />
                        </div>
                      )}
                      <div className="min-w-0 flex-1">
                        <Link
                          href={`/p/${l.productSlug}`}
                          className="line-clamp-2 text-sm font-medium text-ink hover:text-brand-700 hover:underline"
                        >
                          {l.productTitle}
                        </Link>
                        <p className="text-xs text-ink-muted">
                          {l.variantTitle} · {l.quantity} × {formatMoney(l.unitPriceMinor)}
                        </p>
                        <Badge tone={st.tone} className="mt-1.5">
                          {st.label}
                        </Badge>
                      </div>
                      <p className="shrink-0 text-sm font-semibold text-ink tabular-nums">
                        {formatMoney(l.lineTotalMinor)}
                      </p>
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}

function ShipmentHeader({ shipment }: { shipment: TCustomerShipment }) {
  if (!shipment.batch) {
    return (
      <p className="flex items-center gap-2 bg-surface-muted px-4 py-2 text-xs font-medium text-ink-muted">
        <Package aria-hidden="true" className="h-3.5 w-3.5" /> Ready stock in Ghana · delivered without waiting for a
        shipment
      </p>
    );
  }
  const b = shipment.batch;
  const Icon = b.shippingMethod === "SEA" ? Ship : Plane;
  const isOpen = b.status === "OPEN";
  return (
    <p className="flex flex-wrap items-center gap-x-2 gap-y-0.5 bg-surface-muted px-4 py-2 text-xs text-ink-muted">
      <Icon aria-hidden="true" className="h-3.5 w-3.5" />
      <span className="font-medium text-ink">Shipment {b.code}</span>
      <span>· arrives {formatArrivalWindow(b.arrivalWindowStart, b.arrivalWindowEnd)}</span>
      {isOpen ? <span>· leaves after {formatDate(b.cutoffAt, "d MMM")}</span> : null}
    </p>
  );
}

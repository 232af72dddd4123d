import { MapPin, Phone } from "lucide-react";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { formatGhanaPhone } from "@/lib/addresses/schemas";
import type { TAddress } from "@/lib/addresses/types";
import { formatMoney } from "@/lib/money";

/** The text of an address, as riders read it (no actions: callers add their own). */
export function AddressSummary({ address, children }: { address: TAddress; children?: ReactNode }) {
  return (
    <div className="min-w-0 flex-1 text-sm">
      <p className="flex flex-wrap items-center gap-2 font-semibold text-ink">
        {address.recipientName}
        {address.label ? <Badge tone="outline">{address.label}</Badge> : null}
        {address.isDefault ? <Badge tone="brand">Default</Badge> : null}
      </p>
      <p className="mt-1 text-ink-muted">
        {address.line1}
        {address.area ? `, ${address.area}` : ""}
      </p>
      <p className="text-ink-muted">
        {address.city}, {address.region}
        {address.gpsAddress ? ` · ${address.gpsAddress}` : ""}
      </p>
      {address.landmark ? <p className="text-ink-muted">Landmark: {address.landmark}</p> : null}
      <p className="mt-1.5 flex flex-wrap items-center gap-x-4 gap-y-1 text-ink-muted">
        <span className="inline-flex items-center gap-1">
          <Phone aria-hidden="true" className="h-3.5 w-3.5" />
          {formatGhanaPhone(address.phone)}
        </span>
        {address.zone ? (
          <span className="inline-flex items-center gap-1">
            <MapPin aria-hidden="true" className="h-3.5 w-3.5" />
            {address.zone.name} ·{" "}
            {address.zone.feeMinor === 0 ? "free delivery" : `${formatMoney(address.zone.feeMinor)} delivery`}
          </span>
        ) : (
          <span className="text-warning-700">No delivery zone — edit to choose one</span>
        )}
      </p>
      {children}
    </div>
  );
}

import Link from "next/link";
import { Search } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

/** A plain GET form: filters live in the URL (shareable, back button works, no JS needed). */
export function DeliveryFilters({
  zones,
  pickupPoints,
  riders,
  values,
}: {
  zones: { id: string; name: string }[];
  pickupPoints: { id: string; name: string; isActive: boolean }[];
  riders: { id: string; name: string }[];
  values: Record<string, string | undefined>;
}) {
  const hasAny = ["q", "zoneId", "pickupPointId", "method", "riderId", "date", "failedOn"].some((k) => values[k]);
  return (
    <form
      method="get"
      action="/admin/deliveries"
      className="mb-4 grid grid-cols-2 gap-3 lg:grid-cols-4 2xl:grid-cols-[1.4fr_1fr_1fr_0.9fr_1fr_1fr_1fr_auto]"
    >
      {values.status ? <input type="hidden" name="status" value={values.status} /> : null}
      <div className="col-span-2 2xl:col-span-1">
        <Label htmlFor="df-q">Order or customer</Label>
        <div className="relative">
          <Search
            aria-hidden="true"
            className="pointer-events-none absolute top-1/2 left-3 h-4 w-4 -translate-y-1/2 text-ink-muted"
          />
          <Input
            id="df-q"
            name="q"
            type="search"
            placeholder="Order number, name or phone"
            defaultValue={values.q ?? ""}
            className="pl-9"
          />
        </div>
      </div>
      <div>
        <Label htmlFor="df-zone">Zone</Label>
        <Select id="df-zone" name="zoneId" defaultValue={values.zoneId ?? ""}>
          <option value="">All zones</option>
          {zones.map((z) => (
            <option key={z.id} value={z.id}>
              {z.name}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <Label htmlFor="df-pickup">Pickup point</Label>
        <Select id="df-pickup" name="pickupPointId" defaultValue={values.pickupPointId ?? ""}>
          <option value="">All pickup points</option>
          {pickupPoints.map((p) => (
            <option key={p.id} value={p.id}>
              {p.isActive ? p.name : `${p.name} (closed)`}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <Label htmlFor="df-method">Method</Label>
        <Select id="df-method" name="method" defaultValue={values.method ?? ""}>
          <option value="">Home and pickup</option>
          <option value="HOME">Home delivery</option>
          <option value="PICKUP">Pickup</option>
        </Select>
      </div>
      <div>
        <Label htmlFor="df-rider">Rider</Label>
        <Select id="df-rider" name="riderId" defaultValue={values.riderId ?? ""}>
          <option value="">All riders</option>
          {riders.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <Label htmlFor="df-date">Scheduled on</Label>
        <Input id="df-date" name="date" type="date" defaultValue={values.date ?? ""} />
      </div>
      <div>
        <Label htmlFor="df-failed">Failed on</Label>
        <Input id="df-failed" name="failedOn" type="date" defaultValue={values.failedOn ?? ""} />
      </div>
      <div className="flex items-end gap-2">
        <Button type="submit" variant="outline">
          Filter
        </Button>
        {hasAny ? (
          <Link
            href={values.status ? `/admin/deliveries?status=${values.status}` : "/admin/deliveries"}
            className="inline-flex h-11 items-center px-2 text-sm font-semibold text-brand-700 hover:underline"
          >
            Reset
          </Link>
        ) : null}
      </div>
    </form>
  );
}

import { FilterActions, FilterDate, FilterSearch, FilterSelect } from "@/components/ui/filter-fields";

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
      <FilterSearch
        id="df-q"
        name="q"
        label="Order or customer"
        placeholder="Order number, name or phone"
        defaultValue={values.q}
        className="col-span-2 2xl:col-span-1"
      />
      <FilterSelect
        id="df-zone"
        name="zoneId"
        label="Zone"
        allLabel="All zones"
        options={zones.map((z) => ({ value: z.id, label: z.name }))}
        defaultValue={values.zoneId}
      />
      <FilterSelect
        id="df-pickup"
        name="pickupPointId"
        label="Pickup point"
        allLabel="All pickup points"
        options={pickupPoints.map((p) => ({ value: p.id, label: p.isActive ? p.name : `${p.name} (closed)` }))}
        defaultValue={values.pickupPointId}
      />
      <FilterSelect
        id="df-method"
        name="method"
        label="Method"
        allLabel="Home and pickup"
        options={[
          { value: "HOME", label: "Home delivery" },
          { value: "PICKUP", label: "Pickup" },
        ]}
        defaultValue={values.method}
      />
      <FilterSelect
        id="df-rider"
        name="riderId"
        label="Rider"
        allLabel="All riders"
        options={riders.map((r) => ({ value: r.id, label: r.name }))}
        defaultValue={values.riderId}
      />
      <FilterDate id="df-date" name="date" label="Scheduled on" defaultValue={values.date} />
      <FilterDate id="df-failed" name="failedOn" label="Failed on" defaultValue={values.failedOn} />
      <FilterActions
        resetHref={hasAny ? (values.status ? `/admin/deliveries?status=${values.status}` : "/admin/deliveries") : null}
      />
    </form>
  );
}

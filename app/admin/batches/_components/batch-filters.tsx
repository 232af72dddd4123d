import { FilterActions, FilterDate, FilterSearch, FilterSelect } from "@/components/ui/filter-fields";

/** A plain GET form: filters live in the URL (shareable, back button works, no JS needed). */
export function BatchFilters({
  origins,
  values,
}: {
  origins: { id: string; name: string }[];
  values: Record<string, string | undefined>;
}) {
  const hasAny = ["q", "originId", "method", "cutoffFrom", "cutoffTo"].some((k) => values[k]);
  return (
    <form
      method="get"
      action="/admin/batches"
      className="mb-4 grid grid-cols-2 gap-3 lg:grid-cols-[1.4fr_1fr_0.8fr_1fr_1fr_auto]"
    >
      {values.status ? <input type="hidden" name="status" value={values.status} /> : null}
      {values.attention ? <input type="hidden" name="attention" value={values.attention} /> : null}
      <FilterSearch
        id="bf-q"
        name="q"
        label="Code"
        placeholder="e.g. LDN-AIR"
        defaultValue={values.q}
        className="col-span-2 lg:col-span-1"
      />
      <FilterSelect
        id="bf-origin"
        name="originId"
        label="Origin"
        allLabel="All origins"
        options={origins.map((o) => ({ value: o.id, label: o.name }))}
        defaultValue={values.originId}
      />
      <FilterSelect
        id="bf-method"
        name="method"
        label="Method"
        allLabel="Air and sea"
        options={[
          { value: "AIR", label: "Air" },
          { value: "SEA", label: "Sea" },
        ]}
        defaultValue={values.method}
      />
      <FilterDate id="bf-from" name="cutoffFrom" label="Cut-off from" defaultValue={values.cutoffFrom} />
      <FilterDate id="bf-to" name="cutoffTo" label="Cut-off before" defaultValue={values.cutoffTo} />
      <FilterActions
        className="col-span-2 lg:col-span-1"
        resetHref={hasAny ? (values.status ? `/admin/batches?status=${values.status}` : "/admin/batches") : null}
      />
    </form>
  );
}

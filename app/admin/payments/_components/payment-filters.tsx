import { CHANNEL, PAYMENT_KIND } from "@/components/orders/labels";
import { FilterActions, FilterDate, FilterSearch, FilterSelect, optionsOf } from "@/components/ui/filter-fields";
import { hrefWith } from "@/components/ui/pagination";

/** A plain GET form: filters live in the URL (shareable, back button works, no JS needed). */
export function PaymentFilters({ values }: { values: Record<string, string | undefined> }) {
  const hasAny = ["q", "kind", "channel", "from", "to"].some((k) => values[k]);
  return (
    <form method="get" action="/admin/payments" className="mb-4 grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
      {values.status ? <input type="hidden" name="status" value={values.status} /> : null}
      {values.review ? <input type="hidden" name="review" value={values.review} /> : null}
      <FilterSearch
        id="pf-q"
        name="q"
        label="Search"
        placeholder="Payment reference or order number"
        defaultValue={values.q}
        className="col-span-2 md:col-span-3 xl:col-span-2"
      />
      <FilterSelect
        id="pf-kind"
        name="kind"
        label="Kind"
        allLabel="All kinds"
        options={optionsOf(PAYMENT_KIND)}
        defaultValue={values.kind}
      />
      <FilterSelect
        id="pf-channel"
        name="channel"
        label="Channel"
        allLabel="All channels"
        options={optionsOf(CHANNEL)}
        defaultValue={values.channel}
      />
      <FilterDate id="pf-from" name="from" label="Started from" defaultValue={values.from} />
      <FilterDate id="pf-to" name="to" label="Started to" defaultValue={values.to} />
      <FilterActions
        className="col-span-2 md:col-span-3 xl:col-span-6"
        resetHref={hasAny ? hrefWith("/admin/payments", { status: values.status, review: values.review }, {}) : null}
      />
    </form>
  );
}

import { FilterActions, FilterSearch, FilterSelect, optionsOf } from "@/components/ui/filter-fields";
import { VENDOR_BATCH_STATUS_LABEL } from "./status-badges";

/** A plain GET form: filters live in the URL (shareable, back button works, no JS needed). */
export function OrderLineFilters({ values }: { values: Record<string, string | undefined> }) {
  const hasAny = ["q", "batchStatus", "batch"].some((k) => values[k]);
  const { DRAFT: _draft, ...statuses } = VENDOR_BATCH_STATUS_LABEL;
  return (
    <form method="get" action="/vendor/orders" className="mb-4 grid grid-cols-2 gap-3 lg:grid-cols-[2fr_1fr_auto]">
      {values.tab ? <input type="hidden" name="tab" value={values.tab} /> : null}
      {values.batch ? <input type="hidden" name="batch" value={values.batch} /> : null}
      <FilterSearch
        id="vo-q"
        name="q"
        label="Search"
        placeholder="Order number, SKU or product"
        defaultValue={values.q}
        className="col-span-2 lg:col-span-1"
      />
      <FilterSelect
        id="vo-batch-status"
        name="batchStatus"
        label="Batch status"
        allLabel="Any batch, and in stock"
        options={optionsOf(statuses)}
        defaultValue={values.batchStatus}
      />
      <FilterActions resetHref={hasAny ? (values.tab ? `/vendor/orders?tab=${values.tab}` : "/vendor/orders") : null} />
    </form>
  );
}

import { FilterActions, FilterSearch, FilterSelect } from "@/components/ui/filter-fields";

/** A plain GET form: the search and the sort live in the URL; the status tab is kept. */
export function VendorFilters({ values }: { values: Record<string, string | undefined> }) {
  const hasAny = Boolean(values.q || values.sort);
  return (
    <form
      method="get"
      action="/admin/vendors"
      role="search"
      className="mb-4 grid grid-cols-2 gap-3 sm:grid-cols-[1fr_14rem_auto]"
    >
      {values.status ? <input type="hidden" name="status" value={values.status} /> : null}
      <FilterSearch
        id="vf-q"
        name="q"
        label="Search"
        placeholder="Name or email"
        defaultValue={values.q}
        className="col-span-2 sm:col-span-1"
      />
      <FilterSelect
        id="vf-sort"
        name="sort"
        label="Sort"
        allLabel="Newest first"
        options={[{ value: "reliability", label: "Reliability ranking" }]}
        defaultValue={values.sort === "reliability" ? "reliability" : ""}
      />
      <FilterActions
        resetHref={hasAny ? (values.status ? `/admin/vendors?status=${values.status}` : "/admin/vendors") : null}
      />
    </form>
  );
}

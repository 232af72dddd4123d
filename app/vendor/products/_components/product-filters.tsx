import { FilterActions, FilterSearch, FilterSelect } from "@/components/ui/filter-fields";

/** A plain GET form: filters live in the URL (shareable, back button works, no JS needed). */
export function ProductFilters({
  categories,
  values,
}: {
  categories: { value: string; label: string }[];
  values: Record<string, string | undefined>;
}) {
  const hasAny = ["q", "categoryId"].some((k) => values[k]);
  return (
    <form method="get" action="/vendor/products" className="mb-4 grid grid-cols-2 gap-3 lg:grid-cols-[1.6fr_1fr_auto]">
      {values.status ? <input type="hidden" name="status" value={values.status} /> : null}
      <FilterSearch
        id="pf-q"
        name="q"
        label="Search"
        placeholder="Title or SKU"
        defaultValue={values.q}
        className="col-span-2 lg:col-span-1"
      />
      <FilterSelect
        id="pf-category"
        name="categoryId"
        label="Category"
        allLabel="All categories"
        options={categories}
        defaultValue={values.categoryId}
      />
      <FilterActions
        resetHref={hasAny ? (values.status ? `/vendor/products?status=${values.status}` : "/vendor/products") : null}
      />
    </form>
  );
}

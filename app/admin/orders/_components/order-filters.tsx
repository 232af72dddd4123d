import { FilterActions, FilterDate, FilterSearch, FilterSelect } from "@/components/ui/filter-fields";
import { Input, Label } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

/** A plain GET form: filters live in the URL (shareable, back button works, no JS needed). */
export function OrderFilters({
  vendors,
  values,
}: {
  vendors: { id: string; name: string }[];
  values: Record<string, string | undefined>;
}) {
  const hasAny = ["q", "batch", "vendorId", "plan", "balance", "from", "to", "sort"].some((k) => values[k]);
  return (
    <form method="get" action="/admin/orders" className="mb-4 grid grid-cols-2 gap-3 md:grid-cols-4 xl:grid-cols-6">
      {values.status ? <input type="hidden" name="status" value={values.status} /> : null}
      <FilterSearch
        id="of-q"
        name="q"
        label="Search"
        placeholder="Order, name, e-mail, phone or payment ref"
        defaultValue={values.q}
        className="col-span-2 md:col-span-4 xl:col-span-2"
      />
      <div>
        <Label htmlFor="of-batch">Batch</Label>
        <Input id="of-batch" name="batch" placeholder="Code" defaultValue={values.batch ?? ""} autoComplete="off" />
      </div>
      <FilterSelect
        id="of-vendor"
        name="vendorId"
        label="Vendor"
        allLabel="All vendors"
        options={vendors.map((v) => ({ value: v.id, label: v.name }))}
        defaultValue={values.vendorId}
      />
      <FilterSelect
        id="of-plan"
        name="plan"
        label="Payment"
        allLabel="Full and deposit"
        options={[
          { value: "FULL", label: "Paid in full" },
          { value: "DEPOSIT", label: "Deposit" },
        ]}
        defaultValue={values.plan}
      />
      <FilterSelect
        id="of-balance"
        name="balance"
        label="Balance"
        allLabel="Any"
        options={[{ value: "due", label: "Balance due" }]}
        defaultValue={values.balance}
      />
      <FilterDate id="of-from" name="from" label="Placed from" defaultValue={values.from} />
      <FilterDate id="of-to" name="to" label="Placed to" defaultValue={values.to} />
      <div>
        <Label htmlFor="of-sort">Sort</Label>
        <Select id="of-sort" name="sort" defaultValue={values.sort ?? "newest"}>
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
          <option value="total-desc">Largest total</option>
          <option value="total-asc">Smallest total</option>
        </Select>
      </div>
      <FilterActions
        className="col-span-2 md:col-span-4 xl:col-span-2"
        resetHref={hasAny ? (values.status ? `/admin/orders?status=${values.status}` : "/admin/orders") : null}
      />
    </form>
  );
}

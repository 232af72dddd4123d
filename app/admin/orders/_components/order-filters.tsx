import Link from "next/link";
import { Search } from "lucide-react";
import { Button } from "@/components/ui/button";
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
      <div className="col-span-2 md:col-span-4 xl:col-span-2">
        <Label htmlFor="of-q">Search</Label>
        <div className="relative">
          <Search
            aria-hidden="true"
            className="pointer-events-none absolute top-1/2 left-3 h-4 w-4 -translate-y-1/2 text-ink-muted"
          />
          <Input
            id="of-q"
            name="q"
            type="search"
            placeholder="Order, name, e-mail, phone or payment ref"
            defaultValue={values.q ?? ""}
            className="pl-9"
          />
        </div>
      </div>
      <div>
        <Label htmlFor="of-batch">Batch</Label>
        <Input id="of-batch" name="batch" placeholder="Code" defaultValue={values.batch ?? ""} autoComplete="off" />
      </div>
      <div>
        <Label htmlFor="of-vendor">Vendor</Label>
        <Select id="of-vendor" name="vendorId" defaultValue={values.vendorId ?? ""}>
          <option value="">All vendors</option>
          {vendors.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <Label htmlFor="of-plan">Payment</Label>
        <Select id="of-plan" name="plan" defaultValue={values.plan ?? ""}>
          <option value="">Full and deposit</option>
          <option value="FULL">Paid in full</option>
          <option value="DEPOSIT">Deposit</option>
        </Select>
      </div>
      <div>
        <Label htmlFor="of-balance">Balance</Label>
        <Select id="of-balance" name="balance" defaultValue={values.balance ?? ""}>
          <option value="">Any</option>
          <option value="due">Balance due</option>
        </Select>
      </div>
      <div>
        <Label htmlFor="of-from">Placed from</Label>
        <Input id="of-from" name="from" type="date" defaultValue={values.from ?? ""} />
      </div>
      <div>
        <Label htmlFor="of-to">Placed to</Label>
        <Input id="of-to" name="to" type="date" defaultValue={values.to ?? ""} />
      </div>
      <div>
        <Label htmlFor="of-sort">Sort</Label>
        <Select id="of-sort" name="sort" defaultValue={values.sort ?? "newest"}>
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
          <option value="total-desc">Largest total</option>
          <option value="total-asc">Smallest total</option>
        </Select>
      </div>
      <div className="col-span-2 flex items-end gap-2 md:col-span-4 xl:col-span-2">
        <Button type="submit" variant="outline">
          Filter
        </Button>
        {hasAny ? (
          <Link
            href={values.status ? `/admin/orders?status=${values.status}` : "/admin/orders"}
            className="inline-flex h-11 items-center px-2 text-sm font-semibold text-brand-700 hover:underline"
          >
            Reset
          </Link>
        ) : null}
      </div>
    </form>
  );
}

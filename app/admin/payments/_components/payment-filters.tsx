import Link from "next/link";
import { Search } from "lucide-react";
import { CHANNEL, PAYMENT_KIND } from "@/components/orders/labels";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { hrefWith } from "@/components/ui/pagination";

/** A plain GET form: filters live in the URL (shareable, back button works, no JS needed). */
export function PaymentFilters({ values }: { values: Record<string, string | undefined> }) {
  const hasAny = ["q", "kind", "channel", "from", "to"].some((k) => values[k]);
  return (
    <form method="get" action="/admin/payments" className="mb-4 grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
      {values.status ? <input type="hidden" name="status" value={values.status} /> : null}
      {values.review ? <input type="hidden" name="review" value={values.review} /> : null}
      <div className="col-span-2 md:col-span-3 xl:col-span-2">
        <Label htmlFor="pf-q">Search</Label>
        <div className="relative">
          <Search
            aria-hidden="true"
            className="pointer-events-none absolute top-1/2 left-3 h-4 w-4 -translate-y-1/2 text-ink-muted"
          />
          <Input
            id="pf-q"
            name="q"
            type="search"
            placeholder="Payment reference or order number"
            defaultValue={values.q ?? ""}
            className="pl-9"
          />
        </div>
      </div>
      <div>
        <Label htmlFor="pf-kind">Kind</Label>
        <Select id="pf-kind" name="kind" defaultValue={values.kind ?? ""}>
          <option value="">All kinds</option>
          {Object.entries(PAYMENT_KIND).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <Label htmlFor="pf-channel">Channel</Label>
        <Select id="pf-channel" name="channel" defaultValue={values.channel ?? ""}>
          <option value="">All channels</option>
          {Object.entries(CHANNEL).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <Label htmlFor="pf-from">Started from</Label>
        <Input id="pf-from" name="from" type="date" defaultValue={values.from ?? ""} />
      </div>
      <div>
        <Label htmlFor="pf-to">Started to</Label>
        <Input id="pf-to" name="to" type="date" defaultValue={values.to ?? ""} />
      </div>
      <div className="col-span-2 flex items-end gap-2 md:col-span-3 xl:col-span-6">
        <Button type="submit" variant="outline">
          Filter
        </Button>
        {hasAny ? (
          <Link
            href={hrefWith("/admin/payments", { status: values.status, review: values.review }, {})}
            className="inline-flex h-11 items-center px-2 text-sm font-semibold text-brand-700 hover:underline"
          >
            Reset
          </Link>
        ) : null}
      </div>
    </form>
  );
}

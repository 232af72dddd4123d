import Link from "next/link";
import { Search } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

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
      <div className="col-span-2 lg:col-span-1">
        <Label htmlFor="bf-q">Code</Label>
        <div className="relative">
          <Search
            aria-hidden="true"
            className="pointer-events-none absolute top-1/2 left-3 h-4 w-4 -translate-y-1/2 text-ink-muted"
          />
          <Input
            id="bf-q"
            name="q"
            type="search"
            placeholder="e.g. LDN-AIR"
            defaultValue={values.q ?? ""}
            className="pl-9"
          />
        </div>
      </div>
      <div>
        <Label htmlFor="bf-origin">Origin</Label>
        <Select id="bf-origin" name="originId" defaultValue={values.originId ?? ""}>
          <option value="">All origins</option>
          {origins.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <Label htmlFor="bf-method">Method</Label>
        <Select id="bf-method" name="method" defaultValue={values.method ?? ""}>
          <option value="">Air and sea</option>
          <option value="AIR">Air</option>
          <option value="SEA">Sea</option>
        </Select>
      </div>
      <div>
        <Label htmlFor="bf-from">Cut-off from</Label>
        <Input id="bf-from" name="cutoffFrom" type="date" defaultValue={values.cutoffFrom ?? ""} />
      </div>
      <div>
        <Label htmlFor="bf-to">Cut-off before</Label>
        <Input id="bf-to" name="cutoffTo" type="date" defaultValue={values.cutoffTo ?? ""} />
      </div>
      <div className="col-span-2 flex items-end gap-2 lg:col-span-1">
        <Button type="submit" variant="outline">
          Filter
        </Button>
        {hasAny ? (
          <Link
            href={values.status ? `/admin/batches?status=${values.status}` : "/admin/batches"}
            className="inline-flex h-11 items-center px-2 text-sm font-semibold text-brand-700 hover:underline"
          >
            Reset
          </Link>
        ) : null}
      </div>
    </form>
  );
}

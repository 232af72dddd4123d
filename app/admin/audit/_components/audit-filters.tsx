import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";

const KEYS = ["actor", "action", "entityType", "entityId", "from", "to"] as const;

/** A plain GET form: filters live in the URL (shareable, back button works, no JS needed). */
export function AuditFilters({ values }: { values: Record<string, string | undefined> }) {
  const hasAny = KEYS.some((k) => values[k]);
  return (
    <form method="get" action="/admin/audit" className="mb-4 grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
      <div className="col-span-2 md:col-span-1">
        <Label htmlFor="af-actor">Who</Label>
        <Input id="af-actor" name="actor" placeholder="Email, name or user id" defaultValue={values.actor ?? ""} />
      </div>
      <div>
        <Label htmlFor="af-action">Action</Label>
        <Input id="af-action" name="action" placeholder="batch.cancel or batch." defaultValue={values.action ?? ""} />
      </div>
      <div>
        <Label htmlFor="af-type">Entity type</Label>
        <Input id="af-type" name="entityType" placeholder="Order, Batch…" defaultValue={values.entityType ?? ""} />
      </div>
      <div className="col-span-2 md:col-span-1">
        <Label htmlFor="af-id">Entity id</Label>
        <Input id="af-id" name="entityId" placeholder="Id or number" defaultValue={values.entityId ?? ""} />
      </div>
      <div>
        <Label htmlFor="af-from">From</Label>
        <Input id="af-from" name="from" type="date" defaultValue={values.from ?? ""} />
      </div>
      <div>
        <Label htmlFor="af-to">To</Label>
        <Input id="af-to" name="to" type="date" defaultValue={values.to ?? ""} />
      </div>
      <div className="col-span-2 flex items-center gap-3 md:col-span-3 xl:col-span-6">
        <Button type="submit">Filter</Button>
        {hasAny ? (
          <Link href="/admin/audit" className="text-sm font-semibold text-brand-700 underline">
            Clear the filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}

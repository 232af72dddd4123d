import Link from "next/link";
import { Search } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { StatusTab } from "@/components/ui/list-controls";
import { hrefWith } from "@/components/ui/pagination";

/** Active / inactive tabs with counts and a search box, all in the URL (a plain GET form). */
export function ListToolbar({
  pathname,
  values,
  counts,
  placeholder,
  label,
}: {
  pathname: string;
  values: { q?: string | undefined; status?: string | undefined };
  counts: { all: number; active: number; inactive: number };
  placeholder: string;
  label: string;
}) {
  const kept = { q: values.q };
  return (
    <div className="mb-4 flex flex-col gap-3 md:flex-row md:items-center md:justify-between">
      <nav aria-label={`${label} status`} className="-mx-1 flex gap-1 overflow-x-auto px-1 pb-1">
        <StatusTab href={hrefWith(pathname, kept, {})} active={!values.status} label="All" count={counts.all} />
        <StatusTab
          href={hrefWith(pathname, kept, { status: "active" })}
          active={values.status === "active"}
          label="Active"
          count={counts.active}
        />
        <StatusTab
          href={hrefWith(pathname, kept, { status: "inactive" })}
          active={values.status === "inactive"}
          label="Inactive"
          count={counts.inactive}
        />
      </nav>
      <form method="get" action={pathname} role="search" className="flex gap-2 md:w-96">
        {values.status ? <input type="hidden" name="status" value={values.status} /> : null}
        <div className="relative flex-1">
          <label htmlFor={`${pathname}-q`} className="sr-only">
            Search {label.toLowerCase()}
          </label>
          <Search
            aria-hidden="true"
            className="pointer-events-none absolute top-1/2 left-3 h-4 w-4 -translate-y-1/2 text-ink-muted"
          />
          <Input
            id={`${pathname}-q`}
            name="q"
            type="search"
            placeholder={placeholder}
            defaultValue={values.q ?? ""}
            className="pl-9"
          />
        </div>
        <Button type="submit" variant="outline">
          Search
        </Button>
        {values.q ? (
          <Link
            href={hrefWith(pathname, { status: values.status }, {})}
            className="inline-flex h-11 items-center px-1 text-sm font-semibold text-brand-700 hover:underline"
          >
            Clear
          </Link>
        ) : null}
      </form>
    </div>
  );
}

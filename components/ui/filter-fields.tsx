import Link from "next/link";
import { Search } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { cn } from "@/lib/cn";

// The fields of the admin lists' filter forms: plain GET forms whose values live in the URL
// (shareable, the back button works, no JS needed). Each is a labelled cell of the form's grid.

type TField = { id: string; name: string; label: string; defaultValue?: string; className?: string };

export function FilterSearch({ placeholder, ...f }: TField & { placeholder: string }) {
  return (
    <div className={f.className}>
      <Label htmlFor={f.id}>{f.label}</Label>
      <div className="relative">
        <Search
          aria-hidden="true"
          className="pointer-events-none absolute top-1/2 left-3 h-4 w-4 -translate-y-1/2 text-ink-muted"
        />
        <Input
          id={f.id}
          name={f.name}
          type="search"
          placeholder={placeholder}
          defaultValue={f.defaultValue ?? ""}
          className="pl-9"
        />
      </div>
    </div>
  );
}

/** A select whose first option ("All …", value "") means no filter. */
export function FilterSelect({
  allLabel,
  options,
  ...f
}: TField & { allLabel: string; options: { value: string; label: string }[] }) {
  return (
    <div className={f.className}>
      <Label htmlFor={f.id}>{f.label}</Label>
      <Select id={f.id} name={f.name} defaultValue={f.defaultValue ?? ""}>
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </div>
  );
}

export function FilterDate(f: TField) {
  return (
    <div className={f.className}>
      <Label htmlFor={f.id}>{f.label}</Label>
      <Input id={f.id} name={f.name} type="date" defaultValue={f.defaultValue ?? ""} />
    </div>
  );
}

/** Submit, and "Reset" back to resetHref when any filter is set (null: nothing to reset). */
export function FilterActions({ resetHref, className }: { resetHref: string | null; className?: string }) {
  return (
    <div className={cn("flex items-end gap-2", className)}>
      <Button type="submit" variant="outline">
        Filter
      </Button>
      {resetHref ? (
        <Link
          href={resetHref}
          className="inline-flex h-11 items-center px-2 text-sm font-semibold text-brand-700 hover:underline"
        >
          Reset
        </Link>
      ) : null}
    </div>
  );
}

/** Label → option list for FilterSelect. */
export function optionsOf(labels: Record<string, string>) {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}

// The pieces the zones and pickup-points list pages share: the sub-navigation, the filter
// warning and the status/search toolbar; the empty state (nothing yet, or nothing matches);
// and the desktop table's frame and header row.
import type { ComponentProps, ReactNode } from "react";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { cn } from "@/lib/cn";
import { DeliveriesSubnav } from "../zones/_components/deliveries-subnav";
import { ListToolbar } from "../zones/_components/list-toolbar";

type TPath = ComponentProps<typeof DeliveriesSubnav>["current"];

/** Sub-navigation, a warning when the filters in the URL were not understood, then the toolbar. */
export function RecordListTop({
  path,
  filtersUnderstood,
  filters,
  counts,
  label,
  placeholder,
}: {
  path: TPath;
  filtersUnderstood: boolean;
  filters: ComponentProps<typeof ListToolbar>["values"];
  counts: ComponentProps<typeof ListToolbar>["counts"];
  label: string;
  placeholder: string;
}) {
  return (
    <>
      <DeliveriesSubnav current={path} />
      {!filtersUnderstood ? (
        <p role="alert" className="mb-4 rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
          Some filters were not understood and were ignored.
        </p>
      ) : null}
      <ListToolbar pathname={path} values={filters} counts={counts} label={label} placeholder={placeholder} />
    </>
  );
}

/**
 * No rows to show: when filters hide records that exist, it says nothing matches and links
 * back to the whole list; when there are none at all, it says why to add one and offers to.
 */
export function RecordListEmpty({
  path,
  icon,
  isFiltered,
  total,
  noMatchTitle,
  showAllLabel,
  emptyTitle,
  emptyText,
  newButton,
}: {
  path: TPath;
  icon: ReactNode;
  isFiltered: boolean;
  /** Records that exist at all, whatever the filters. */
  total: number;
  noMatchTitle: string;
  showAllLabel: string;
  emptyTitle: string;
  emptyText: string;
  newButton: ReactNode;
}) {
  const noMatch = isFiltered && total > 0;
  return (
    <Card>
      <EmptyState
        icon={icon}
        title={noMatch ? noMatchTitle : emptyTitle}
        action={isFiltered || total > 0 ? undefined : newButton}
      >
        {noMatch ? (
          <Link href={path} className="font-semibold text-brand-700 underline">
            {showAllLabel}
          </Link>
        ) : (
          emptyText
        )}
      </EmptyState>
    </Card>
  );
}

export type TRecordColumn = { label: string; alignRight?: boolean; srOnly?: boolean };

/** The desktop table (md and up): caption for screen readers, the header row, then the rows. */
export function RecordTable({
  className,
  caption,
  columns,
  children,
}: {
  /** The table's minimum width, e.g. "min-w-[820px]". */
  className: string;
  caption: string;
  columns: TRecordColumn[];
  children: ReactNode;
}) {
  return (
    <Card className="hidden overflow-x-auto md:block">
      <table className={cn("w-full text-left text-sm", className)}>
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-black/10 text-xs tracking-wide text-ink-muted uppercase">
          <tr>
            {columns.map((c) => (
              <th
                key={c.label}
                scope="col"
                className={cn("px-3 py-3 font-semibold whitespace-nowrap", c.alignRight && "text-right")}
              >
                {c.srOnly ? <span className="sr-only">{c.label}</span> : c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-black/5">{children}</tbody>
      </table>
    </Card>
  );
}

/** A table row: inactive records are greyed. */
export const recordRowClass = (isActive: boolean) =>
  isActive ? "hover:bg-surface-muted" : "bg-surface-muted/60 text-ink-muted";

/** A mobile card's frame (below md). */
export const RECORD_CARD_CLASS = "rounded-card bg-surface p-4 shadow-card ring-1 ring-black/5";

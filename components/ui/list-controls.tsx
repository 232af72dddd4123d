import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { hrefWith } from "@/components/ui/pagination";
import { cleanText } from "@/lib/http/text";

// Pieces every dashboard list shares: filters live in the URL (shareable, the back button
// works, no JS needed), status tabs with counts, and keyset "First page / Next page" links.

/**
 * A page's searchParams as one string per key (first value; empty means absent), with NUL
 * characters and unpaired surrogates cleaned out (lib/http/text.ts): PostgreSQL cannot store them.
 */
export async function flatSearchParams(
  searchParams: Promise<Record<string, string | string[] | undefined>>,
): Promise<Record<string, string | undefined>> {
  return Object.fromEntries(
    Object.entries(await searchParams).map(([k, v]) => {
      const first = Array.isArray(v) ? v[0] : v;
      return [k, (first === undefined ? "" : cleanText(first)) || undefined];
    }),
  );
}

export function StatusTab({
  href,
  active,
  label,
  count,
}: {
  href: string;
  active: boolean;
  label: string;
  count: number;
}) {
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={
        active
          ? "inline-flex shrink-0 items-center gap-1.5 rounded-pill bg-ink px-3 py-1.5 text-sm font-semibold text-white"
          : "inline-flex shrink-0 items-center gap-1.5 rounded-pill bg-surface px-3 py-1.5 text-sm font-medium text-ink ring-1 ring-black/10 hover:bg-surface-muted"
      }
    >
      {label}
      <span className={active ? "tabular-nums text-white/80" : "tabular-nums text-ink-muted"}>{count}</span>
    </Link>
  );
}

/** "First page" while on a later page, "Next page" while there is one; the filters are kept. */
export function KeysetPager({
  pathname,
  params,
  nextCursor,
}: {
  pathname: string;
  /** The current filters, cursor included. */
  params: Record<string, string | undefined>;
  nextCursor: string | null;
}) {
  const { cursor, ...kept } = params;
  const cls = buttonClasses({ variant: "outline", size: "sm" });
  return (
    <div className="mt-4 flex justify-between gap-2 text-sm">
      {cursor ? (
        <Link href={hrefWith(pathname, kept, {})} className={cls}>
          First page
        </Link>
      ) : (
        <span />
      )}
      {nextCursor ? (
        <Link href={hrefWith(pathname, kept, { cursor: nextCursor })} className={cls}>
          Next page
        </Link>
      ) : null}
    </div>
  );
}

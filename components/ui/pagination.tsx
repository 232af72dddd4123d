import Link from "next/link";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/lib/cn";

/** Builds `pathname?…` from the current params with some keys replaced (null removes). */
export function hrefWith(
  pathname: string,
  params: Record<string, string | undefined>,
  changes: Record<string, string | null>,
): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") sp.set(k, v);
  for (const [k, v] of Object.entries(changes)) {
    if (v === null) sp.delete(k);
    else sp.set(k, v);
  }
  const qs = sp.toString();
  return qs ? `${pathname}?${qs}` : pathname;
}

/** Numbered pages with previous/next, as plain links (crawlable, work without JS). */
export function Pagination({
  page,
  pageCount,
  hrefForPage,
}: {
  page: number;
  pageCount: number;
  hrefForPage: (p: number) => string;
}) {
  if (pageCount <= 1) return null;
  const pages = pageWindow(page, pageCount);
  return (
    <nav aria-label="Pagination" className="mt-8 flex items-center justify-center gap-1">
      <PageLink href={page > 1 ? hrefForPage(page - 1) : undefined} label="Previous page">
        <ChevronLeft aria-hidden="true" className="h-4 w-4" />
      </PageLink>
      {pages.map((p, i) =>
        p === "gap" ? (
          <span key={`gap-${i}`} className="px-2 text-ink-subtle" aria-hidden="true">
            …
          </span>
        ) : (
          <Link
            key={p}
            href={hrefForPage(p)}
            aria-current={p === page ? "page" : undefined}
            className={cn(buttonClasses({ variant: p === page ? "primary" : "ghost", size: "sm" }), "min-w-9 px-2")}
          >
            <span className="sr-only">Page </span>
            {p}
          </Link>
        ),
      )}
      <PageLink href={page < pageCount ? hrefForPage(page + 1) : undefined} label="Next page">
        <ChevronRight aria-hidden="true" className="h-4 w-4" />
      </PageLink>
    </nav>
  );
}

function PageLink({ href, label, children }: { href: string | undefined; label: string; children: React.ReactNode }) {
  const cls = cn(buttonClasses({ variant: "outline", size: "sm" }), "w-9 px-0");
  if (!href) {
    return (
      <span aria-disabled="true" aria-label={label} className={cls}>
        {children}
      </span>
    );
  }
  return (
    <Link href={href} aria-label={label} className={cls}>
      {children}
    </Link>
  );
}

function pageWindow(page: number, count: number): (number | "gap")[] {
  const set = new Set([1, count, page - 1, page, page + 1].filter((p) => p >= 1 && p <= count));
  const sorted = [...set].sort((a, b) => a - b);
  const out: (number | "gap")[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - (sorted[i - 1] ?? p) > 1) out.push("gap");
    out.push(p);
  });
  return out;
}

/** "Load more" for cursor lists: a link to the same URL with the next cursor. */
export function LoadMoreLink({ href, label = "Load more" }: { href: string | null; label?: string }) {
  if (!href) return null;
  return (
    <div className="mt-8 flex justify-center">
      <Link href={href} className={buttonClasses({ variant: "outline", size: "lg", className: "min-w-48" })}>
        {label}
      </Link>
    </div>
  );
}

import Link from "next/link";
import { ChevronRight } from "lucide-react";

export type TCrumb = { label: string; href?: string };

export function Breadcrumbs({ items }: { items: TCrumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-ink-muted">
      <ol className="flex flex-wrap items-center gap-1">
        {items.map((c, i) => {
          const isLast = i === items.length - 1;
          return (
            <li key={`${c.label}-${i}`} className="flex items-center gap-1">
              {c.href && !isLast ? (
                <Link href={c.href} className="rounded hover:text-brand-700 hover:underline">
                  {c.label}
                </Link>
              ) : (
                <span
                  aria-current={isLast ? "page" : undefined}
                  className={isLast ? "font-medium text-ink" : undefined}
                >
                  {c.label}
                </span>
              )}
              {isLast ? null : <ChevronRight aria-hidden="true" className="h-3.5 w-3.5 text-ink-subtle" />}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

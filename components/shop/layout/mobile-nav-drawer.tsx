"use client";

import Link from "next/link";
import { ChevronRight, LifeBuoy, Store } from "lucide-react";
import { SheetClose, SheetPanel } from "@/components/ui/sheet";

export type TNavCategory = { slug: string; name: string; children: { slug: string; name: string }[] };

/** The phone menu's drawer: every category and its subcategories (loaded on first open). */
export function MobileNavDrawer({
  categories,
  open,
  onOpenChange,
}: {
  categories: TNavCategory[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  return (
    <SheetPanel side="left" title="Shop by category" open={open} onOpenChange={onOpenChange}>
      <nav aria-label="Categories" className="py-2">
        <ul>
          {categories.map((c) => (
            <li key={c.slug} className="border-b border-black/5 last:border-0">
              <SheetClose>
                <Link
                  href={`/c/${c.slug}`}
                  className="flex items-center justify-between px-4 py-3 text-base font-semibold text-ink hover:bg-surface-muted"
                >
                  {c.name}
                  <ChevronRight aria-hidden="true" className="h-4 w-4 text-ink-muted" />
                </Link>
              </SheetClose>
              {c.children.length ? (
                <ul className="flex flex-wrap gap-2 px-4 pb-3">
                  {c.children.map((s) => (
                    <li key={s.slug}>
                      <SheetClose>
                        <Link
                          href={`/c/${s.slug}`}
                          className="inline-flex h-9 items-center rounded-pill bg-surface-muted px-3 text-sm text-ink hover:bg-brand-50"
                        >
                          {s.name}
                        </Link>
                      </SheetClose>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
        <div className="mt-2 space-y-1 border-t border-black/10 px-2 pt-3">
          <SheetClose>
            <Link
              href="/help"
              className="flex items-center gap-3 rounded-control px-2 py-2.5 text-sm text-ink hover:bg-surface-muted"
            >
              <LifeBuoy aria-hidden="true" className="h-5 w-5 text-ink-muted" /> Help &amp; FAQ
            </Link>
          </SheetClose>
          <SheetClose>
            <Link
              href="/sell"
              className="flex items-center gap-3 rounded-control px-2 py-2.5 text-sm text-ink hover:bg-surface-muted"
            >
              <Store aria-hidden="true" className="h-5 w-5 text-ink-muted" /> Sell on Londom Imports
            </Link>
          </SheetClose>
        </div>
      </nav>
    </SheetPanel>
  );
}

"use client";

import Image from "next/image";
import Form from "next/form";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTopLoader } from "nextjs-toploader";
import { Suspense, useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { Search, Store, Tag, Package } from "lucide-react";
import { cn } from "@/lib/cn";
import { formatMoney } from "@/lib/money";
import type { TSuggestions } from "@/lib/search/types";

type TSuggestion = {
  type: "product" | "category" | "vendor";
  label: string;
  href: string;
  priceMinor?: number;
  imageUrl?: string;
};

/** The answer of /api/v1/search/suggest as one list: categories, vendors, then products. */
function toSuggestionList(s: TSuggestions): TSuggestion[] {
  return [
    ...s.categories.map((c) => ({ type: "category" as const, label: c.name, href: `/c/${c.slug}` })),
    ...s.vendors.map((v) => ({ type: "vendor" as const, label: v.name, href: `/v/${v.slug}` })),
    ...s.products.map((p) => ({
      type: "product" as const,
      label: p.title,
      href: `/p/${p.slug}`,
      priceMinor: p.priceMinor,
      ...(p.image ? { imageUrl: p.image.url } : {}),
    })),
  ].slice(0, 10);
}

const ICONS = { product: Package, category: Tag, vendor: Store } as const;

/**
 * Reports the query of the /search page being shown (back button, a new search). Rendered in
 * the browser only (its Suspense boundary): the header is part of cached pages, whose HTML
 * cannot depend on the query string.
 */
function UrlQuery({ onQuery }: { onQuery: (q: string) => void }) {
  const pathname = usePathname();
  const q = useSearchParams().get("q") ?? "";
  const urlQuery = pathname === "/search" ? q : "";
  useEffect(() => onQuery(urlQuery), [urlQuery, onQuery]);
  return null;
}

/**
 * Header search: a GET form to /search (next/form: a client-side navigation, a plain form
 * submission without JavaScript) enhanced into an ARIA combobox with as-you-type suggestions
 * from /api/v1/search/suggest.
 */
export function SearchBox({ className }: { className?: string }) {
  const router = useRouter();
  const loader = useTopLoader();
  const listId = useId();
  const [q, setQ] = useState("");
  const [items, setItems] = useState<TSuggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const abortRef = useRef<AbortController | null>(null);

  useEffect(() => {
    const term = q.trim();
    if (term.length < 2) {
      setItems([]);
      return;
    }
    // Debounced so a fast typist sends one request, and stale answers are aborted.
    const t = window.setTimeout(
      () =>
        void (async () => {
          abortRef.current?.abort();
          const ctrl = new AbortController();
          abortRef.current = ctrl;
          try {
            const res = await fetch(`/api/v1/search/suggest?q=${encodeURIComponent(term)}`, { signal: ctrl.signal });
            if (!res.ok) return;
            setItems(toSuggestionList((await res.json()) as TSuggestions));
            setActive(-1);
          } catch {
            // aborted or offline: keep the previous suggestions
          }
        })(),
      150,
    );
    return () => window.clearTimeout(t);
  }, [q]);

  const isOpen = open && items.length > 0;

  // The top progress bar starts by itself on link clicks only; these navigations are in code.
  function go(href: string) {
    setOpen(false);
    loader.start();
    router.push(href);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown" && items.length) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % items.length);
    } else if (e.key === "ArrowUp" && items.length) {
      e.preventDefault();
      setActive((a) => (a <= 0 ? items.length - 1 : a - 1));
    } else if (e.key === "Escape") {
      setOpen(false);
    } else if (e.key === "Enter" && isOpen && active >= 0) {
      const item = items[active];
      if (item) {
        e.preventDefault();
        go(item.href);
      }
    }
  }

  return (
    <Form
      action="/search"
      role="search"
      className={cn("relative", className)}
      onSubmit={() => {
        setOpen(false);
        loader.start();
      }}
    >
      {/* follows the URL without clobbering what is being typed (only a new URL query resets) */}
      <Suspense fallback={null}>
        <UrlQuery onQuery={setQ} />
      </Suspense>
      <label htmlFor={`${listId}-input`} className="sr-only">
        Search products, brands and vendors
      </label>
      <Search
        aria-hidden="true"
        className="pointer-events-none absolute top-1/2 left-3 h-5 w-5 -translate-y-1/2 text-ink-muted"
      />
      <input
        id={`${listId}-input`}
        name="q"
        type="search"
        value={q}
        autoComplete="off"
        enterKeyHint="search"
        placeholder="Search sneakers, iPhones, perfume…"
        role="combobox"
        aria-expanded={isOpen}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={isOpen && active >= 0 ? `${listId}-${active}` : undefined}
        onChange={(e) => {
          setQ(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => window.setTimeout(() => setOpen(false), 120)}
        onKeyDown={onKeyDown}
        className="h-11 w-full rounded-pill border border-black/10 bg-surface-muted pr-4 pl-10 text-base text-ink placeholder:text-ink-muted focus:border-brand-600 focus:bg-surface focus:ring-2 focus:ring-brand-600/20 focus:outline-none"
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Search suggestions"
        hidden={!isOpen}
        className="absolute inset-x-0 top-full z-30 mt-2 overflow-hidden rounded-card bg-surface py-1 shadow-xl ring-1 ring-black/10"
      >
        {items.map((s, i) => {
          const Icon = ICONS[s.type];
          return (
            <li
              key={`${s.type}-${s.href}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                go(s.href);
              }}
              onMouseEnter={() => setActive(i)}
              className={cn("flex cursor-pointer items-center gap-3 px-3 py-2 text-sm", i === active && "bg-brand-50")}
            >
              {s.imageUrl ? (
                <Image
                  src={s.imageUrl}
                  alt=""
                  width={32}
                  height={32}
                  className="h-8 w-8 shrink-0 rounded-md bg-surface-sunken object-cover"
                />
              ) : (
                <span className="grid h-8 w-8 shrink-0 place-items-center rounded-md bg-surface-muted">
                  <Icon aria-hidden="true" className="h-4 w-4 text-ink-muted" />
                </span>
              )}
              <span className="truncate text-ink">{s.label}</span>
              <span className="ml-auto shrink-0 text-xs text-ink-muted capitalize">
                {s.priceMinor !== undefined ? formatMoney(s.priceMinor) : s.type}
              </span>
            </li>
          );
        })}
      </ul>
    </Form>
  );
}

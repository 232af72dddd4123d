import Link from "next/link";
import { HeaderAccount } from "@/components/auth/header-account";
import { MiniCart } from "@/components/cart/mini-cart";
import type { TCategoryNode } from "@/lib/catalog/list-categories";
import { MobileNav } from "@/components/shop/layout/mobile-nav";
import { SearchBox } from "@/components/shop/layout/search-box";
import { Logo } from "@/components/shop/layout/logo";

export function SiteHeader({ categories }: { categories: TCategoryNode[] }) {
  const roots = categories.filter((c) => c.parentId === null);
  const nav = roots.map((r) => ({
    slug: r.slug,
    name: r.name,
    children: categories.filter((c) => c.parentId === r.id).map((c) => ({ slug: c.slug, name: c.name })),
  }));
  return (
    <header className="sticky top-0 z-30 border-b border-black/5 bg-surface/95 backdrop-blur supports-[backdrop-filter]:bg-surface/85">
      {/* One search box for every width: a second row on phones, inline from md up. */}
      <div className="mx-auto flex max-w-page flex-wrap items-center gap-2 px-3 py-2 sm:gap-x-4 sm:px-6 md:flex-nowrap lg:py-3">
        <MobileNav categories={nav} />
        <Logo />
        <SearchBox className="order-last basis-full md:order-none md:mx-4 md:max-w-2xl md:flex-1 md:basis-auto" />
        <div className="ml-auto flex items-center gap-1 sm:gap-2">
          <HeaderAccount />
          <MiniCart />
        </div>
      </div>
      <nav aria-label="Main categories" className="hidden border-t border-black/5 lg:block">
        <ul className="mx-auto flex max-w-page items-center overflow-x-auto px-4 sm:px-6">
          <li>
            <Link
              href="/search?availability=in_stock"
              className="mr-2 inline-flex h-8 items-center rounded-pill bg-brand-50 px-3 text-sm font-semibold whitespace-nowrap text-brand-800 hover:bg-brand-100"
            >
              Ready in Accra
            </Link>
          </li>
          {roots.map((c) => (
            <li key={c.id}>
              <Link
                href={`/c/${c.slug}`}
                className="inline-flex h-11 items-center px-2.5 text-sm font-medium whitespace-nowrap text-ink-muted hover:text-brand-700"
              >
                {c.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

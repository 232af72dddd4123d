// The home page body (used by app/(shop)/page.tsx and the benchmark baseline).
import { PackageSearch } from "lucide-react";
import { BatchCard } from "@/components/shop/home/batch-card";
import { CategoryGrid } from "@/components/shop/home/category-grid";
import { Hero } from "@/components/shop/home/hero";
import { ValueProps } from "@/components/shop/home/value-props";
import { ProductGrid } from "@/components/shop/product-grid";
import { Section } from "@/components/shop/section";
import { EmptyState } from "@/components/ui/empty-state";
import type { THomePage } from "@/lib/catalog/get-home-page";

export function HomeView({ home }: { home: THomePage }) {
  const serverNow = Date.now();
  const isEmpty = home.featured.length === 0 && home.newArrivals.length === 0;
  return (
    <>
      <Hero showcase={home.featured.length >= 4 ? home.featured : home.newArrivals} />
      <ValueProps />

      {home.closingSoon.length ? (
        <Section
          id="closing-soon"
          title="Closing soon"
          subtitle="Order before the cut-off to make these shipments"
          href="/search?availability=pre_order&sort=closing_soon"
        >
          <ul className="-mx-3 flex snap-x snap-mandatory gap-3 overflow-x-auto px-3 pb-2 md:mx-0 md:grid md:grid-cols-3 md:overflow-visible md:px-0">
            {home.closingSoon.map((b) => (
              <li key={b.id} className="w-[85%] shrink-0 snap-start md:w-auto">
                <BatchCard batch={b} serverNow={serverNow} />
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {isEmpty ? (
        <EmptyState icon={<PackageSearch />} title="New products are on their way" className="mt-10">
          Vendors are adding their first products. Check back soon.
        </EmptyState>
      ) : null}

      {home.featured.length ? (
        <Section
          id="featured"
          title="Featured"
          subtitle="Hand-picked by our team this week"
          href="/search?sort=relevance"
        >
          <ProductGrid products={home.featured} />
        </Section>
      ) : null}

      {home.categories.length ? (
        <Section id="categories" title="Shop by category">
          <CategoryGrid categories={home.categories} />
        </Section>
      ) : null}

      {home.newArrivals.length ? (
        <Section
          id="new-arrivals"
          title="New arrivals"
          subtitle="Just listed by our vendors"
          href="/search?sort=newest"
        >
          <ProductGrid products={home.newArrivals} />
        </Section>
      ) : null}
    </>
  );
}

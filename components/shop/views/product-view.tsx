// A product page body (used by app/(shop)/p/[slug]/page.tsx and the benchmark baseline).
import Link from "next/link";
import { Banknote, RotateCcw, ShieldCheck } from "lucide-react";
import { TrackEvent } from "@/components/analytics/posthog-provider";
import { ProductGrid } from "@/components/shop/product-grid";
import { Gallery } from "@/components/shop/product/gallery";
import { SizeChart } from "@/components/shop/product/size-chart";
import { VariantMatrix } from "@/components/shop/product/variant-matrix";
import { VariantPicker } from "@/components/shop/product/variant-picker";
import { VendorCard } from "@/components/shop/product/vendor-card";
import { Section } from "@/components/shop/section";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import type { TProductPage } from "@/lib/catalog/get-product-page";
import { formatArrivalWindow } from "@/lib/dates";

export function ProductView({ p }: { p: TProductPage }) {
  const serverNow = Date.now();
  const category = p.breadcrumbs.at(-1);
  const arrivalText = p.openBatch
    ? formatArrivalWindow(p.openBatch.arrivalWindowStart, p.openBatch.arrivalWindowEnd, serverNow)
    : null;

  return (
    <div className="pt-4">
      <TrackEvent event="product_viewed" props={{ productId: p.id, slug: p.slug, vendor: p.vendor.slug }} />
      <Breadcrumbs
        items={[
          { label: "Home", href: "/" },
          ...p.breadcrumbs.map((c) => ({ label: c.name, href: `/c/${c.slug}` })),
          { label: p.title },
        ]}
      />

      <div className="mt-4 grid gap-6 lg:grid-cols-[minmax(0,1.05fr)_minmax(0,1fr)] lg:gap-10">
        <div className="lg:sticky lg:top-36 lg:self-start">
          <Gallery images={p.images} title={p.title} />
        </div>

        <div className="space-y-6">
          <header>
            <p className="text-sm text-ink-muted">
              {p.brand ? <span className="font-semibold text-ink">{p.brand}</span> : null}
              {p.brand ? " · " : null}
              <Link href={`/v/${p.vendor.slug}`} className="hover:text-brand-700 hover:underline">
                {p.vendor.name}
              </Link>
            </p>
            <h1 className="mt-1 text-2xl leading-tight font-extrabold tracking-tight text-ink sm:text-3xl">
              {p.title}
            </h1>
          </header>

          <VariantPicker
            optionNames={p.optionNames}
            variants={p.variants}
            batch={p.openBatch}
            arrivalText={arrivalText}
            originName={p.origin.name}
            serverNow={serverNow}
            sizeChart={
              p.sizeChart && category ? <SizeChart chart={p.sizeChart} categoryName={category.name} /> : undefined
            }
          />

          <ul className="grid gap-2 text-sm text-ink-muted">
            <li className="flex items-center gap-2">
              <Banknote aria-hidden="true" className="h-4 w-4 text-brand-700" /> Pay in full or a deposit now, the
              balance on arrival
            </li>
            <li className="flex items-center gap-2">
              <ShieldCheck aria-hidden="true" className="h-4 w-4 text-brand-700" /> Your money is held until your order
              is delivered
            </li>
            <li className="flex items-center gap-2">
              <RotateCcw aria-hidden="true" className="h-4 w-4 text-brand-700" /> Full refund if the vendor cannot
              source your item
            </li>
          </ul>

          <VariantMatrix optionNames={p.optionNames} variants={p.variants} />
          <VendorCard vendor={p.vendor} originName={p.origin.name} />

          <section aria-labelledby="description-title">
            <h2 id="description-title" className="text-base font-bold text-ink">
              About this item
            </h2>
            <div className="mt-2 space-y-3 text-sm leading-6 text-ink-muted">
              {p.description.split(/\n{2,}/).map((para, i) => (
                <p key={i}>{para}</p>
              ))}
            </div>
          </section>
        </div>
      </div>

      {p.related.length ? (
        <Section
          id="related"
          title="You may also like"
          href={category ? `/c/${category.slug}` : undefined}
          linkLabel="More in category"
        >
          <ProductGrid products={p.related.slice(0, 8)} />
        </Section>
      ) : null}
    </div>
  );
}

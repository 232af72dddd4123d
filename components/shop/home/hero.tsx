import Image from "next/image";
import Link from "next/link";
import { ArrowRight, PackageCheck } from "lucide-react";
import type { TProductCard } from "@/lib/catalog/types";
import { buttonClasses } from "@/components/ui/button";

/** Value proposition; on large screens a collage of featured products beside it. */
export function Hero({ showcase }: { showcase: TProductCard[] }) {
  const tiles = showcase.filter((p) => p.image).slice(0, 4);
  return (
    <section
      aria-labelledby="hero-title"
      className="relative mt-4 overflow-hidden rounded-card bg-linear-to-br from-brand-900 via-brand-800 to-brand-600 text-white sm:mt-6"
    >
      <div className="grid items-center gap-8 px-5 py-8 sm:px-10 sm:py-12 lg:grid-cols-[1.1fr_1fr] lg:py-14">
        <div>
          <p className="inline-flex items-center gap-2 rounded-pill bg-white/10 px-3 py-1 text-xs font-semibold tracking-wide text-accent-100 uppercase ring-1 ring-white/20">
            Pre-order marketplace for Ghana
          </p>
          <h1
            id="hero-title"
            className="mt-4 text-3xl leading-tight font-extrabold tracking-tight text-balance sm:text-5xl"
          >
            Shop London, Dubai, New York — <span className="text-accent-400">pay in cedis</span>
          </h1>
          <p className="mt-4 max-w-xl text-base leading-7 text-brand-100 sm:text-lg">
            Genuine products from trusted vendors abroad. Pay by card or Mobile Money, we ship your order in the next
            batch and deliver it to your door or our Accra hub.
          </p>
          <div className="mt-6 flex flex-wrap gap-3">
            <Link href="#closing-soon" className={buttonClasses({ size: "lg", variant: "accent" })}>
              Shop closing batches
              <ArrowRight aria-hidden="true" className="h-5 w-5" />
            </Link>
            <Link
              href="/search?availability=in_stock"
              className={buttonClasses({
                size: "lg",
                variant: "ghost",
                className: "text-white ring-1 ring-white/40 hover:bg-white/10",
              })}
            >
              <PackageCheck aria-hidden="true" className="h-5 w-5" />
              Ready in Accra
            </Link>
          </div>
        </div>
        {tiles.length === 4 ? (
          <div className="hidden grid-cols-2 gap-3 lg:grid" aria-hidden="true">
            {tiles.map((p, i) => (
              <div
                key={p.id}
                className={`relative aspect-square overflow-hidden rounded-card bg-white/10 ring-1 ring-white/15 ${i % 2 ? "translate-y-6" : ""}`}
              >
                {p.image ? (
                  <Image src={p.image.url} alt="" width={320} height={320} className="h-full w-full object-cover" />
                ) : null}
              </div>
            ))}
          </div>
        ) : null}
      </div>
    </section>
  );
}

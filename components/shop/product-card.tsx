"use client";

import Image from "next/image";
import Link from "next/link";
import { ImageOff } from "lucide-react";
import type { TProductCard } from "@/lib/catalog/types";
import { Price } from "@/components/ui/price";
import { AvailabilityBadge } from "@/components/shop/availability-badge";

// Grid cells are ~45vw on phones, a third of the page on tablets, ~300 px on desktop.
export const CARD_IMAGE_SIZES = "(max-width: 640px) 46vw, (max-width: 1024px) 31vw, 300px";

/**
 * A product in a listing. A client component on purpose: a grid of server-rendered cards sends
 * every card's whole element tree twice (HTML and RSC payload, ~3 KB each); as a client
 * component the payload carries only its data (~0.4 KB), and the HTML is the same.
 */
export function ProductCard({
  product,
  footnote,
  isPriority = false,
}: {
  product: TProductCard;
  /** Where it ships from and when (formatted on the server: no date library in the browser). */
  footnote: string;
  isPriority?: boolean;
}) {
  const p = product;
  return (
    <article className="group relative flex w-full flex-col overflow-hidden rounded-card bg-surface ring-1 ring-black/5 transition-shadow hover:shadow-card">
      <div className="relative aspect-square overflow-hidden bg-surface-sunken">
        {p.image ? (
          <Image
            src={p.image.url}
            alt={p.image.alt || p.title}
            fill
            sizes={CARD_IMAGE_SIZES}
            preload={isPriority}
            // Next 16's preload no longer raises it; a low-priority LCP image waits behind the scripts
            {...(isPriority ? { fetchPriority: "high" as const, decoding: "sync" as const } : {})}
            className="object-cover transition-transform duration-300 group-hover:scale-[1.03]"
          />
        ) : (
          <div className="grid h-full place-items-center text-ink-subtle">
            <ImageOff aria-hidden="true" className="h-8 w-8" />
          </div>
        )}
        <div className="absolute top-2 left-2">
          <AvailabilityBadge availability={p.availability} />
        </div>
      </div>
      <div className="flex flex-1 flex-col gap-1 p-3">
        <p className="truncate text-xs text-ink-muted">
          {p.brand ? <span className="font-semibold text-ink">{p.brand} · </span> : null}
          {p.vendorName}
        </p>
        <h3 className="line-clamp-2 min-h-[2.5rem] text-sm leading-5 font-medium text-ink">
          <Link href={`/p/${p.slug}`} className="after:absolute after:inset-0 focus-visible:outline-none">
            {p.title}
          </Link>
        </h3>
        <Price minor={p.priceMinor} compareAtMinor={p.compareAtMinor} currency={p.currency} className="mt-auto pt-1" />
        <p className="text-xs text-ink-muted">{footnote}</p>
      </div>
    </article>
  );
}

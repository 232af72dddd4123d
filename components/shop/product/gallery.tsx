"use client";

import Image from "next/image";
import { useEffect, useRef, useState } from "react";
import { ImageOff } from "lucide-react";
import { variantImageIndex } from "@/lib/catalog/client/variant-image";
import { cn } from "@/lib/cn";

type TImage = { url: string; alt: string; width: number; height: number };

/** Window event the variant picker fires with the chosen options ({ Colour: "Navy", … }). */
export const VARIANT_EVENT = "londom:variant-selected";

/**
 * Swipeable gallery: a CSS scroll-snap strip (native swipe on phones, no carousel library)
 * with thumbnails that scroll it. The first image is the page's LCP element: eager + priority;
 * the rest load lazily as they come near the viewport.
 */
export function Gallery({ images, title }: { images: TImage[]; title: string }) {
  const stripRef = useRef<HTMLDivElement>(null);
  const [index, setIndex] = useState(0);

  // The variant picker announces the chosen options; show the photo of that colour.
  useEffect(() => {
    function onVariant(e: Event) {
      const i = variantImageIndex(images, (e as CustomEvent<Record<string, string>>).detail ?? {});
      const strip = stripRef.current;
      if (i >= 0 && strip) {
        strip.scrollTo({ left: i * strip.clientWidth, behavior: "smooth" });
        setIndex(i);
      }
    }
    window.addEventListener(VARIANT_EVENT, onVariant);
    return () => window.removeEventListener(VARIANT_EVENT, onVariant);
  }, [images]);

  if (images.length === 0) {
    return (
      <div className="grid aspect-square place-items-center rounded-card bg-surface-sunken text-ink-subtle">
        <ImageOff aria-hidden="true" className="h-10 w-10" />
        <span className="sr-only">No photo yet</span>
      </div>
    );
  }

  function show(i: number) {
    const strip = stripRef.current;
    if (!strip) return;
    strip.scrollTo({ left: i * strip.clientWidth, behavior: "smooth" });
    setIndex(i);
  }

  return (
    <div>
      <div
        ref={stripRef}
        onScroll={(e) => {
          const el = e.currentTarget;
          setIndex(Math.round(el.scrollLeft / Math.max(1, el.clientWidth)));
        }}
        className="flex aspect-square snap-x snap-mandatory overflow-x-auto overflow-y-hidden rounded-card bg-surface ring-1 ring-black/5 [scrollbar-width:none] [&::-webkit-scrollbar]:hidden"
        aria-label={`${title} photos`}
        role="region"
        tabIndex={0}
      >
        {images.map((img, i) => (
          <div key={img.url} className="relative h-full w-full shrink-0 snap-center">
            <Image
              src={img.url}
              alt={img.alt || `${title}, photo ${i + 1}`}
              fill
              sizes="(max-width: 1024px) 100vw, 600px"
              // the LCP element: preloaded in the head and fetched before the scripts
              preload={i === 0}
              {...(i === 0 ? { fetchPriority: "high" as const, decoding: "sync" as const } : {})}
              className="object-cover"
            />
          </div>
        ))}
      </div>
      {images.length > 1 ? (
        <ul className="mt-3 flex gap-2 overflow-x-auto" aria-label="Choose photo">
          {images.map((img, i) => (
            <li key={img.url}>
              <button
                type="button"
                onClick={() => show(i)}
                aria-label={`Show photo ${i + 1} of ${images.length}`}
                aria-current={i === index ? "true" : undefined}
                className={cn(
                  "relative block h-16 w-16 overflow-hidden rounded-control bg-surface-sunken ring-2 sm:h-20 sm:w-20",
                  i === index ? "ring-brand-600" : "ring-transparent hover:ring-black/20",
                )}
              >
                <Image src={img.url} alt="" fill sizes="80px" className="object-cover" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

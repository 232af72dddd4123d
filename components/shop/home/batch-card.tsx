import Image from "next/image";
import Link from "next/link";
import { Plane, Ship, CalendarClock } from "lucide-react";
import type { TClosingSoonBatch } from "@/lib/catalog/get-home-page";
import { Countdown } from "@/components/ui/countdown";
import { formatArrivalWindow } from "@/lib/dates";

/** A "closing soon" batch: where from, how long left to order, when it lands. */
export function BatchCard({ batch, serverNow }: { batch: TClosingSoonBatch; serverNow: number }) {
  const Icon = batch.shippingMethod === "AIR" ? Plane : Ship;
  return (
    <article className="relative flex h-full flex-col rounded-card bg-surface p-4 ring-1 ring-black/5 shadow-card">
      <div className="flex items-start justify-between gap-3">
        <div>
          <p className="flex items-center gap-1.5 text-xs font-semibold tracking-wide text-ink-muted uppercase">
            <Icon aria-hidden="true" className="h-4 w-4" />
            {batch.shippingMethod === "AIR" ? "Air freight" : "Sea freight"} · {batch.code}
          </p>
          <h3 className="mt-1 text-lg font-bold text-ink">
            <Link
              href={`/search?origin=${encodeURIComponent(batch.originCode)}&availability=pre_order&sort=closing_soon`}
              className="after:absolute after:inset-0"
            >
              From {batch.originName}
            </Link>
          </h3>
        </div>
        <Countdown
          target={batch.cutoffAt}
          serverNow={serverNow}
          className="shrink-0 rounded-pill bg-accent-100 px-2.5 py-1 text-xs font-bold text-ink ring-1 ring-accent-400/60"
        />
      </div>
      <p className="mt-2 flex items-center gap-1.5 text-sm text-ink-muted">
        <CalendarClock aria-hidden="true" className="h-4 w-4" />
        Arrives in Accra {formatArrivalWindow(batch.arrivalWindowStart, batch.arrivalWindowEnd, serverNow)}
      </p>
      {batch.products.length ? (
        <ul className="mt-4 grid grid-cols-4 gap-2" aria-label={`Products shipping from ${batch.originName}`}>
          {batch.products.map((p) => (
            <li key={p.id} className="relative aspect-square overflow-hidden rounded-control bg-surface-sunken">
              {p.image ? (
                // A fixed-size thumbnail: two srcset candidates (1x, 2x) instead of every width.
                <Image
                  src={p.image.url}
                  alt={p.image.alt || p.title}
                  width={96}
                  height={96}
                  className="h-full w-full object-cover"
                />
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}

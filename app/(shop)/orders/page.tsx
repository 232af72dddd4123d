import { ChevronRight, Package } from "lucide-react";
import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadMoreLink } from "@/components/ui/pagination";
import { requireUserPage } from "@/lib/auth/guards";
import { formatDate } from "@/lib/dates";
import { formatMoney } from "@/lib/money";
import { listCustomerOrders } from "@/lib/orders/list-customer-orders";

export const metadata: Metadata = { title: "Your orders" };

export default async function OrdersPage({ searchParams }: { searchParams: Promise<{ cursor?: string | string[] }> }) {
  const user = await requireUserPage("/orders");
  const { cursor } = await searchParams;
  const page = await listCustomerOrders({
    customerId: user.id,
    cursor: typeof cursor === "string" ? cursor.slice(0, 40) : null,
  });

  return (
    <div className="mx-auto w-full max-w-3xl py-6 sm:py-10">
      <h1 className="text-2xl font-semibold tracking-tight text-ink sm:text-3xl">Your orders</h1>
      {page.items.length === 0 ? (
        <Card className="mt-6">
          <EmptyState
            icon={<Package />}
            title={cursor ? "No more orders" : "No orders yet"}
            action={
              <Link href={cursor ? "/orders" : "/"} className={buttonClasses()}>
                {cursor ? "Back to your latest orders" : "Start shopping"}
              </Link>
            }
          >
            {cursor ? null : "When you order, you can follow each item here — from the vendor abroad to your door."}
          </EmptyState>
        </Card>
      ) : (
        <ul className="mt-6 space-y-3" aria-label="Orders">
          {page.items.map((o) => (
            <li key={o.number}>
              <Link
                href={`/orders/${o.number}`}
                className="group flex items-center gap-3 rounded-card bg-surface p-3 shadow-card ring-1 ring-black/5 transition-shadow hover:ring-brand-600/40 sm:gap-4 sm:p-4"
              >
                <Thumbs images={o.images} />
                <div className="min-w-0 flex-1">
                  <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                    <span className="font-semibold text-ink">{o.number}</span>
                    <OrderStatusBadge status={o.status} />
                    {o.status !== "PENDING_PAYMENT" && o.balanceDueMinor > 0 ? (
                      <span className="text-xs font-semibold text-warning-700">Balance due</span>
                    ) : null}
                  </div>
                  <p className="mt-0.5 truncate text-sm text-ink">{o.title}</p>
                  <p className="mt-0.5 text-xs text-ink-muted">
                    <time dateTime={o.createdAt}>{formatDate(o.createdAt)}</time> · {o.itemsCount}{" "}
                    {o.itemsCount === 1 ? "item" : "items"}
                  </p>
                </div>
                <div className="flex shrink-0 items-center gap-1">
                  <span className="text-sm font-semibold text-ink tabular-nums sm:text-base">
                    {formatMoney(o.totalMinor)}
                  </span>
                  <ChevronRight aria-hidden="true" className="h-5 w-5 text-ink-subtle group-hover:text-brand-700" />
                </div>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <LoadMoreLink
        href={page.nextCursor ? `/orders?cursor=${encodeURIComponent(page.nextCursor)}` : null}
        label="Older orders"
      />
    </div>
  );
}

function Thumbs({ images }: { images: { url: string; alt: string }[] }) {
  const first = images[0];
  return (
    <div className="relative h-14 w-14 shrink-0 sm:h-16 sm:w-16">
      {first ? (
        <Image
          src={first.url}
          alt=""
          width={64}
          height={64}
          className="h-full w-full rounded-control bg-surface-sunken object-cover"
        />
      ) : (
        <div className="grid h-full w-full place-items-center rounded-control bg-surface-sunken text-ink-subtle">
          <Package aria-hidden="true" className="h-6 w-6" />
        </div>
      )}
      {images.length > 1 ? (
        <span className="absolute -right-1.5 -bottom-1.5 rounded-pill bg-ink px-1.5 text-[11px] font-semibold text-white ring-2 ring-surface">
          +{images.length - 1}
        </span>
      ) : null}
    </div>
  );
}

"use client";

import { useEffect, useState } from "react";
import Link from "next/link";
import { AlertTriangle, ShoppingBag } from "lucide-react";
import { Button, buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { track } from "@/lib/analytics/client";
import type { TCartQuote } from "@/lib/cart/types";
import { formatMoney } from "@/lib/money";
import { useCartStore, useCartSync } from "@/components/cart/cart-provider";
import { CartLine } from "@/components/cart/cart-line";
import { ShipmentHeading, ShipmentSummary } from "@/components/cart/shipment-heading";
import { useCartQuote } from "@/components/cart/use-cart-quote";

/**
 * The /cart page body: lines grouped by vendor and by shipment (in stock now / each
 * pre-order batch), totals per shipment, vendor and overall, and what the server quote
 * says changed, with "Accept changes" applying them to the cart.
 */
export function CartView() {
  const store = useCartStore();
  const sync = useCartSync();
  const [refreshKey, setRefreshKey] = useState(0);
  const { quote, isLoading, error, retry, hasHydrated, lines } = useCartQuote({ refreshKey });

  useEffect(() => {
    track("cart_viewed");
    void sync(); // pick up changes made on another device
  }, [sync]);

  function acceptChanges(q: TCartQuote) {
    store.getState().acceptQuote(q);
    setRefreshKey((k) => k + 1);
  }

  if (!hasHydrated || (lines.length > 0 && !quote && !error)) return <CartSkeleton />;
  if (lines.length === 0) {
    return (
      <EmptyState
        icon={<ShoppingBag />}
        title="Your cart is empty"
        action={
          <Link href="/" className={buttonClasses()}>
            Start shopping
          </Link>
        }
      >
        Pre-order from London and beyond, or pick something ready in Accra.
      </EmptyState>
    );
  }
  if (!quote) {
    return (
      <div role="alert" className="rounded-card bg-danger-50 p-4 text-sm text-danger-700">
        <p>{error}</p>
        <Button variant="outline" size="sm" className="mt-3" onClick={retry}>
          Try again
        </Button>
      </div>
    );
  }

  const byId = new Map(quote.lines.map((l) => [l.variantId, l]));
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_20rem]" aria-busy={isLoading}>
      <div className="space-y-5">
        {quote.hasChanges ? (
          <div
            role="status"
            className="flex flex-col gap-3 rounded-card bg-warning-50 p-4 text-sm text-warning-700 sm:flex-row sm:items-center"
            data-testid="cart-changes"
          >
            <AlertTriangle aria-hidden="true" className="h-5 w-5 shrink-0" />
            <p className="flex-1">
              Some items changed since you added them (price, stock or shipment). Check them below.
              {quote.unknownVariantIds.length
                ? ` ${quote.unknownVariantIds.length} item(s) no longer exist and will be removed.`
                : ""}
            </p>
            <Button size="sm" onClick={() => acceptChanges(quote)}>
              Accept changes
            </Button>
          </div>
        ) : null}
        {quote.vendors.map((v) => (
          <section
            key={v.vendorId}
            aria-labelledby={`vendor-${v.vendorId}`}
            className="rounded-card bg-surface p-4 shadow-card ring-1 ring-black/5"
            data-testid="cart-vendor"
          >
            <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 border-b border-black/5 pb-2">
              <h2 id={`vendor-${v.vendorId}`} className="font-semibold">
                Sold by{" "}
                <Link href={`/v/${v.vendorSlug}`} className="text-brand-700 hover:underline">
                  {v.vendorName}
                </Link>
              </h2>
              <p className="text-sm text-ink-muted">
                Vendor total{" "}
                <span className="font-semibold whitespace-nowrap text-ink tabular-nums" data-testid="vendor-subtotal">
                  {formatMoney(v.subtotalMinor)}
                </span>
              </p>
            </div>
            {v.shipments.map((s) => (
              <div key={s.key} className="mt-3" data-testid="cart-shipment">
                <ShipmentHeading shipment={s} />
                <ul className="divide-y divide-black/5">
                  {s.variantIds.map((id) => {
                    const line = byId.get(id);
                    return line ? <CartLine key={id} line={line} /> : null;
                  })}
                </ul>
              </div>
            ))}
            {v.unavailableVariantIds.length ? (
              <div className="mt-3">
                <h3 className="text-sm font-semibold text-danger-700">Not available now</h3>
                <ul className="divide-y divide-black/5">
                  {v.unavailableVariantIds.map((id) => {
                    const line = byId.get(id);
                    return line ? <CartLine key={id} line={line} /> : null;
                  })}
                </ul>
              </div>
            ) : null}
          </section>
        ))}
      </div>
      <aside
        className="h-fit rounded-card bg-surface p-4 shadow-card ring-1 ring-black/5 lg:sticky lg:top-24"
        aria-labelledby="cart-summary"
      >
        <h2 id="cart-summary" className="font-semibold">
          Order summary
        </h2>
        <ul className="mt-3 space-y-3 text-sm">
          {quote.shipments.map((s) => (
            <ShipmentSummary key={s.key} shipment={s} />
          ))}
        </ul>
        <p className="mt-4 flex justify-between border-t border-black/10 pt-3 font-semibold">
          <span>
            Subtotal ({quote.itemCount} {quote.itemCount === 1 ? "item" : "items"})
          </span>
          <span className="whitespace-nowrap tabular-nums" data-testid="cart-subtotal">
            {formatMoney(quote.subtotalMinor)}
          </span>
        </p>
        <p className="mt-1 text-xs text-ink-muted">Delivery is added at checkout (free pickup at our Accra hub).</p>
        {quote.hasChanges ? (
          <p className="mt-3 text-xs text-warning-700">Accept the changes above to continue.</p>
        ) : null}
        <Link
          href="/checkout"
          aria-disabled={quote.hasChanges || quote.itemCount === 0}
          tabIndex={quote.hasChanges || quote.itemCount === 0 ? -1 : undefined}
          className={buttonClasses({ size: "lg", className: "mt-4 w-full" })}
        >
          Checkout
        </Link>
      </aside>
    </div>
  );
}

function CartSkeleton() {
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_20rem]" aria-hidden="true">
      <div className="space-y-3 rounded-card bg-surface p-4 ring-1 ring-black/5">
        <Skeleton className="h-5 w-1/3" />
        <Skeleton className="h-20" />
        <Skeleton className="h-20" />
      </div>
      <Skeleton className="h-48 rounded-card" />
    </div>
  );
}

"use client";

import { useState } from "react";
import Image from "next/image";
import Link from "next/link";
import { Popover } from "radix-ui";
import { buttonClasses } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { formatMoney } from "@/lib/money";
import { CartButton } from "@/components/cart/cart-button";
import { useCartQuote } from "@/components/cart/use-cart-quote";

const SHOWN = 4;

/**
 * The mini-cart popover (loaded on the first tap of the header cart button, so pages do not
 * ship Radix Popover up front): the lines, subtotal and "View cart", priced by the server
 * quote fetched while it is open.
 */
export function MiniCartPopover() {
  const [isOpen, setIsOpen] = useState(true);
  return (
    <Popover.Root open={isOpen} onOpenChange={setIsOpen}>
      <Popover.Trigger asChild>
        <CartButton />
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="end"
          sideOffset={8}
          collisionPadding={8}
          className="z-50 w-[min(22rem,calc(100vw-1rem))] rounded-card bg-surface p-4 shadow-xl ring-1 ring-black/10 focus:outline-none"
        >
          <h2 className="text-base font-semibold">Your cart</h2>
          {isOpen ? <MiniCartBody onNavigate={() => setIsOpen(false)} /> : null}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}

function MiniCartBody({ onNavigate }: { onNavigate: () => void }) {
  const { quote, isLoading, error, lines } = useCartQuote();
  if (lines.length === 0) {
    return <p className="mt-3 text-sm text-ink-muted">Your cart is empty.</p>;
  }
  const quoted = quote?.lines ?? [];
  return (
    <div className="mt-3">
      {!quote && isLoading ? (
        <div className="space-y-3" aria-hidden="true">
          <Skeleton className="h-12" />
          <Skeleton className="h-12" />
        </div>
      ) : null}
      {error ? <p className="text-sm text-danger-700">{error}</p> : null}
      {quote ? (
        <>
          <ul className="divide-y divide-black/5" aria-label="Items in your cart">
            {quoted.slice(0, SHOWN).map((l) => (
              <li key={l.variantId} className="flex gap-3 py-2">
                <div className="relative h-12 w-12 shrink-0 overflow-hidden rounded-control bg-surface-sunken">
                  {l.image ? <Image src={l.image.url} alt="" fill sizes="48px" className="object-cover" /> : null}
                </div>
                <div className="min-w-0 flex-1 text-sm">
                  <p className="truncate font-medium">{l.productTitle}</p>
                  <p className="truncate text-ink-muted">
                    {l.variantTitle} · {l.requestedQuantity} ×{" "}
                    <span className="tabular-nums">{formatMoney(l.unitPriceMinor)}</span>
                  </p>
                  {!l.isOrderable ? <p className="text-xs font-medium text-danger-700">Not available now</p> : null}
                </div>
              </li>
            ))}
          </ul>
          {quoted.length > SHOWN ? (
            <p className="mt-1 text-xs text-ink-muted">and {quoted.length - SHOWN} more</p>
          ) : null}
          <p className="mt-3 flex justify-between border-t border-black/5 pt-3 text-sm font-semibold">
            <span>Subtotal</span>
            <span className="tabular-nums" data-testid="mini-cart-subtotal">
              {formatMoney(quote.subtotalMinor)}
            </span>
          </p>
          {quote.hasChanges ? (
            <p className="mt-1 text-xs text-warning-700">Some items changed. Review them in your cart.</p>
          ) : null}
        </>
      ) : null}
      <Link href="/cart" onClick={onNavigate} className={buttonClasses({ className: "mt-4 w-full" })}>
        View cart
      </Link>
    </div>
  );
}

"use client";

import type { ComponentPropsWithRef } from "react";
import { ShoppingBag } from "lucide-react";
import { cartCount } from "@/lib/cart/client/store";
import { useCart } from "@/components/cart/cart-provider";

/**
 * The header cart button with the item count. The count renders only once the cart is
 * loaded from storage, so the server HTML and the first client render are identical.
 */
export function CartButton(props: ComponentPropsWithRef<"button">) {
  const hasHydrated = useCart((s) => s.hasHydrated);
  const count = useCart((s) => cartCount(s.lines));
  const label = hasHydrated ? `Cart, ${count} ${count === 1 ? "item" : "items"}` : "Cart";
  return (
    <button
      type="button"
      aria-label={label}
      data-testid="mini-cart"
      className="relative grid h-11 w-11 place-items-center rounded-full text-ink hover:bg-black/5"
      {...props}
    >
      <ShoppingBag aria-hidden="true" className="h-6 w-6" />
      <span
        aria-hidden="true"
        data-testid="cart-count"
        className={
          hasHydrated && count > 0
            ? "absolute top-0.5 right-0.5 grid h-5 min-w-5 place-items-center rounded-pill bg-brand-600 px-1 text-[0.7rem] font-bold text-white tabular-nums"
            : "hidden"
        }
      >
        {hasHydrated ? (count > 99 ? "99+" : count) : null}
      </span>
    </button>
  );
}

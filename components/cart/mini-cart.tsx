"use client";

import { useState } from "react";
import dynamic from "next/dynamic";
import { CartButton } from "@/components/cart/cart-button";

const loadPopover = () => import("@/components/cart/mini-cart-popover");

// Radix Popover and the quote list load on the first tap (prefetched on hover/focus); until
// then the same button renders on its own, so nothing moves when the popover takes over.
const MiniCartPopover = dynamic(() => loadPopover().then((m) => m.MiniCartPopover), {
  ssr: false,
  loading: () => <CartButton aria-busy="true" />,
});

/** Header cart: the item count, and a popover with the lines, subtotal and "View cart". */
export function MiniCart() {
  const [isActivated, setIsActivated] = useState(false);
  if (isActivated) return <MiniCartPopover />;
  return (
    <CartButton
      aria-haspopup="dialog"
      onClick={() => setIsActivated(true)}
      onPointerEnter={() => void loadPopover()}
      onFocus={() => void loadPopover()}
    />
  );
}

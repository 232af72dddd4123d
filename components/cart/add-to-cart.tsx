"use client";

import { useEffect, useRef, useState } from "react";
import { Check, ShoppingBag } from "lucide-react";
import { Button } from "@/components/ui/button";
import { track } from "@/lib/analytics/client";
import { useCart } from "@/components/cart/cart-provider";

/**
 * Adds a variant to the cart and says so ("Added" for two seconds, announced to screen
 * readers). Disabled until the cart has loaded from storage, so an early tap is not lost.
 */
export function AddToCart({
  variantId,
  quantity = 1,
  disabled = false,
  className,
  label = "Add to cart",
}: {
  variantId: string;
  quantity?: number;
  disabled?: boolean;
  className?: string;
  label?: string;
}) {
  const add = useCart((s) => s.add);
  const hasHydrated = useCart((s) => s.hasHydrated);
  const [isAdded, setIsAdded] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);
  // a different variant picked: the feedback was about the previous one
  useEffect(() => {
    clearTimeout(timer.current);
    setIsAdded(false);
  }, [variantId]);

  function onAdd() {
    add(variantId, quantity);
    track("add_to_cart", { variantId, quantity });
    setIsAdded(true);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setIsAdded(false), 2000);
  }

  return (
    <>
      <Button
        size="lg"
        className={className}
        onClick={onAdd}
        disabled={disabled || !hasHydrated}
        data-testid="add-to-cart"
      >
        {isAdded ? (
          <Check aria-hidden="true" className="h-5 w-5" />
        ) : (
          <ShoppingBag aria-hidden="true" className="h-5 w-5" />
        )}
        {isAdded ? "Added" : label}
      </Button>
      <span role="status" className="sr-only">
        {isAdded ? `Added ${quantity} to your cart` : ""}
      </span>
    </>
  );
}

"use client";

import { useEffect, useState } from "react";
import { useCart, useCartStore } from "@/components/cart/cart-provider";
import type { TSeenLine } from "@/lib/cart/client/store";
import type { TDeliveryChoice, TPaymentPlanChoice } from "@/lib/checkout/schemas";
import { checkoutApi } from "@/lib/checkout/client";
import type { TCheckoutReview } from "@/lib/checkout/types";

/**
 * The server's review of the cart for the chosen delivery and plan, refetched (debounced)
 * whenever one of them changes. Lines carry what the customer last saw, so the review
 * reports price / stock / shipment changes since; first sightings are remembered.
 */
export function useCheckoutReview({
  delivery,
  paymentPlan,
  refreshKey,
}: {
  delivery: TDeliveryChoice | null;
  paymentPlan: TPaymentPlanChoice;
  refreshKey: number;
}) {
  const store = useCartStore();
  const lines = useCart((s) => s.lines);
  const hasHydrated = useCart((s) => s.hasHydrated);
  const [review, setReview] = useState<TCheckoutReview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isLoading, setIsLoading] = useState(false);
  const [bump, setBump] = useState(0);
  const deliveryKey = JSON.stringify(delivery);

  useEffect(() => {
    if (!hasHydrated || lines.length === 0) return;
    let isCurrent = true;
    const timer = window.setTimeout(
      () =>
        void (async () => {
          setIsLoading(true);
          const seen = store.getState().seen;
          const choice = JSON.parse(deliveryKey) as TDeliveryChoice | null;
          const r = await checkoutApi.review({
            lines: lines.map((l) => {
              const s = seen[l.variantId];
              return s ? { ...l, expectedPriceMinor: s.priceMinor, expectedBatchId: s.batchId } : l;
            }),
            ...(choice ? { delivery: choice } : {}),
            paymentPlan,
          });
          if (!isCurrent) return;
          setIsLoading(false);
          if (!r.ok) {
            setError(r.message);
            return;
          }
          setError(null);
          setReview(r.data);
          const fresh: Record<string, TSeenLine> = {};
          for (const l of r.data.cart.lines)
            if (!seen[l.variantId] && l.isOrderable)
              fresh[l.variantId] = { priceMinor: l.unitPriceMinor, batchId: l.batchId };
          if (Object.keys(fresh).length) store.getState().markSeen(fresh);
        })(),
      150,
    );
    return () => {
      isCurrent = false;
      window.clearTimeout(timer);
    };
  }, [hasHydrated, lines, deliveryKey, paymentPlan, refreshKey, bump, store]);

  /** Applies the reported changes to the cart: quantities cut to what is left, unorderable lines removed, new prices seen. */
  function acceptChanges() {
    if (!review) return;
    store.getState().acceptQuote(review.cart);
    setBump((n) => n + 1);
  }

  return { review: lines.length ? review : null, error, isLoading, hasHydrated, lines, acceptChanges };
}

"use client";

import Image from "next/image";
import Link from "next/link";
import { Minus, Plus, Trash2 } from "lucide-react";
import { CART_MAX_QUANTITY } from "@/lib/cart/client/lines";
import type { TCartChange, TCartQuoteLine } from "@/lib/cart/types";
import { formatMoney } from "@/lib/money";
import { useCart } from "@/components/cart/cart-provider";

const REASONS: Record<Extract<TCartChange, { kind: "UNAVAILABLE" }>["reason"], string> = {
  INACTIVE: "This option is no longer sold.",
  PRODUCT_UNAVAILABLE: "This product is no longer available.",
  VENDOR_UNAVAILABLE: "This seller is not taking orders at the moment.",
  SOLD_OUT: "Sold out.",
  BATCH_FULL: "The current shipment is full for this item.",
};

export function changeText(c: TCartChange): string {
  switch (c.kind) {
    case "PRICE_CHANGED":
      return `Price ${c.currentMinor > c.previousMinor ? "went up" : "went down"} from ${formatMoney(c.previousMinor)} to ${formatMoney(c.currentMinor)}.`;
    case "UNAVAILABLE":
      return REASONS[c.reason];
    case "BATCH_CLOSED":
      return "No shipment is open for pre-orders from this origin right now.";
    case "BATCH_CHANGED":
      return "The shipment you saw has closed; this item now ships in the next one.";
    case "QUANTITY_REDUCED":
      return c.reason === "LIMIT"
        ? `At most ${c.available} per order.`
        : `Only ${c.available} available${c.reason === "BATCH_CAP" ? " in this shipment" : ""} (you asked for ${c.requested}).`;
  }
}

/** One cart line: image, title, unit price, quantity stepper, remove, line total, changes. */
export function CartLine({ line }: { line: TCartQuoteLine }) {
  const setQuantity = useCart((s) => s.setQuantity);
  const remove = useCart((s) => s.remove);
  const quantity = useCart(
    (s) => s.lines.find((l) => l.variantId === line.variantId)?.quantity ?? line.requestedQuantity,
  );
  const max = Math.max(1, Math.min(CART_MAX_QUANTITY, line.isOrderable ? line.maxQuantity : quantity));
  const title = `${line.productTitle}${line.variantTitle ? `, ${line.variantTitle}` : ""}`;

  return (
    <li className="flex gap-3 py-4" data-testid="cart-line" data-variant-id={line.variantId}>
      <div className="relative h-20 w-20 shrink-0 overflow-hidden rounded-control bg-surface-sunken">
        {line.image ? (
          <Image src={line.image.url} alt={line.image.alt} fill sizes="80px" className="object-cover" />
        ) : null}
      </div>
      <div className="min-w-0 flex-1">
        <div className="flex items-start justify-between gap-3">
          <div className="min-w-0">
            <Link href={`/p/${line.productSlug}`} className="font-medium hover:text-brand-700 hover:underline">
              {line.productTitle}
            </Link>
            {line.variantTitle ? <p className="text-sm text-ink-muted">{line.variantTitle}</p> : null}
            <p className="text-sm text-ink-muted tabular-nums">{formatMoney(line.unitPriceMinor)} each</p>
          </div>
          <p className="font-semibold whitespace-nowrap tabular-nums" data-testid="line-total">
            {formatMoney(line.lineTotalMinor)}
          </p>
        </div>
        {line.changes.length ? (
          <ul
            className="mt-2 space-y-1 rounded-control bg-warning-50 px-3 py-2 text-sm text-warning-700"
            data-testid="line-changes"
          >
            {line.changes.map((c, i) => (
              <li key={i}>{changeText(c)}</li>
            ))}
          </ul>
        ) : null}
        <div className="mt-3 flex items-center gap-3">
          {line.isOrderable ? (
            <div
              className="inline-flex items-center rounded-control ring-1 ring-black/15"
              role="group"
              aria-label={`Quantity of ${title}`}
            >
              <button
                type="button"
                className="grid h-10 w-10 place-items-center disabled:opacity-40"
                aria-label={`One fewer ${title}`}
                disabled={quantity <= 1}
                onClick={() => setQuantity(line.variantId, quantity - 1)}
              >
                <Minus aria-hidden="true" className="h-4 w-4" />
              </button>
              <span
                className="w-8 text-center font-semibold tabular-nums"
                aria-live="polite"
                data-testid="line-quantity"
              >
                {quantity}
              </span>
              <button
                type="button"
                className="grid h-10 w-10 place-items-center disabled:opacity-40"
                aria-label={`One more ${title}`}
                disabled={quantity >= max}
                onClick={() => setQuantity(line.variantId, quantity + 1)}
              >
                <Plus aria-hidden="true" className="h-4 w-4" />
              </button>
            </div>
          ) : null}
          <button
            type="button"
            onClick={() => remove(line.variantId)}
            className="inline-flex h-10 items-center gap-1 rounded-control px-2 text-sm text-ink-muted hover:bg-black/5 hover:text-danger-700"
          >
            <Trash2 aria-hidden="true" className="h-4 w-4" />
            Remove<span className="sr-only"> {title}</span>
          </button>
        </div>
      </div>
    </li>
  );
}

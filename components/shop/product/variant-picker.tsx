"use client";

import { useEffect, useState, type ReactNode } from "react";
import { Minus, Plus } from "lucide-react";
import { AddToCart } from "@/components/cart/add-to-cart";
import { Price } from "@/components/ui/price";
import { cn } from "@/lib/cn";
import type { TOpenBatch } from "@/lib/batches/open-batches";
import type { TVariantOption } from "@/lib/catalog/variant-availability";
import { AvailabilityPanel } from "@/components/shop/product/availability-panel";
import { VARIANT_EVENT } from "@/components/shop/product/gallery";
import {
  comboState,
  findVariant,
  initialVariant,
  optionValues,
  selectValue,
  type TSelection,
} from "@/components/shop/product/variant-options";

type TProps = {
  optionNames: string[];
  variants: TVariantOption[];
  batch: TOpenBatch | null;
  arrivalText: string | null;
  originName: string;
  serverNow: number;
  /** Rendered beside the option named "Size" (the size chart dialog trigger). */
  sizeChart?: ReactNode;
};

/**
 * Option buttons for every option of the product. A value whose combination with the other
 * current choices does not exist or cannot be bought is struck through (still selectable:
 * picking it moves to the nearest existing combination). Price, availability and the cart
 * button follow the chosen variant; the choice is mirrored into ?variant= for sharing.
 */
export function VariantPicker({ optionNames, variants, batch, arrivalText, originName, serverNow, sizeChart }: TProps) {
  const [selection, setSelection] = useState<TSelection>(() => ({ ...(initialVariant(variants)?.options ?? {}) }));
  // The page is cached for every visitor, so a shared link's ?variant= is applied here.
  useEffect(() => {
    const requested = new URLSearchParams(window.location.search).get("variant");
    const shared = requested ? variants.find((v) => v.id === requested) : undefined;
    if (!shared) return;
    setSelection({ ...shared.options });
    window.dispatchEvent(new CustomEvent(VARIANT_EVENT, { detail: shared.options }));
  }, [variants]);
  const [quantity, setQuantity] = useState(1);
  const names = optionNames.filter((n) => variants.some((v) => v.options[n] !== undefined));
  const variant = (names.length ? findVariant(variants, names, selection) : variants[0]) ?? variants[0];
  if (!variant) return null;
  const maxQty = Math.max(1, Math.min(10, variant.remaining ?? 10));

  function choose(name: string, value: string) {
    const next = selectValue(variants, names, selection, name, value);
    setSelection(next);
    setQuantity(1);
    const picked = findVariant(variants, names, next);
    if (picked) {
      const url = new URL(window.location.href);
      url.searchParams.set("variant", picked.id);
      window.history.replaceState(null, "", url);
      window.dispatchEvent(new CustomEvent(VARIANT_EVENT, { detail: picked.options }));
    }
  }

  return (
    <div className="space-y-5">
      <div>
        <Price
          minor={variant.priceMinor}
          compareAtMinor={variant.compareAtMinor}
          currency={variant.currency}
          size="lg"
        />
        <p className="mt-1 text-xs text-ink-muted">
          Price in cedis, import duties included. Delivery calculated at checkout.
        </p>
      </div>

      {names.map((name) => (
        <fieldset key={name}>
          <div className="mb-2 flex items-center justify-between">
            <legend className="text-sm font-semibold text-ink">
              {name}: <span className="font-normal text-ink-muted">{selection[name]}</span>
            </legend>
            {name.toLowerCase() === "size" ? sizeChart : null}
          </div>
          <div className="flex flex-wrap gap-2">
            {optionValues(variants, name).map((value) => {
              const state = comboState(variants, names, selection, name, value);
              const isSelected = selection[name] === value;
              return (
                <button
                  key={value}
                  type="button"
                  onClick={() => choose(name, value)}
                  aria-pressed={isSelected}
                  aria-label={`${name} ${value}${state === "available" ? "" : state === "missing" ? ", not made in this combination" : ", unavailable"}`}
                  data-state={state}
                  className={cn(
                    "min-h-11 min-w-11 rounded-control px-3.5 text-sm font-medium ring-1 transition-colors",
                    isSelected ? "bg-ink text-white ring-ink" : "bg-surface text-ink ring-black/15 hover:ring-ink",
                    state !== "available" && "text-ink-muted line-through decoration-2",
                    state !== "available" && isSelected && "bg-ink-muted text-white",
                    state === "missing" && !isSelected && "border-dashed bg-surface-muted",
                  )}
                >
                  {value}
                </button>
              );
            })}
          </div>
        </fieldset>
      ))}

      <AvailabilityPanel
        variant={variant}
        batch={batch}
        arrivalText={arrivalText}
        originName={originName}
        serverNow={serverNow}
      />

      <div className="flex items-stretch gap-3">
        <div className="flex items-center rounded-control ring-1 ring-black/15" role="group" aria-label="Quantity">
          <button
            type="button"
            className="grid h-12 w-11 place-items-center disabled:opacity-40"
            onClick={() => setQuantity((q) => Math.max(1, q - 1))}
            disabled={quantity <= 1}
            aria-label="Decrease quantity"
          >
            <Minus aria-hidden="true" className="h-4 w-4" />
          </button>
          <output aria-live="polite" aria-label="Quantity" className="w-8 text-center font-semibold tabular-nums">
            {quantity}
          </output>
          <button
            type="button"
            className="grid h-12 w-11 place-items-center disabled:opacity-40"
            onClick={() => setQuantity((q) => Math.min(maxQty, q + 1))}
            disabled={quantity >= maxQty || !variant.isPurchasable}
            aria-label="Increase quantity"
          >
            <Plus aria-hidden="true" className="h-4 w-4" />
          </button>
        </div>
        <div className="flex-1 [&>*]:w-full">
          <AddToCart variantId={variant.id} quantity={quantity} disabled={!variant.isPurchasable} />
        </div>
      </div>
      <p className="text-xs text-ink-muted" data-testid="selected-sku">
        SKU {variant.sku}
      </p>
    </div>
  );
}

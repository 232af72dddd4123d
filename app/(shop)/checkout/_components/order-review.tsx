"use client";

import { AlertTriangle, RefreshCw } from "lucide-react";
import Image from "next/image";
import { changeText } from "@/components/cart/cart-line";
import { ShipmentHeading } from "@/components/cart/shipment-heading";
import { Button } from "@/components/ui/button";
import type { TCheckoutReview } from "@/lib/checkout/types";
import { formatMoney } from "@/lib/money";

/** The server-repriced order: items by vendor and shipment, changes to accept, and totals. */
export function OrderReview({
  review,
  onAcceptChanges,
  isLoading,
}: {
  review: TCheckoutReview;
  onAcceptChanges: () => void;
  isLoading: boolean;
}) {
  const { cart, totals } = review;
  const byId = new Map(cart.lines.map((l) => [l.variantId, l]));
  const unavailable = cart.lines.filter((l) => !l.isOrderable);
  return (
    <div className="space-y-4" aria-busy={isLoading}>
      {cart.hasChanges ? (
        <div
          role="alert"
          className="rounded-control bg-warning-50 p-3 text-sm text-warning-700"
          data-testid="checkout-changes"
        >
          <p className="flex gap-2 font-medium">
            <AlertTriangle aria-hidden="true" className="mt-0.5 h-4 w-4 shrink-0" />
            Some items changed since you added them. Check the new details, then accept them to continue.
          </p>
          <Button size="sm" className="mt-2" onClick={onAcceptChanges}>
            <RefreshCw aria-hidden="true" className="h-4 w-4" /> Accept changes
          </Button>
        </div>
      ) : null}
      {cart.vendors.map((v) => (
        <div key={v.vendorId}>
          <p className="mb-1.5 text-xs font-semibold tracking-wide text-ink-muted uppercase">Sold by {v.vendorName}</p>
          {v.shipments.map((s) => (
            <div key={s.key} className="mb-2">
              <ShipmentHeading shipment={s} />
              <ul className="divide-y divide-black/5">
                {s.variantIds.map((id) => {
                  const l = byId.get(id);
                  if (!l) return null;
                  return (
                    <li key={id} className="flex gap-3 py-2.5" data-testid="review-line">
                      <div className="relative h-12 w-12 shrink-0 overflow-hidden rounded-control bg-surface-sunken">
                        {l.image ? <Image src={l.image.url} alt="" fill sizes="48px" className="object-cover" /> : null}
                      </div>
                      <div className="min-w-0 flex-1 text-sm">
                        <p className="line-clamp-2 font-medium text-ink">{l.productTitle}</p>
                        <p className="text-xs text-ink-muted">
                          {l.variantTitle ? `${l.variantTitle} · ` : ""}
                          {l.quantity} × {formatMoney(l.unitPriceMinor)}
                        </p>
                        {l.changes.length ? (
                          <p className="mt-1 text-xs text-warning-700">{l.changes.map(changeText).join(" ")}</p>
                        ) : null}
                      </div>
                      <p className="shrink-0 text-sm font-semibold tabular-nums">{formatMoney(l.lineTotalMinor)}</p>
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </div>
      ))}
      {unavailable.length ? (
        <div className="rounded-control bg-danger-50 p-3 text-sm text-danger-700">
          <p className="font-medium">Not included — not available now:</p>
          <ul className="mt-1 list-disc pl-5">
            {unavailable.map((l) => (
              <li key={l.variantId}>
                {l.productTitle} — {l.changes.map(changeText).join(" ")}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {totals ? (
        <dl className="space-y-1.5 border-t border-black/10 pt-3 text-sm" data-testid="checkout-totals">
          <Row label={`Items (${cart.itemCount})`} value={formatMoney(totals.subtotalMinor)} />
          <Row
            label="Delivery"
            value={
              totals.deliveryLabel === null
                ? "Choose below"
                : totals.deliveryFeeMinor === 0
                  ? "Free"
                  : formatMoney(totals.deliveryFeeMinor)
            }
          />
          <Row label="Total" value={formatMoney(totals.totalMinor)} isStrong />
          <div className="mt-2 rounded-control bg-brand-50 px-3 py-2">
            <Row label="Pay now" value={formatMoney(totals.dueNowMinor)} isStrong testId="due-now" />
            {totals.dueLaterMinor > 0 ? (
              <Row
                label="Due when your pre-orders arrive"
                value={formatMoney(totals.dueLaterMinor)}
                testId="due-later"
              />
            ) : null}
          </div>
        </dl>
      ) : null}
    </div>
  );
}

function Row({
  label,
  value,
  isStrong = false,
  testId,
}: {
  label: string;
  value: string;
  isStrong?: boolean;
  testId?: string;
}) {
  return (
    <div className="flex items-baseline justify-between gap-3">
      <dt className={isStrong ? "font-semibold text-ink" : "text-ink-muted"}>{label}</dt>
      <dd className={`tabular-nums ${isStrong ? "font-semibold text-ink" : "text-ink"}`} data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

"use client";

import { Home, Plus, Store } from "lucide-react";
import { useId, useState } from "react";
import { AddressSummary } from "@/components/addresses/address-card";
import { AddressForm } from "@/components/addresses/address-form";
import { createAddressAction } from "@/app/(shop)/account/addresses/actions";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import type { TAddress, TDeliveryZone, TPickupPoint } from "@/lib/addresses/types";
import type { TDeliveryChoice } from "@/lib/checkout/schemas";
import { cn } from "@/lib/cn";
import { formatMoney } from "@/lib/money";
import { ChoiceCard } from "./choice-card";

/**
 * Home delivery to a saved address (or one added right here) or collection from a pickup
 * point. The fee shown comes from the address's zone; the review re-checks it on the server.
 */
export function DeliverySection({
  addresses,
  zones,
  pickupPoints,
  value,
  onChange,
  contactPhone,
  onContactPhoneChange,
  contactPhoneError,
  onAddressAdded,
}: {
  addresses: TAddress[];
  zones: TDeliveryZone[];
  pickupPoints: TPickupPoint[];
  value: TDeliveryChoice | null;
  onChange: (choice: TDeliveryChoice | null) => void;
  contactPhone: string;
  onContactPhoneChange: (v: string) => void;
  contactPhoneError?: string | undefined;
  onAddressAdded: (a: TAddress) => void;
}) {
  const uid = useId();
  // The method the shopper picked is state of its own: choosing Home before any address
  // exists leaves the delivery unset (null) until the inline form saves one, and the shown
  // method must not fall back to Pickup meanwhile.
  const [picked, setPicked] = useState<"HOME" | "PICKUP">(
    value?.method ?? (addresses.length || !pickupPoints.length ? "HOME" : "PICKUP"),
  );
  const method = value?.method ?? picked;
  const [isAdding, setIsAdding] = useState(addresses.length === 0);

  function pickMethod(m: "HOME" | "PICKUP") {
    setPicked(m);
    if (m === "HOME") {
      const a = addresses.find((x) => x.isDefault) ?? addresses[0];
      onChange(a ? { method: "HOME", addressId: a.id } : null);
      setIsAdding(addresses.length === 0);
    } else {
      const p = pickupPoints[0];
      onChange(p ? { method: "PICKUP", pickupPointId: p.id } : null);
    }
  }

  return (
    <div className="space-y-4">
      <div role="radiogroup" aria-label="Delivery method" className="grid grid-cols-2 gap-2">
        {(
          [
            { m: "HOME", label: "Home delivery", hint: "Fee by zone", Icon: Home },
            { m: "PICKUP", label: "Pickup point", hint: "Free", Icon: Store },
          ] as const
        ).map(({ m, label, hint, Icon }) => (
          <label
            key={m}
            className={cn(
              "flex cursor-pointer items-center gap-3 rounded-control border bg-surface px-3 py-3 text-sm",
              "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600",
              method === m ? "border-brand-600 ring-2 ring-brand-600/25" : "border-black/15 hover:border-black/30",
            )}
          >
            <input
              type="radio"
              name={`${uid}-method`}
              value={m}
              checked={method === m}
              onChange={() => pickMethod(m)}
              className="sr-only"
            />
            <Icon
              aria-hidden="true"
              className={cn("h-5 w-5 shrink-0", method === m ? "text-brand-700" : "text-ink-muted")}
            />
            <span>
              <span className="block font-semibold text-ink">{label}</span>
              <span className="block text-xs text-ink-muted">{hint}</span>
            </span>
          </label>
        ))}
      </div>

      {method === "HOME" ? (
        <div className="space-y-2">
          {addresses.length > 0 ? (
            <div role="radiogroup" aria-label="Delivery address" className="space-y-2">
              {addresses.map((a) => (
                <ChoiceCard
                  key={a.id}
                  name={`${uid}-address`}
                  value={a.id}
                  checked={value?.method === "HOME" && value.addressId === a.id}
                  onChange={() => onChange({ method: "HOME", addressId: a.id })}
                  aside={a.zone ? (a.zone.feeMinor === 0 ? "Free" : formatMoney(a.zone.feeMinor)) : null}
                  testId="address-choice"
                >
                  <AddressSummary address={a} />
                </ChoiceCard>
              ))}
            </div>
          ) : null}
          {isAdding ? (
            <div className="rounded-control border border-black/10 p-3 sm:p-4">
              <h3 className="mb-3 text-sm font-semibold text-ink">
                {addresses.length ? "New address" : "Where should we deliver?"}
              </h3>
              <AddressForm
                zones={zones}
                submitLabel="Save and use this address"
                canChooseDefault={addresses.length > 0}
                save={createAddressAction}
                onSaved={(a) => {
                  setIsAdding(false);
                  onAddressAdded(a);
                  onChange({ method: "HOME", addressId: a.id });
                }}
                {...(addresses.length ? { onCancel: () => setIsAdding(false) } : {})}
              />
            </div>
          ) : (
            <Button variant="ghost" size="sm" onClick={() => setIsAdding(true)}>
              <Plus aria-hidden="true" className="h-4 w-4" /> Add a new address
            </Button>
          )}
        </div>
      ) : (
        <div className="space-y-3">
          <div role="radiogroup" aria-label="Pickup point" className="space-y-2">
            {pickupPoints.map((p) => (
              <ChoiceCard
                key={p.id}
                name={`${uid}-pickup`}
                value={p.id}
                checked={value?.method === "PICKUP" && value.pickupPointId === p.id}
                onChange={() => onChange({ method: "PICKUP", pickupPointId: p.id })}
                aside="Free"
                testId="pickup-choice"
              >
                <p className="text-sm font-semibold text-ink">{p.name}</p>
                <p className="text-sm text-ink-muted">
                  {p.address}, {p.city}
                </p>
                <p className="text-xs text-ink-muted">{p.openingHours}</p>
              </ChoiceCard>
            ))}
          </div>
          <Field
            id={`${uid}-contact`}
            label="Phone for collection updates"
            hint="We text you when your order is ready to collect"
            error={contactPhoneError}
          >
            <Input
              id={`${uid}-contact`}
              type="tel"
              inputMode="tel"
              autoComplete="tel"
              placeholder="024 123 4567"
              value={contactPhone}
              onChange={(e) => onContactPhoneChange(e.target.value)}
              aria-invalid={contactPhoneError ? true : undefined}
            />
          </Field>
        </div>
      )}
    </div>
  );
}

"use client";

import { Loader2, ShoppingBag } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { useCartStore } from "@/components/cart/cart-provider";
import { MobileMoneyFields } from "@/components/payments/mobile-money-fields";
import { PaymentMethodPicker, type TPayMethod } from "@/components/payments/payment-method-picker";
import { useMobileMoney } from "@/components/payments/use-mobile-money";
import { Button, buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { formatGhanaPhone, normalizeGhanaPhone } from "@/lib/addresses/schemas";
import type { TAddress, TDeliveryZone, TPickupPoint } from "@/lib/addresses/types";
import type { TDeliveryChoice, TPaymentPlanChoice } from "@/lib/checkout/schemas";
import { checkoutApi } from "@/lib/checkout/client";
import type { TMobileMoneyProvider } from "@/lib/checkout/schemas";
import type { TPlacedOrderResponse } from "@/lib/checkout/types";
import { formatMoney } from "@/lib/money";
import { DeliverySection } from "./delivery-section";
import { OrderReview } from "./order-review";
import { PlacedOrderPanel } from "./placed-order-panel";
import { PlanSection } from "./plan-section";
import { StepSection } from "./step-section";
import { useCheckoutReview } from "./use-checkout-review";

type TProps = { addresses: TAddress[]; zones: TDeliveryZone[]; pickupPoints: TPickupPoint[]; idempotencyKey: string };
type TPhase = "form" | "placing" | "redirecting" | "paying" | "pay-failed";
type TErrors = { delivery?: string; provider?: string; phone?: string; contactPhone?: string; form?: string };

/**
 * /checkout: delivery, payment plan, payment method and the server's review on one page;
 * "Place order and pay" places the order (idempotent: the key is fixed for this form, so a
 * double click or a retry returns the same order) and starts the payment.
 */
export function CheckoutForm({ addresses: initialAddresses, zones, pickupPoints, idempotencyKey }: TProps) {
  const uid = useId();
  const router = useRouter();
  const store = useCartStore();
  const [key] = useState(idempotencyKey); // later renders of the page must not change it
  const [added, setAdded] = useState<TAddress[]>([]);
  const addresses = [...initialAddresses, ...added.filter((a) => !initialAddresses.some((b) => b.id === a.id))];
  const fallback = addresses.find((a) => a.isDefault) ?? addresses[0];
  const [delivery, setDelivery] = useState<TDeliveryChoice | null>(
    fallback ? { method: "HOME", addressId: fallback.id } : null,
  );
  const [plan, setPlan] = useState<TPaymentPlanChoice>("FULL");
  const [method, setMethod] = useState<TPayMethod>("momo");
  const [provider, setProvider] = useState<TMobileMoneyProvider | null>(null);
  const defaultPhone = fallback ? formatGhanaPhone(fallback.phone) : "";
  const [momoPhone, setMomoPhone] = useState(defaultPhone);
  const [contactPhone, setContactPhone] = useState(defaultPhone);
  const [errors, setErrors] = useState<TErrors>({});
  const [phase, setPhase] = useState<TPhase>("form");
  const [placed, setPlaced] = useState<TPlacedOrderResponse | null>(null);
  const [refreshKey, setRefreshKey] = useState(0);
  const orderedRef = useRef<string[]>([]);
  const {
    review,
    error: reviewError,
    isLoading,
    hasHydrated,
    lines,
    acceptChanges,
  } = useCheckoutReview({ delivery, paymentPlan: plan, refreshKey });
  function onPaid(orderNumber: string) {
    // The paid items leave the cart (the cart sync pushes this to the stored cart).
    const paid = new Set(orderedRef.current);
    const state = store.getState();
    state.replace(state.lines.filter((l) => !paid.has(l.variantId)));
    router.push(`/orders/${orderNumber}?paid=1`);
  }
  const momo = useMobileMoney({ onSucceeded: onPaid });

  async function onSubmit() {
    if (phase !== "form" || !review?.totals) return;
    const next: TErrors = {};
    if (!delivery) next.delivery = "Choose a delivery address or a pickup point.";
    const wallet = normalizeGhanaPhone(momoPhone);
    if (method === "momo" && !provider) next.provider = "Choose your network";
    if (method === "momo" && !wallet) next.phone = "Enter a Ghana number like 024 123 4567";
    const contact = delivery?.method === "PICKUP" ? normalizeGhanaPhone(contactPhone) : null;
    if (delivery?.method === "PICKUP" && !contact) next.contactPhone = "Enter a Ghana number like 024 123 4567";
    setErrors(next);
    if (Object.keys(next).length || !delivery) return;

    setPhase("placing");
    const orderable = review.cart.lines
      .filter((l) => l.isOrderable && l.quantity > 0)
      .map((l) => ({ variantId: l.variantId, quantity: l.quantity }));
    const r = await checkoutApi.placeOrder(key, {
      lines: orderable,
      delivery,
      paymentPlan: review.totals.paymentPlan,
      ...(contact ? { contactPhone: contact } : {}),
      expectedDueNowMinor: review.totals.dueNowMinor,
    });
    if (!r.ok) {
      setPhase("form");
      setErrors({ form: r.message });
      if (r.code === "CONFLICT" || r.code === "OUT_OF_STOCK" || r.code === "INVALID_STATE") setRefreshKey((n) => n + 1);
      return;
    }
    orderedRef.current = orderable.map((l) => l.variantId);
    setPlaced(r.data);
    const orderNumber = r.data.order.number;
    if (method === "card") {
      setPhase("redirecting");
      const c = await checkoutApi.startCard(orderNumber);
      if (c.ok) {
        window.location.assign(c.data.authorizationUrl);
        return;
      }
      setErrors({ form: c.message });
      setPhase("pay-failed");
      return;
    }
    setPhase("paying");
    void momo.start({ orderNumber, provider: provider!, phone: wallet! });
  }

  if (placed && phase !== "form" && phase !== "placing") {
    return (
      <PlacedOrderPanel
        placed={placed}
        phase={phase}
        momo={momo}
        momoPhone={momoPhone}
        error={errors.form ?? null}
        onPaid={onPaid}
        onRetry={() => {
          momo.reset();
          setErrors({});
          setPhase("pay-failed");
        }}
      />
    );
  }
  if (!hasHydrated || (lines.length > 0 && !review && !reviewError)) return <CheckoutSkeleton />;
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
        Add something to your cart, then come back here to pay.
      </EmptyState>
    );
  }

  const totals = review?.totals ?? null;
  const isBusy = phase === "placing";
  const canSubmit = Boolean(review?.canPlace) && !isBusy && !isLoading;
  return (
    // Not a <form>: the address form nested in the delivery step must not be inside another form.
    <div className="grid gap-5 lg:grid-cols-[1fr_24rem] lg:items-start" role="group" aria-label="Checkout">
      <div className="space-y-5">
        <StepSection step={1} id={`${uid}-delivery`} title="Delivery">
          <DeliverySection
            addresses={addresses}
            zones={zones}
            pickupPoints={pickupPoints}
            value={delivery}
            onChange={(d) => {
              setDelivery(d);
              setErrors((x) => ({ ...x, delivery: undefined }));
            }}
            contactPhone={contactPhone}
            onContactPhoneChange={setContactPhone}
            contactPhoneError={errors.contactPhone}
            onAddressAdded={(a) => setAdded((xs) => [...xs, a])}
          />
          {errors.delivery ? <p className="mt-2 text-sm text-danger-700">{errors.delivery}</p> : null}
        </StepSection>
        {totals?.plans.deposit ? (
          <StepSection step={2} id={`${uid}-plan`} title="Payment plan">
            <PlanSection value={plan} onChange={setPlan} totals={totals} />
          </StepSection>
        ) : null}
        <StepSection step={totals?.plans.deposit ? 3 : 2} id={`${uid}-method`} title="Pay with">
          <div className="space-y-4">
            <PaymentMethodPicker name={`${uid}-pay`} value={method} onChange={setMethod} />
            {method === "momo" ? (
              <MobileMoneyFields
                idPrefix={`${uid}-momo`}
                provider={provider}
                phone={momoPhone}
                onProviderChange={setProvider}
                onPhoneChange={setMomoPhone}
                errors={errors}
              />
            ) : (
              <p className="text-sm text-ink-muted">
                You will enter your card on Paystack&apos;s secure page, then come straight back here.
              </p>
            )}
          </div>
        </StepSection>
      </div>

      <section
        aria-labelledby={`${uid}-review`}
        className="rounded-card bg-surface p-4 shadow-card ring-1 ring-black/5 sm:p-5 lg:sticky lg:top-24"
      >
        <h2 id={`${uid}-review`} className="mb-3 text-base font-semibold text-ink">
          Your order
        </h2>
        {review ? <OrderReview review={review} onAcceptChanges={acceptChanges} isLoading={isLoading} /> : null}
        {reviewError ? (
          <p role="alert" className="mt-3 rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
            {reviewError}
          </p>
        ) : review?.problem ? (
          <p
            className="mt-3 rounded-control bg-surface-muted px-3 py-2 text-sm text-ink-muted"
            data-testid="review-problem"
          >
            {review.problem}
          </p>
        ) : null}
        {errors.form ? (
          <p role="alert" className="mt-3 rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
            {errors.form}
          </p>
        ) : null}
        <Button
          size="lg"
          className="mt-4 w-full"
          disabled={!canSubmit}
          isLoading={isBusy}
          onClick={() => void onSubmit()}
        >
          {isBusy
            ? "Placing your order…"
            : totals
              ? `Place order and pay ${formatMoney(totals.dueNowMinor)}`
              : "Place order and pay"}
        </Button>
        {isLoading && !isBusy ? (
          <p className="mt-2 flex items-center justify-center gap-1.5 text-xs text-ink-muted" role="status">
            <Loader2 aria-hidden="true" className="h-3.5 w-3.5 animate-spin" /> Updating totals…
          </p>
        ) : (
          <p className="mt-2 text-center text-xs text-ink-muted">
            Payments are processed securely by Paystack. Your items are held for you while you pay.
          </p>
        )}
      </section>
    </div>
  );
}

function CheckoutSkeleton() {
  return (
    <div className="grid gap-5 lg:grid-cols-[1fr_24rem]" aria-hidden="true">
      <div className="space-y-5">
        <Skeleton className="h-64 rounded-card" />
        <Skeleton className="h-40 rounded-card" />
      </div>
      <Skeleton className="h-80 rounded-card" />
    </div>
  );
}

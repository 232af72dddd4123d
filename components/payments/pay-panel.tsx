"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { MobileMoneyFields } from "@/components/payments/mobile-money-fields";
import { MobileMoneyStatus } from "@/components/payments/mobile-money-status";
import { PaymentMethodPicker, type TPayMethod } from "@/components/payments/payment-method-picker";
import { useMobileMoney } from "@/components/payments/use-mobile-money";
import { formatGhanaPhone, normalizeGhanaPhone } from "@/lib/addresses/schemas";
import { checkoutApi } from "@/lib/checkout/client";
import type { TMobileMoneyProvider } from "@/lib/checkout/schemas";
import { formatMoney } from "@/lib/money";

/**
 * "Pay now" / "Pay balance" on the order page: card (redirect to Paystack) or Mobile Money
 * (in-page). Each attempt is a new Paystack transaction; the server decides the amount.
 */
export function PayPanel({
  orderNumber,
  amountMinor,
  kind,
  defaultPhone,
  onPaid,
}: {
  orderNumber: string;
  amountMinor: number;
  kind?: "BALANCE";
  defaultPhone?: string | null;
  /** After a Mobile Money success; the order page just re-renders itself by default. */
  onPaid?: (orderNumber: string) => void;
}) {
  const uid = useId();
  const router = useRouter();
  const [method, setMethod] = useState<TPayMethod>("momo");
  const [provider, setProvider] = useState<TMobileMoneyProvider | null>(null);
  const [phone, setPhone] = useState(defaultPhone ? formatGhanaPhone(defaultPhone) : "");
  const [errors, setErrors] = useState<{ provider?: string; phone?: string; form?: string }>({});
  const [isRedirecting, setIsRedirecting] = useState(false);
  const momo = useMobileMoney({ onSucceeded: (n) => (onPaid ? onPaid(n) : router.refresh()) });

  async function payByCard() {
    setErrors({});
    setIsRedirecting(true);
    const r = await checkoutApi.startCard(orderNumber, kind);
    if (!r.ok) {
      setIsRedirecting(false);
      setErrors({ form: r.message });
      return;
    }
    window.location.assign(r.data.authorizationUrl);
  }

  function payByMomo() {
    const e: typeof errors = {};
    if (!provider) e.provider = "Choose your network";
    const normalized = normalizeGhanaPhone(phone);
    if (!normalized) e.phone = "Enter a Ghana number like 024 123 4567";
    setErrors(e);
    if (!provider || !normalized) return;
    void momo.start({ orderNumber, provider, phone: normalized, ...(kind ? { kind } : {}) });
  }

  if (momo.state.step !== "idle") {
    return (
      <MobileMoneyStatus
        state={momo.state}
        amountMinor={amountMinor}
        phoneLabel={phone}
        onSubmitOtp={(otp) => void momo.submitOtp(otp)}
        onRetry={momo.reset}
      />
    );
  }

  return (
    <form
      className="space-y-4"
      aria-label={kind === "BALANCE" ? "Pay the balance" : "Pay for this order"}
      onSubmit={(e) => {
        e.preventDefault();
        if (method === "card") void payByCard();
        else payByMomo();
      }}
    >
      <PaymentMethodPicker name={`${uid}-method`} value={method} onChange={setMethod} />
      {method === "momo" ? (
        <MobileMoneyFields
          idPrefix={uid}
          provider={provider}
          phone={phone}
          onProviderChange={setProvider}
          onPhoneChange={setPhone}
          errors={errors}
        />
      ) : (
        <p className="text-sm text-ink-muted">
          You will pay on Paystack&apos;s secure page and come straight back here.
        </p>
      )}
      {errors.form ? (
        <p role="alert" className="rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
          {errors.form}
        </p>
      ) : null}
      <Button type="submit" size="lg" className="w-full" isLoading={isRedirecting}>
        {kind === "BALANCE" ? "Pay balance" : "Pay"} {formatMoney(amountMinor)}
      </Button>
    </form>
  );
}

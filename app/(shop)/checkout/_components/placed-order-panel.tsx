"use client";

import Link from "next/link";
import { MobileMoneyStatus } from "@/components/payments/mobile-money-status";
import { PayPanel } from "@/components/payments/pay-panel";
import type { useMobileMoney } from "@/components/payments/use-mobile-money";
import { Spinner } from "@/components/ui/button";
import type { TPlacedOrderResponse } from "@/lib/checkout/types";
import { formatDateTime } from "@/lib/dates";
import { formatMoney } from "@/lib/money";

/** After "Place order": the payment in progress (redirect, Mobile Money) or another try. */
export function PlacedOrderPanel({
  placed,
  phase,
  momo,
  momoPhone,
  error,
  onPaid,
  onRetry,
}: {
  placed: TPlacedOrderResponse;
  phase: "redirecting" | "paying" | "pay-failed";
  momo: ReturnType<typeof useMobileMoney>;
  momoPhone: string;
  error: string | null;
  onPaid: (orderNumber: string) => void;
  onRetry: () => void;
}) {
  const { order } = placed;
  const amount = placed.payment?.amountMinor ?? order.balanceDueMinor;
  return (
    <div className="mx-auto max-w-xl rounded-card bg-surface p-5 shadow-card ring-1 ring-black/5 sm:p-6">
      <p className="text-sm text-ink-muted">
        Order <span className="font-semibold text-ink">{order.number}</span> is reserved for you
        {order.expiresAt ? ` until ${formatDateTime(order.expiresAt)}` : ""}.
      </p>
      <h2 className="mt-1 text-xl font-semibold text-ink">Pay {formatMoney(amount)}</h2>
      <div className="mt-5">
        {phase === "redirecting" ? (
          <div className="flex flex-col items-center py-8 text-center" role="status">
            <Spinner className="h-8 w-8 text-brand-600" />
            <p className="mt-3 font-medium">Taking you to Paystack…</p>
          </div>
        ) : phase === "paying" ? (
          <MobileMoneyStatus
            state={momo.state}
            amountMinor={amount}
            phoneLabel={momoPhone}
            onSubmitOtp={(otp) => void momo.submitOtp(otp)}
            onRetry={onRetry}
          />
        ) : (
          <div className="space-y-4">
            {error ? (
              <p role="alert" className="rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
                {error}
              </p>
            ) : null}
            <PayPanel orderNumber={order.number} amountMinor={amount} defaultPhone={null} onPaid={onPaid} />
          </div>
        )}
      </div>
      <p className="mt-5 text-center text-sm">
        <Link href={`/orders/${order.number}`} className="text-brand-700 hover:underline">
          View order {order.number}
        </Link>
      </p>
    </div>
  );
}

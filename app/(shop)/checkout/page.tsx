import { randomUUID } from "node:crypto";
import { Clock, Lock } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { listAddresses } from "@/lib/addresses/list-addresses";
import { listDeliveryZones, listPickupPoints } from "@/lib/addresses/list-delivery-options";
import { requireUserPage } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/dates";
import { formatMoney } from "@/lib/money";
import { getLatestPayableOrder } from "@/lib/orders/list-customer-orders";
import { CheckoutForm } from "./_components/checkout-form";

export const metadata: Metadata = { title: "Checkout", robots: { index: false } };

export default async function CheckoutPage() {
  const user = await requireUserPage("/checkout");
  const [addresses, zones, pickupPoints, payable] = await Promise.all([
    listAddresses({ userId: user.id }),
    listDeliveryZones(),
    listPickupPoints(),
    getLatestPayableOrder({ customerId: user.id }),
  ]);
  return (
    <div className="mx-auto w-full max-w-6xl py-6 sm:py-8">
      <div className="mb-5 flex flex-wrap items-end justify-between gap-2">
        <h1 className="text-2xl font-semibold tracking-tight text-ink sm:text-3xl">Checkout</h1>
        <p className="flex items-center gap-1.5 text-sm text-ink-muted">
          <Lock aria-hidden="true" className="h-4 w-4" /> Secure payment by Paystack
        </p>
      </div>
      {payable ? (
        <p
          className="mb-5 flex flex-wrap items-center gap-x-2 gap-y-1 rounded-card bg-warning-50 px-4 py-3 text-sm text-warning-700"
          data-testid="payable-order"
        >
          <Clock aria-hidden="true" className="h-4 w-4 shrink-0" />
          Order {payable.number} ({formatMoney(payable.balanceDueMinor)}) is waiting for payment
          {payable.expiresAt ? ` until ${formatDateTime(payable.expiresAt)}` : ""}.
          <Link href={`/orders/${payable.number}`} className="font-semibold underline underline-offset-2">
            Pay for it
          </Link>
        </p>
      ) : null}
      {/* A fresh key per rendered form: a retry of this form returns the same order. */}
      <CheckoutForm addresses={addresses} zones={zones} pickupPoints={pickupPoints} idempotencyKey={randomUUID()} />
    </div>
  );
}

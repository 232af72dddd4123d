import { CheckCircle2, Clock, ShieldAlert, XCircle } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AutoRefresh } from "@/components/orders/auto-refresh";
import { buttonClasses } from "@/components/ui/button";
import { requireUserPage } from "@/lib/auth/guards";
import { removeOrderedFromCart } from "@/lib/cart/remove-ordered-from-cart";
import { confirmCallback } from "@/lib/payments/confirm-callback";
import { ZPaymentReference } from "@/lib/checkout/schemas";
import { isAppError } from "@/lib/errors";
import { formatMoney } from "@/lib/money";
import { RemoveFromCart } from "./remove-from-cart";
import { RetryCardButton } from "./retry-card-button";

export const metadata: Metadata = { title: "Payment", robots: { index: false } };

type TProps = { searchParams: Promise<{ reference?: string | string[]; trxref?: string | string[] }> };

/** Paystack sends the customer back here; the server verifies before saying anything. */
export default async function PaymentCallbackPage({ searchParams }: TProps) {
  const sp = await searchParams;
  const raw = typeof sp.reference === "string" ? sp.reference : typeof sp.trxref === "string" ? sp.trxref : "";
  const user = await requireUserPage(`/checkout/callback?reference=${encodeURIComponent(raw)}`);
  const parsed = ZPaymentReference.safeParse(raw);
  if (!parsed.success) notFound();
  const result = await confirmCallback({ customerId: user.id, reference: parsed.data }).catch((e: unknown) => {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const orderHref = `/orders/${result.orderNumber}`;
  const paidVariantIds =
    result.state === "succeeded"
      ? await removeOrderedFromCart({ customerId: user.id, orderNumber: result.orderNumber })
      : [];
  const what = result.kind === "BALANCE" ? "balance" : result.kind === "DEPOSIT" ? "deposit" : "payment";

  return (
    <div className="mx-auto w-full max-w-lg py-10 sm:py-16">
      <div className="flex flex-col items-center rounded-card bg-surface px-5 py-10 text-center shadow-card ring-1 ring-black/5">
        {result.state === "succeeded" ? (
          <>
            <RemoveFromCart variantIds={paidVariantIds} />
            <CheckCircle2 aria-hidden="true" className="h-16 w-16 text-brand-600" />
            <h1 className="mt-4 text-2xl font-semibold text-ink">Payment received</h1>
            <p className="mt-2 text-ink-muted">
              Thank you! Your {what} of <strong className="text-ink">{formatMoney(result.amountMinor)}</strong> for
              order {result.orderNumber} is confirmed.
            </p>
            <Link href={orderHref} className={buttonClasses({ size: "lg", className: "mt-6" })}>
              Track your order
            </Link>
          </>
        ) : result.state === "pending" ? (
          <>
            <AutoRefresh intervalMs={3000} maxMs={3 * 60_000} />
            <Clock aria-hidden="true" className="h-16 w-16 text-accent-500" />
            <h1 className="mt-4 text-2xl font-semibold text-ink">Confirming your payment…</h1>
            <p className="mt-2 text-ink-muted" role="status">
              Paystack has not confirmed {formatMoney(result.amountMinor)} yet. This page checks again by itself — you
              will not be charged twice.
            </p>
            <Link href={orderHref} className={buttonClasses({ variant: "outline", className: "mt-6" })}>
              Go to order {result.orderNumber}
            </Link>
          </>
        ) : result.state === "needs_review" ? (
          <>
            <ShieldAlert aria-hidden="true" className="h-16 w-16 text-warning-700" />
            <h1 className="mt-4 text-2xl font-semibold text-ink">We are checking this payment</h1>
            <p className="mt-2 text-ink-muted">
              Paystack&apos;s answer did not match your order, so our team will check it by hand. You will not be
              charged twice.
            </p>
            <Link href={orderHref} className={buttonClasses({ variant: "outline", className: "mt-6" })}>
              Go to order {result.orderNumber}
            </Link>
          </>
        ) : (
          <>
            <XCircle aria-hidden="true" className="h-16 w-16 text-danger-600" />
            <h1 className="mt-4 text-2xl font-semibold text-ink">Payment not completed</h1>
            <p className="mt-2 text-ink-muted" role="alert">
              {sentence(result.failureReason ?? "The payment was not completed")} No money was taken by this attempt.
              {result.isOrderPaidAnyway
                ? ` Order ${result.orderNumber} has since been paid, so there is nothing more to do.`
                : ""}
            </p>
            <div className="mt-6 flex w-full flex-col gap-2 sm:w-auto sm:flex-row">
              {result.canRetry ? (
                <RetryCardButton
                  orderNumber={result.orderNumber}
                  kind={result.kind === "BALANCE" ? "BALANCE" : undefined}
                />
              ) : null}
              <Link href={orderHref} className={buttonClasses({ variant: "outline", size: "lg" })}>
                {result.canRetry ? "Pay another way" : `Go to order ${result.orderNumber}`}
              </Link>
            </div>
          </>
        )}
      </div>
    </div>
  );
}

function sentence(text: string): string {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

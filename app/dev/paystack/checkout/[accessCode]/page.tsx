// The Paystack emulator's hosted checkout (emulator mode only; Paystack's own in real mode).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Lock } from "lucide-react";
import { getCheckoutView, isPaystackEmulatorEnabled } from "@/lib/integrations/paystack/emulator";
import { formatMoney } from "@/lib/money";
import { CheckoutPanel } from "../../_components/checkout-panel";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Pay with Paystack (emulator)", robots: { index: false } };

export default async function CheckoutPage({ params }: { params: Promise<{ accessCode: string }> }) {
  if (!isPaystackEmulatorEnabled()) notFound();
  const view = await getCheckoutView((await params).accessCode);
  if (!view) notFound();
  return (
    <main className="flex min-h-screen items-start justify-center bg-surface-sunken px-4 py-10 sm:items-center">
      <div className="w-full max-w-md">
        <p className="mb-3 text-center text-xs font-semibold uppercase tracking-widest text-accent-600">
          Test mode · Paystack emulator
        </p>
        <section className="overflow-hidden rounded-card bg-surface shadow-card">
          <header className="flex items-start justify-between gap-4 border-b border-surface-sunken px-6 py-5">
            <div className="min-w-0">
              <p className="truncate text-sm font-semibold text-ink">{view.businessName}</p>
              <p className="truncate text-sm text-ink-subtle">{view.email}</p>
            </div>
            <div className="text-right">
              <p className="text-xs text-ink-subtle">Pay</p>
              <p className="text-xl font-bold text-brand-700">{formatMoney(view.amount)}</p>
            </div>
          </header>
          <div className="px-6 py-6">
            <CheckoutPanel initial={view} />
          </div>
        </section>
        <p className="mt-4 flex items-center justify-center gap-1.5 text-xs text-ink-subtle">
          <Lock className="h-3.5 w-3.5" aria-hidden /> Secured by Paystack · emulated · ref {view.reference}
        </p>
      </div>
    </main>
  );
}

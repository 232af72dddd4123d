// The Paystack emulator's "phone": pending Mobile Money approvals and OTP texts (emulator mode only).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isPaystackEmulatorEnabled, listPhonePrompts } from "@/lib/integrations/paystack/emulator";
import { PhonePanel } from "../_components/phone-panel";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Phone (Paystack emulator)", robots: { index: false } };

export default async function PhonePage() {
  if (!isPaystackEmulatorEnabled()) notFound();
  const prompts = await listPhonePrompts();
  return (
    <main className="min-h-screen bg-surface-sunken px-4 py-10">
      <div className="mx-auto mb-6 max-w-sm text-center">
        <p className="text-xs font-semibold uppercase tracking-widest text-accent-600">Test mode · Paystack emulator</p>
        <h1 className="mt-1 text-lg font-semibold text-ink">Mobile Money phone</h1>
        <p className="mt-1 text-sm text-ink-muted">
          Approve or decline payment prompts as the customer would.{" "}
          <Link href="/dev/paystack" className="text-brand-700 underline">
            Emulator dashboard
          </Link>
        </p>
      </div>
      <PhonePanel initial={prompts} />
    </main>
  );
}

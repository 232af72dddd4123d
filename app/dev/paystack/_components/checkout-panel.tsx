"use client";
import { useEffect, useState } from "react";
import type { TCheckoutView } from "@/lib/integrations/paystack/emulator/hosted";
import { cn } from "@/lib/cn";
import { formatMoney } from "@/lib/money";
import { CardForm, type TCardFields } from "./card-form";
import { MobileMoneyForm, type TMomoFields } from "./mobile-money-form";
import { OtpForm } from "./otp-form";
import { callJson } from "./post-json";
import { StatusScreen } from "./status-screen";

type TTab = "card" | "mobile_money";

/** The emulated Paystack checkout: card or Mobile Money, OTP step, then back to the shop. */
export function CheckoutPanel({ initial }: { initial: TCheckoutView }) {
  const [view, setView] = useState(initial);
  const [tab, setTab] = useState<TTab>((initial.channel ?? initial.channels[0] ?? "card") as TTab);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const base = `/api/dev/paystack/checkout/${view.accessCode}`;
  const waitingOnPhone =
    view.status === "pay_offline" || (view.status === "send_otp" && view.channel === "mobile_money");
  const payLabel = `Pay ${formatMoney(view.amount)}`;

  // Like Paystack: once paid, the browser goes back to the shop's callback URL.
  useEffect(() => {
    if (!view.redirectUrl) return;
    const t = setTimeout(() => window.location.assign(view.redirectUrl!), 800);
    return () => clearTimeout(t);
  }, [view.redirectUrl]);

  // While the customer answers on the phone, poll the charge.
  useEffect(() => {
    if (!waitingOnPhone) return;
    const id = setInterval(
      () =>
        void (async () => {
          const res = await callJson<TCheckoutView>(base);
          if (res.ok) setView(res.data);
        })(),
      1500,
    );
    return () => clearInterval(id);
  }, [waitingOnPhone, base]);

  async function act(path: string, body: unknown) {
    setBusy(true);
    setError(null);
    const res = await callJson<TCheckoutView>(`${base}/${path}`, body);
    setBusy(false);
    if (res.ok) setView(res.data);
    else setError(res.error);
  }

  async function cancel() {
    const res = await callJson<{ redirectUrl: string | null }>(`${base}/cancel`, {});
    if (res.ok && res.data.redirectUrl) window.location.assign(res.data.redirectUrl);
    else if (res.ok) setView({ ...view, status: "failed", gatewayResponse: "Cancelled by customer" });
  }

  if (view.status === "success" || view.status === "reversed") {
    return (
      <StatusScreen
        tone="success"
        title="Payment successful"
        body={view.redirectUrl ? "Taking you back to the shop…" : "You can close this page."}
      />
    );
  }
  if (view.status === "pay_offline") {
    return (
      <StatusScreen
        tone="waiting"
        title="Approve the payment on your phone"
        body={`We sent a prompt to ${view.mobileMoney?.phone ?? "your phone"}. Enter your Mobile Money PIN there to approve ${formatMoney(view.amount)}.`}
      >
        <a
          href="/dev/paystack/phone"
          target="_blank"
          rel="noreferrer"
          className="text-sm font-semibold text-brand-700 underline"
        >
          Open the phone panel
        </a>
        <button type="button" onClick={cancel} className="block w-full text-sm text-ink-subtle hover:text-danger-600">
          Cancel payment
        </button>
      </StatusScreen>
    );
  }

  const failed = view.status === "failed" ? (view.gatewayResponse ?? "The payment failed.") : null;
  return (
    <div className="space-y-5">
      {view.status !== "send_otp" && view.channels.length > 1 ? (
        <div role="tablist" className="grid grid-cols-2 gap-1 rounded-control bg-surface-muted p-1">
          {(["card", "mobile_money"] as const)
            .filter((c) => view.channels.includes(c))
            .map((c) => (
              <button
                key={c}
                role="tab"
                type="button"
                aria-selected={tab === c}
                onClick={() => setTab(c)}
                className={cn(
                  "rounded-control px-3 py-2 text-sm font-semibold transition",
                  tab === c ? "bg-white text-ink shadow-card" : "text-ink-subtle hover:text-ink",
                )}
              >
                {c === "card" ? "Card" : "Mobile Money"}
              </button>
            ))}
        </div>
      ) : null}
      {error || failed ? (
        <p role="alert" className="rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
          {error ?? `Payment failed: ${failed}. Please try again.`}
        </p>
      ) : null}
      {view.status === "send_otp" ? (
        <OtpForm
          busy={busy}
          onSubmit={(otp) => act("otp", { otp })}
          prompt={view.displayText ?? "Enter the one-time password"}
          hint={
            view.otpHint
              ? `Test OTP: ${view.otpHint}`
              : "The code arrives by SMS — see the phone panel (/dev/paystack/phone)."
          }
        />
      ) : tab === "card" ? (
        <CardForm payLabel={payLabel} busy={busy} onPay={(card: TCardFields) => act("card", card)} />
      ) : (
        <MobileMoneyForm payLabel={payLabel} busy={busy} onPay={(m: TMomoFields) => act("mobile-money", m)} />
      )}
      {waitingOnPhone ? (
        <p className="text-center text-xs text-ink-subtle">Waiting for the code sent to {view.mobileMoney?.phone}…</p>
      ) : null}
      <button
        type="button"
        onClick={cancel}
        className="block w-full text-center text-sm text-ink-subtle hover:text-danger-600"
      >
        Cancel payment
      </button>
    </div>
  );
}

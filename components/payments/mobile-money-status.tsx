"use client";

import { CheckCircle2, Smartphone, XCircle } from "lucide-react";
import { useEffect, useId, useRef, useState } from "react";
import { Button, Spinner } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { formatMoney } from "@/lib/money";
import { SLOW_AFTER_MS, type TMomoState } from "@/components/payments/use-mobile-money";

/** What the customer sees after starting a Mobile Money charge: approve / OTP / result. */
export function MobileMoneyStatus({
  state,
  amountMinor,
  phoneLabel,
  onSubmitOtp,
  onRetry,
  successAction,
}: {
  state: TMomoState;
  amountMinor: number;
  phoneLabel: string;
  onSubmitOtp: (otp: string) => void;
  onRetry: () => void;
  successAction?: React.ReactNode;
}) {
  const uid = useId();
  const [otp, setOtp] = useState("");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [now, setNow] = useState(() => Date.now());

  // Move focus to the new step's heading so screen readers announce it.
  useEffect(() => {
    headingRef.current?.focus();
  }, [state.step]);
  useEffect(() => {
    if (state.step !== "waiting") return;
    const id = window.setInterval(() => setNow(Date.now()), 5000);
    return () => window.clearInterval(id);
  }, [state.step]);

  if (state.step === "starting") {
    return (
      <Panel>
        <Spinner className="h-8 w-8 text-brand-600" />
        <h3 ref={headingRef} tabIndex={-1} className="mt-4 text-lg font-semibold focus:outline-none">
          Sending the payment request…
        </h3>
      </Panel>
    );
  }
  if (state.step === "waiting") {
    const isSlow = now - state.since > SLOW_AFTER_MS;
    return (
      <Panel>
        <span className="relative grid h-16 w-16 place-items-center rounded-full bg-brand-50 text-brand-700">
          <span aria-hidden="true" className="absolute inset-0 animate-ping rounded-full bg-brand-200/60" />
          <Smartphone aria-hidden="true" className="relative h-8 w-8" />
        </span>
        <h3 ref={headingRef} tabIndex={-1} className="mt-4 text-lg font-semibold focus:outline-none">
          Approve the prompt on your phone
        </h3>
        <p className="mt-1 max-w-sm text-sm text-ink-muted">
          We sent a request for <strong className="text-ink">{formatMoney(amountMinor)}</strong> to {phoneLabel}. Enter
          your Mobile Money PIN on the phone to approve it.
        </p>
        {state.displayText ? <p className="mt-2 max-w-sm text-sm text-ink-muted">{state.displayText}</p> : null}
        <p role="status" className="mt-4 inline-flex items-center gap-2 text-sm font-medium text-brand-700">
          <Spinner /> Waiting for your approval…
        </p>
        {isSlow ? (
          <div className="mt-4 rounded-control bg-warning-50 px-3 py-2 text-sm text-warning-700">
            Still waiting. No prompt? Dial your network&apos;s MoMo menu (MTN: *170#) and check “Approvals”, or try
            again.
            <div className="mt-2">
              <Button size="sm" variant="outline" onClick={onRetry}>
                Try again
              </Button>
            </div>
          </div>
        ) : null}
      </Panel>
    );
  }
  if (state.step === "otp") {
    return (
      <Panel>
        <h3 ref={headingRef} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
          Enter the code we sent you
        </h3>
        <p className="mt-1 max-w-sm text-sm text-ink-muted">
          {state.displayText ?? `Your network sent a one-time code to ${phoneLabel}.`}
        </p>
        <form
          className="mt-4 w-full max-w-xs space-y-3 text-left"
          onSubmit={(e) => {
            e.preventDefault();
            onSubmitOtp(otp);
          }}
        >
          <Field id={`${uid}-otp`} label="One-time code" error={state.error}>
            <Input
              id={`${uid}-otp`}
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9]*"
              maxLength={8}
              value={otp}
              onChange={(e) => setOtp(e.target.value.replace(/\D/g, ""))}
              aria-invalid={state.error ? true : undefined}
              className="text-center text-lg tracking-[0.4em]"
            />
          </Field>
          <Button type="submit" className="w-full" isLoading={state.isSubmitting} disabled={otp.length < 4}>
            Confirm payment
          </Button>
        </form>
      </Panel>
    );
  }
  if (state.step === "succeeded") {
    return (
      <Panel>
        <CheckCircle2 aria-hidden="true" className="h-14 w-14 text-brand-600" />
        <div role="status">
          <h3 ref={headingRef} tabIndex={-1} className="mt-3 text-lg font-semibold focus:outline-none">
            Payment received
          </h3>
          <p className="mt-1 text-sm text-ink-muted">Thank you! {formatMoney(amountMinor)} was paid by Mobile Money.</p>
        </div>
        {successAction ? <div className="mt-4">{successAction}</div> : null}
      </Panel>
    );
  }
  if (state.step === "failed") {
    return (
      <Panel>
        <XCircle aria-hidden="true" className="h-14 w-14 text-danger-600" />
        <div role="alert">
          <h3 ref={headingRef} tabIndex={-1} className="mt-3 text-lg font-semibold focus:outline-none">
            The payment did not go through
          </h3>
          <p className="mt-1 max-w-sm text-sm text-ink-muted">{state.message}</p>
        </div>
        <Button className="mt-4" onClick={onRetry}>
          Try again
        </Button>
      </Panel>
    );
  }
  return null;
}

function Panel({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex flex-col items-center rounded-card bg-surface-muted px-4 py-8 text-center">{children}</div>
  );
}

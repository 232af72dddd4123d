"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { checkoutApi } from "@/lib/checkout/client";
import type { TMobileMoneyProvider } from "@/lib/checkout/schemas";
import { isIn } from "@/lib/orders/statuses";
import { SETTLED_PAYMENT_STATUSES } from "@/lib/payments/statuses";

export type TMomoState =
  | { step: "idle" }
  | { step: "starting" }
  | { step: "waiting"; reference: string; displayText: string | null; since: number }
  | { step: "otp"; reference: string; displayText: string | null; error: string | null; isSubmitting: boolean }
  | { step: "succeeded"; reference: string; orderNumber: string }
  | { step: "failed"; message: string; reference: string | null };

const POLL_MS = 2500;
/** After this long without an answer the page says so (the poll keeps going). */
export const SLOW_AFTER_MS = 90_000;

/**
 * The in-page Mobile Money flow: start the charge, then either wait for the approval on the
 * phone (polling the status endpoint every 2.5 s, which re-verifies with Paystack) or ask
 * for the OTP. Ends in "succeeded" or "failed" (retry starts a new attempt).
 */
export function useMobileMoney({ onSucceeded }: { onSucceeded?: (orderNumber: string) => void } = {}) {
  const [state, setState] = useState<TMomoState>({ step: "idle" });
  const onSucceededRef = useRef(onSucceeded);
  useEffect(() => {
    onSucceededRef.current = onSucceeded;
  }, [onSucceeded]);

  const applyCharge = useCallback(
    (r: { reference: string; status: string; displayText: string | null; orderNumber: string }) => {
      if (r.status === "success") {
        setState({ step: "succeeded", reference: r.reference, orderNumber: r.orderNumber });
        onSucceededRef.current?.(r.orderNumber);
      } else if (r.status === "send_otp") {
        setState({ step: "otp", reference: r.reference, displayText: r.displayText, error: null, isSubmitting: false });
      } else if (["failed", "abandoned", "needs_review"].includes(r.status)) {
        setState({ step: "failed", message: r.displayText ?? "The payment was declined.", reference: r.reference });
      } else {
        setState({ step: "waiting", reference: r.reference, displayText: r.displayText, since: Date.now() });
      }
    },
    [],
  );

  const start = useCallback(
    async (input: { orderNumber: string; provider: TMobileMoneyProvider; phone: string; kind?: "BALANCE" }) => {
      setState({ step: "starting" });
      const r = await checkoutApi.startMobileMoney(input);
      if (!r.ok) {
        setState({ step: "failed", message: r.message, reference: null });
        return;
      }
      applyCharge(r.data);
    },
    [applyCharge],
  );

  const submitOtp = useCallback(
    async (otp: string) => {
      if (state.step !== "otp") return;
      const reference = state.reference;
      setState({ ...state, isSubmitting: true, error: null });
      const r = await checkoutApi.submitOtp(reference, otp);
      if (!r.ok) {
        setState({ ...state, isSubmitting: false, error: r.message });
        return;
      }
      applyCharge(r.data);
    },
    [state, applyCharge],
  );

  const reset = useCallback(() => setState({ step: "idle" }), []);

  // Poll while waiting for the approval on the phone.
  const waitingRef = state.step === "waiting" ? state.reference : null;
  useEffect(() => {
    if (!waitingRef) return;
    let isActive = true;
    let timer: number | undefined;
    const tick = async () => {
      const r = await checkoutApi.paymentStatus(waitingRef);
      if (!isActive) return;
      if (r.ok) {
        if (isIn(SETTLED_PAYMENT_STATUSES, r.data.status)) {
          setState({ step: "succeeded", reference: waitingRef, orderNumber: r.data.orderNumber });
          onSucceededRef.current?.(r.data.orderNumber);
          return;
        }
        if (r.data.status === "FAILED" || r.data.status === "ABANDONED" || r.data.needsReview) {
          const message = r.data.needsReview
            ? "We received an unexpected answer for this payment. Our team will check it — you will not be charged twice."
            : (r.data.failureReason ?? "The payment was declined or timed out.");
          setState({ step: "failed", message, reference: waitingRef });
          return;
        }
      }
      timer = window.setTimeout(() => void tick(), POLL_MS);
    };
    timer = window.setTimeout(() => void tick(), POLL_MS);
    return () => {
      isActive = false;
      window.clearTimeout(timer);
    };
  }, [waitingRef]);

  return { state, start, submitOtp, reset };
}

"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { checkoutApi } from "@/lib/checkout/client";

/** "Try again": a new Paystack transaction for the same order, by card. */
export function RetryCardButton({ orderNumber, kind }: { orderNumber: string; kind?: "BALANCE" | undefined }) {
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col">
      <Button
        size="lg"
        isLoading={isBusy}
        onClick={async () => {
          setIsBusy(true);
          setError(null);
          const r = await checkoutApi.startCard(orderNumber, kind);
          if (r.ok) {
            window.location.assign(r.data.authorizationUrl);
            return;
          }
          setIsBusy(false);
          setError(r.message);
        }}
      >
        Try again
      </Button>
      {error ? (
        <p role="alert" className="mt-2 text-sm text-danger-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

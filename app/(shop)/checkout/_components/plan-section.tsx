"use client";

import { useId } from "react";
import type { TPaymentPlanChoice } from "@/lib/checkout/schemas";
import type { TReviewTotals } from "@/lib/checkout/types";
import { formatMoney } from "@/lib/money";
import { ChoiceCard } from "./choice-card";

/** Pay in full, or a deposit now on the pre-order items and the rest when they arrive. */
export function PlanSection({
  value,
  onChange,
  totals,
}: {
  value: TPaymentPlanChoice;
  onChange: (p: TPaymentPlanChoice) => void;
  totals: TReviewTotals;
}) {
  const uid = useId();
  const { full, deposit } = totals.plans;
  const pct = totals.depositBps / 100;
  return (
    <div role="radiogroup" aria-label="Payment plan" className="space-y-2">
      <ChoiceCard
        name={`${uid}-plan`}
        value="FULL"
        checked={value === "FULL"}
        onChange={() => onChange("FULL")}
        aside={formatMoney(full.dueNowMinor)}
        testId="plan-full"
      >
        <p className="text-sm font-semibold text-ink">Pay in full</p>
        <p className="text-sm text-ink-muted">Nothing more to pay later.</p>
      </ChoiceCard>
      {deposit ? (
        <ChoiceCard
          name={`${uid}-plan`}
          value="DEPOSIT"
          checked={value === "DEPOSIT"}
          onChange={() => onChange("DEPOSIT")}
          aside={formatMoney(deposit.dueNowMinor)}
          testId="plan-deposit"
        >
          <p className="text-sm font-semibold text-ink">Pay a {pct}% deposit on pre-orders</p>
          <p className="text-sm text-ink-muted">
            {formatMoney(deposit.dueNowMinor)} now, then{" "}
            <strong className="font-semibold text-ink">{formatMoney(deposit.dueLaterMinor)}</strong> when your pre-order
            items arrive in Accra. Ready-stock items and delivery are paid now.
          </p>
        </ChoiceCard>
      ) : null}
    </div>
  );
}

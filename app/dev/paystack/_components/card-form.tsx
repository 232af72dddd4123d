"use client";
import { useState, type FormEvent } from "react";
import { Field, PayButton } from "./field";

export type TCardFields = { number: string; expiry: string; cvv: string };

// Paystack's test cards, one tap away (README.md in lib/integrations/paystack/emulator).
const TEST_CARDS = [
  { label: "Succeeds", number: "4084 0840 8408 4081" },
  { label: "Asks for OTP", number: "4084 0800 0000 5408" },
  { label: "Declined", number: "5060 6666 6666 6666 666" },
];

const groupDigits = (v: string) =>
  v
    .replace(/\D/g, "")
    .slice(0, 19)
    .replace(/(\d{4})(?=\d)/g, "$1 ");

function formatExpiry(v: string): string {
  const d = v.replace(/\D/g, "").slice(0, 4);
  return d.length > 2 ? `${d.slice(0, 2)}/${d.slice(2)}` : d;
}

export function CardForm({
  payLabel,
  busy,
  onPay,
}: {
  payLabel: string;
  busy: boolean;
  onPay: (card: TCardFields) => void;
}) {
  const [card, setCard] = useState<TCardFields>({ number: "", expiry: "", cvv: "" });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onPay(card);
  };
  return (
    <form onSubmit={submit} className="space-y-4">
      <Field
        label="Card number"
        inputMode="numeric"
        autoComplete="cc-number"
        placeholder="0000 0000 0000 0000"
        required
        value={card.number}
        onChange={(e) => setCard({ ...card, number: groupDigits(e.target.value) })}
      />
      <div className="grid grid-cols-2 gap-3">
        <Field
          label="Expiry"
          inputMode="numeric"
          autoComplete="cc-exp"
          placeholder="MM/YY"
          required
          value={card.expiry}
          onChange={(e) => setCard({ ...card, expiry: formatExpiry(e.target.value) })}
        />
        <Field
          label="CVV"
          inputMode="numeric"
          autoComplete="cc-csc"
          placeholder="123"
          maxLength={4}
          required
          value={card.cvv}
          onChange={(e) => setCard({ ...card, cvv: e.target.value.replace(/\D/g, "") })}
        />
      </div>
      <PayButton busy={busy}>{payLabel}</PayButton>
      <div className="rounded-control bg-surface-muted p-3">
        <p className="mb-2 text-xs font-semibold text-ink-muted">Test cards</p>
        <div className="flex flex-wrap gap-2">
          {TEST_CARDS.map((c) => (
            <button
              key={c.number}
              type="button"
              onClick={() => setCard({ number: c.number, expiry: "12/30", cvv: "408" })}
              className="rounded-pill border border-surface-sunken bg-white px-3 py-1 text-xs text-ink-muted hover:border-brand-500 hover:text-brand-700"
            >
              {c.label} · •••• {c.number.replace(/\D/g, "").slice(-4)}
            </button>
          ))}
        </div>
      </div>
    </form>
  );
}

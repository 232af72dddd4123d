"use client";
import { useCallback, useEffect, useState } from "react";
import { MessageSquare, Smartphone } from "lucide-react";
import type { TPhonePrompt } from "@/lib/integrations/paystack/emulator/hosted";
import { formatMoney } from "@/lib/money";
import { callJson } from "./post-json";

/** A make-believe phone: the Mobile Money prompts and OTP texts waiting for customers. */
export function PhonePanel({ initial }: { initial: TPhonePrompt[] }) {
  const [prompts, setPrompts] = useState(initial);
  const [busy, setBusy] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const res = await callJson<{ prompts: TPhonePrompt[] }>("/api/dev/paystack/phone");
    if (res.ok) setPrompts(res.data.prompts);
  }, []);

  useEffect(() => {
    const id = setInterval(() => void refresh(), 2000);
    return () => clearInterval(id);
  }, [refresh]);

  async function decide(p: TPhonePrompt, decision: "approve" | "decline") {
    setBusy(p.id);
    const res = await callJson<{ status: string }>(`/api/dev/paystack/phone/${p.id}`, { decision });
    setBusy(null);
    setNotice(
      res.ok
        ? `${decision === "approve" ? "Approved" : "Declined"} ${formatMoney(p.amount)} for ${p.businessName}.`
        : res.error,
    );
    await refresh();
  }

  return (
    <div className="mx-auto w-full max-w-sm rounded-[2.5rem] border-[10px] border-ink bg-ink p-1 shadow-card">
      <div className="min-h-[36rem] rounded-[2rem] bg-surface-muted px-4 pb-6 pt-8">
        <p className="mb-4 flex items-center justify-center gap-2 text-sm font-semibold text-ink">
          <Smartphone className="h-4 w-4" aria-hidden /> Customer&apos;s phone
        </p>
        {notice ? (
          <p role="status" className="mb-3 rounded-control bg-brand-50 px-3 py-2 text-xs text-brand-800">
            {notice}
          </p>
        ) : null}
        {prompts.length === 0 ? (
          <p className="mt-16 text-center text-sm text-ink-subtle">
            Nothing waiting. Start a Mobile Money payment and its prompt appears here.
          </p>
        ) : (
          <ul className="space-y-3">
            {prompts.map((p) => (
              <li key={p.id}>
                <article
                  aria-label={`${p.kind === "otp" ? "SMS" : "Payment request"} ${p.reference}`}
                  className="rounded-card bg-surface p-4 shadow-card"
                >
                  <p className="flex items-center justify-between text-xs text-ink-subtle">
                    <span className="font-semibold text-ink-muted">
                      {p.network} {p.kind === "otp" ? "· SMS" : "MoMo"}
                    </span>
                    <span>{p.phone}</span>
                  </p>
                  {p.kind === "otp" ? (
                    <p className="mt-2 flex gap-2 text-sm text-ink">
                      <MessageSquare className="mt-0.5 h-4 w-4 shrink-0 text-brand-600" aria-hidden />
                      <span>
                        Your code to pay {formatMoney(p.amount)} to {p.businessName} is{" "}
                        <strong className="font-mono text-base tracking-widest">{p.otp}</strong>. Do not share it.
                      </span>
                    </p>
                  ) : (
                    <>
                      <p className="mt-2 text-sm text-ink">
                        {p.businessName} requests <strong>{formatMoney(p.amount)}</strong>. Enter your PIN to approve.
                      </p>
                      <div className="mt-3 grid grid-cols-2 gap-2">
                        <button
                          type="button"
                          disabled={busy === p.id}
                          onClick={() => decide(p, "decline")}
                          className="rounded-control border border-surface-sunken px-3 py-2 text-sm font-semibold text-danger-700 hover:bg-danger-50 disabled:opacity-50"
                        >
                          Decline
                        </button>
                        <button
                          type="button"
                          disabled={busy === p.id}
                          onClick={() => decide(p, "approve")}
                          className="rounded-control bg-brand-600 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-50"
                        >
                          Approve
                        </button>
                      </div>
                    </>
                  )}
                  <p className="mt-2 truncate text-[11px] text-ink-subtle">Ref {p.reference}</p>
                </article>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

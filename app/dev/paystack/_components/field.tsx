import type { InputHTMLAttributes } from "react";

/** A labelled input in the checkout's style. */
export function Field({
  label,
  hint,
  ...input
}: { label: string; hint?: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label className="block">
      <span className="mb-1 block text-xs font-semibold uppercase tracking-wide text-ink-subtle">{label}</span>
      <input
        {...input}
        className="w-full rounded-control border border-surface-sunken bg-white px-3 py-2.5 text-base text-ink shadow-sm outline-none transition placeholder:text-ink-subtle/60 focus:border-brand-500 focus:ring-2 focus:ring-brand-100"
      />
      {hint ? <span className="mt-1 block text-xs text-ink-subtle">{hint}</span> : null}
    </label>
  );
}

export function PayButton({ busy, children }: { busy: boolean; children: string }) {
  return (
    <button
      type="submit"
      disabled={busy}
      className="w-full rounded-control bg-brand-600 px-4 py-3 text-base font-semibold text-white shadow-card transition hover:bg-brand-700 disabled:cursor-wait disabled:opacity-60"
    >
      {busy ? "Processing…" : children}
    </button>
  );
}

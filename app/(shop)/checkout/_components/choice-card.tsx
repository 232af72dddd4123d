import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

/** A radio button drawn as a card (the whole card is the label, so it is easy to tap). */
export function ChoiceCard({
  name,
  value,
  checked,
  onChange,
  children,
  aside,
  testId,
}: {
  name: string;
  value: string;
  checked: boolean;
  onChange: () => void;
  children: ReactNode;
  aside?: ReactNode;
  testId?: string;
}) {
  return (
    <label
      data-testid={testId}
      className={cn(
        "flex cursor-pointer items-start gap-3 rounded-control border bg-surface p-3 transition-colors sm:p-4",
        "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600",
        checked ? "border-brand-600 bg-brand-50/40 ring-2 ring-brand-600/20" : "border-black/15 hover:border-black/30",
      )}
    >
      <input
        type="radio"
        name={name}
        value={value}
        checked={checked}
        onChange={onChange}
        className="mt-1 h-4 w-4 shrink-0 accent-brand-600"
      />
      <div className="min-w-0 flex-1">{children}</div>
      {aside ? <div className="shrink-0 text-right text-sm font-semibold text-ink tabular-nums">{aside}</div> : null}
    </label>
  );
}

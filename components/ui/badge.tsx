import type { HTMLAttributes } from "react";
import { cn } from "@/lib/cn";

export type TBadgeTone = "neutral" | "brand" | "accent" | "warning" | "danger" | "outline" | "dark";

const TONES: Record<TBadgeTone, string> = {
  neutral: "bg-surface-sunken text-ink",
  brand: "bg-brand-50 text-brand-800 ring-1 ring-brand-200",
  accent: "bg-accent-100 text-ink",
  warning: "bg-warning-50 text-warning-700 ring-1 ring-accent-400/40",
  danger: "bg-danger-50 text-danger-700",
  outline: "ring-1 ring-black/15 text-ink",
  dark: "bg-ink/85 text-white",
};

export function Badge({
  tone = "neutral",
  className,
  ...rest
}: HTMLAttributes<HTMLSpanElement> & { tone?: TBadgeTone }) {
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1 rounded-pill px-2 py-0.5 text-xs font-semibold whitespace-nowrap",
        TONES[tone],
        className,
      )}
      {...rest}
    />
  );
}

import { Slot } from "radix-ui";
import type { ButtonHTMLAttributes, ReactNode } from "react";
import { cn } from "@/lib/cn";

export type TButtonVariant = "primary" | "accent" | "secondary" | "outline" | "ghost" | "danger" | "link";
export type TButtonSize = "sm" | "md" | "lg" | "icon";

const VARIANTS: Record<TButtonVariant, string> = {
  primary: "bg-brand-600 text-white shadow-sm hover:bg-brand-700 active:bg-brand-800",
  accent: "bg-accent-400 text-ink shadow-sm hover:bg-accent-500",
  secondary: "bg-brand-50 text-brand-800 hover:bg-brand-100",
  outline: "border border-black/15 bg-surface text-ink hover:bg-surface-muted",
  ghost: "text-ink hover:bg-black/5",
  danger: "bg-danger-600 text-white hover:bg-danger-700",
  link: "text-brand-700 underline-offset-4 hover:underline px-0 h-auto",
};

const SIZES: Record<TButtonSize, string> = {
  sm: "h-9 px-3 text-sm gap-1.5",
  md: "h-11 px-4 text-sm gap-2",
  lg: "h-12 px-6 text-base gap-2",
  icon: "h-11 w-11 justify-center",
};

/** Classes for anything that should look like a button (links included). */
export function buttonClasses({
  variant = "primary",
  size = "md",
  className,
}: { variant?: TButtonVariant; size?: TButtonSize; className?: string } = {}) {
  return cn(
    "inline-flex shrink-0 items-center justify-center rounded-control font-semibold whitespace-nowrap transition-colors",
    "disabled:pointer-events-none disabled:opacity-50 aria-disabled:pointer-events-none aria-disabled:opacity-50",
    SIZES[size],
    VARIANTS[variant],
    className,
  );
}

type TButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: TButtonVariant;
  size?: TButtonSize;
  /** Shows a spinner, disables the button and announces it as busy. */
  isLoading?: boolean;
  /** Render the child element (e.g. a Link) with button styling. */
  asChild?: boolean;
  children?: ReactNode;
};

export function Button({
  variant,
  size,
  isLoading = false,
  asChild = false,
  className,
  children,
  disabled,
  type,
  ...rest
}: TButtonProps) {
  const classes = buttonClasses({ variant, size, className });
  if (asChild) {
    return (
      <Slot.Root className={classes} {...rest}>
        {children}
      </Slot.Root>
    );
  }
  return (
    <button
      type={type ?? "button"}
      className={classes}
      disabled={disabled || isLoading}
      aria-busy={isLoading || undefined}
      {...rest}
    >
      {isLoading ? <Spinner /> : null}
      {children}
    </button>
  );
}

export function Spinner({ className }: { className?: string }) {
  return (
    <svg className={cn("h-4 w-4 animate-spin", className)} viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <circle cx="12" cy="12" r="9" stroke="currentColor" strokeOpacity="0.25" strokeWidth="3" />
      <path d="M21 12a9 9 0 0 0-9-9" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}

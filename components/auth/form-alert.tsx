import { AlertCircle } from "lucide-react";
import type { ReactNode } from "react";

/** Form-level error, announced to screen readers when it appears. */
export function FormAlert({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <div
      role="alert"
      className="flex gap-2.5 rounded-control bg-danger-50 px-3.5 py-3 text-sm text-danger-700 ring-1 ring-danger-600/20"
    >
      <AlertCircle className="mt-0.5 h-4 w-4 shrink-0" aria-hidden />
      <div>{children}</div>
    </div>
  );
}

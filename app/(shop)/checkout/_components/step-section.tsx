import type { ReactNode } from "react";

/** A numbered checkout step: one card per decision, labelled for screen readers. */
export function StepSection({
  step,
  id,
  title,
  aside,
  children,
}: {
  step: number;
  id: string;
  title: string;
  aside?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="rounded-card bg-surface p-4 shadow-card ring-1 ring-black/5 sm:p-5">
      <div className="mb-4 flex items-center justify-between gap-3">
        <h2 id={id} className="flex items-center gap-2.5 text-base font-semibold text-ink">
          <span
            aria-hidden="true"
            className="grid h-7 w-7 place-items-center rounded-full bg-brand-600 text-sm font-bold text-white"
          >
            {step}
          </span>
          {title}
        </h2>
        {aside}
      </div>
      {children}
    </section>
  );
}

import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

/** A friendly empty / not-found / coming-soon block with an optional action. */
export function EmptyState({
  icon,
  title,
  children,
  action,
  className,
}: {
  icon?: ReactNode;
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  className?: string;
}) {
  return (
    <div className={cn("mx-auto flex max-w-md flex-col items-center px-4 py-12 text-center", className)}>
      {icon ? (
        <div className="mb-4 grid h-14 w-14 place-items-center rounded-full bg-brand-50 text-brand-700 [&>svg]:h-7 [&>svg]:w-7">
          {icon}
        </div>
      ) : null}
      <h2 className="text-lg font-semibold text-ink">{title}</h2>
      {children ? <div className="mt-2 text-sm text-ink-muted">{children}</div> : null}
      {action ? <div className="mt-6">{action}</div> : null}
    </div>
  );
}

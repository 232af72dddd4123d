import type { ReactNode } from "react";
import { CircleCheck, Smartphone } from "lucide-react";

export function StatusScreen({
  tone,
  title,
  body,
  children,
}: {
  tone: "success" | "waiting";
  title: string;
  body: string;
  children?: ReactNode;
}) {
  return (
    <div className="space-y-4 py-4 text-center" role="status">
      <div className="mx-auto grid h-16 w-16 place-items-center rounded-full bg-brand-50">
        {tone === "success" ? (
          <CircleCheck className="h-9 w-9 text-brand-600" aria-hidden />
        ) : (
          <Smartphone className="h-8 w-8 animate-pulse text-brand-600" aria-hidden />
        )}
      </div>
      <h2 className="text-lg font-semibold text-ink">{title}</h2>
      <p className="text-sm text-ink-muted">{body}</p>
      {children ? <div className="space-y-3 pt-2">{children}</div> : null}
    </div>
  );
}

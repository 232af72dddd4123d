"use client";

import type { ReactNode } from "react";
import { SlidersHorizontal } from "lucide-react";
import { buttonClasses } from "@/components/ui/button";
import { LazyDialog } from "@/components/ui/lazy-dialog";

/** Phones: the filter panel (server-rendered, passed as children) in a drawer loaded on first tap. */
export function FilterDrawer({
  activeCount,
  total,
  children,
}: {
  activeCount: number;
  total?: number;
  children: ReactNode;
}) {
  return (
    <LazyDialog
      kind="sheet"
      side="left"
      title="Filters"
      doneLabel={total === undefined ? "Show results" : `Show ${total} ${total === 1 ? "result" : "results"}`}
      triggerClassName={buttonClasses({ variant: "outline", size: "md", className: "lg:hidden" })}
      label={
        <>
          <SlidersHorizontal aria-hidden="true" className="h-4 w-4" />
          Filters{activeCount ? ` (${activeCount})` : ""}
        </>
      }
    >
      <div className="p-4">{children}</div>
    </LazyDialog>
  );
}

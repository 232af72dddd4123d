"use client";

import dynamic from "next/dynamic";
import { useState, type ReactNode } from "react";

// Dialogs whose code (Radix Dialog, focus trap, scroll lock) is fetched on the first tap:
// the trigger is a plain button, so pages that merely offer a dialog ship none of it.
const ModalPanel = dynamic(() => import("@/components/ui/modal").then((m) => m.ModalPanel), { ssr: false });
const SheetPanel = dynamic(() => import("@/components/ui/sheet").then((m) => m.SheetPanel), { ssr: false });

type TLazyDialogProps = {
  kind: "modal" | "sheet";
  /** Content of the trigger button. */
  label: ReactNode;
  triggerClassName: string;
  title: string;
  description?: string;
  side?: "left" | "right" | "bottom";
  children: ReactNode;
  /** A full-width button at the bottom that closes the dialog (e.g. "Show 12 results"). */
  doneLabel?: string;
};

export function LazyDialog({
  kind,
  label,
  triggerClassName,
  title,
  description,
  side,
  children,
  doneLabel,
}: TLazyDialogProps) {
  const [open, setOpen] = useState(false);
  const [hasOpened, setHasOpened] = useState(false);
  const body = doneLabel ? (
    <>
      {children}
      <div className="sticky bottom-0 border-t border-black/5 bg-surface p-3">
        <button
          type="button"
          onClick={() => setOpen(false)}
          className="h-12 w-full rounded-control bg-brand-600 text-base font-semibold text-white hover:bg-brand-700"
        >
          {doneLabel}
        </button>
      </div>
    </>
  ) : (
    children
  );
  const panel = { title, open, onOpenChange: setOpen, children: body, ...(description ? { description } : {}) };
  return (
    <>
      <button
        type="button"
        className={triggerClassName}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => {
          setHasOpened(true);
          setOpen(true);
        }}
      >
        {label}
      </button>
      {hasOpened ? (
        kind === "modal" ? (
          <ModalPanel {...panel} />
        ) : (
          <SheetPanel {...panel} {...(side ? { side } : {})} />
        )
      ) : null}
    </>
  );
}

"use client";

import { Dialog } from "radix-ui";
import { X } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/lib/cn";
import "./motion.css";

type TSheetProps = {
  /** The element that opens the sheet (rendered with Dialog.Trigger asChild). */
  trigger: ReactNode;
  title: string;
  description?: string;
  side?: "left" | "right" | "bottom";
  children: ReactNode;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  className?: string;
};

const SIDES = {
  left: "inset-y-0 left-0 h-full w-[min(22rem,88vw)] data-[state=open]:animate-[sheet-in-left_200ms_ease-out]",
  right: "inset-y-0 right-0 h-full w-[min(24rem,92vw)] data-[state=open]:animate-[sheet-in-right_200ms_ease-out]",
  bottom: "inset-x-0 bottom-0 max-h-[88vh] rounded-t-card data-[state=open]:animate-[sheet-in-bottom_200ms_ease-out]",
} as const;

/** A side drawer on Radix Dialog: focus trap, Escape, scroll lock and labelling for free. */
export function Sheet({ trigger, ...panel }: TSheetProps) {
  return <SheetPanel {...panel} triggerSlot={<Dialog.Trigger asChild>{trigger}</Dialog.Trigger>} />;
}

/**
 * The drawer without a trigger of its own (controlled with open/onOpenChange), for callers
 * that load it lazily behind their own button. `triggerSlot` (Sheet's Dialog.Trigger) is
 * rendered outside the panel.
 */
export function SheetPanel({
  title,
  description,
  side = "left",
  children,
  open,
  onOpenChange,
  className,
  triggerSlot,
}: Omit<TSheetProps, "trigger"> & { triggerSlot?: ReactNode }) {
  const controlled = open === undefined ? {} : { open };
  return (
    <Dialog.Root {...controlled} onOpenChange={onOpenChange}>
      {triggerSlot}
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-ink/40 data-[state=open]:animate-[fade-in_150ms_ease-out]" />
        <Dialog.Content
          className={cn("fixed z-50 flex flex-col bg-surface shadow-xl focus:outline-none", SIDES[side], className)}
          {...(description ? {} : { "aria-describedby": undefined })}
        >
          <div className="flex items-center justify-between border-b border-black/5 px-4 py-3">
            <Dialog.Title className="text-base font-semibold">{title}</Dialog.Title>
            <Dialog.Close
              className="grid h-10 w-10 place-items-center rounded-full hover:bg-black/5"
              aria-label="Close"
            >
              <X aria-hidden="true" className="h-5 w-5" />
            </Dialog.Close>
          </div>
          {description ? <Dialog.Description className="sr-only">{description}</Dialog.Description> : null}
          <div className="flex-1 overflow-y-auto">{children}</div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** Closes the surrounding Sheet/Modal when its child is clicked (e.g. a nav link). */
export function SheetClose({ children }: { children: ReactNode }) {
  return <Dialog.Close asChild>{children}</Dialog.Close>;
}

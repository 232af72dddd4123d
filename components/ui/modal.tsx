"use client";

import { Dialog } from "radix-ui";
import { X } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/lib/cn";
import "./motion.css";

type TModalProps = {
  title: string;
  description?: string;
  children: ReactNode;
  className?: string;
};

/** A centred dialog (size chart, confirmations) on Radix Dialog, opened by `trigger`. */
export function Modal({ trigger, ...panel }: TModalProps & { trigger: ReactNode }) {
  return <ModalPanel {...panel} triggerSlot={<Dialog.Trigger asChild>{trigger}</Dialog.Trigger>} />;
}

/** The dialog controlled from outside (open/onOpenChange), e.g. loaded lazily by LazyModal. */
export function ModalPanel({
  title,
  description,
  children,
  className,
  open,
  onOpenChange,
  triggerSlot,
}: TModalProps & { open?: boolean; onOpenChange?: (open: boolean) => void; triggerSlot?: ReactNode }) {
  const controlled = open === undefined ? {} : { open };
  return (
    <Dialog.Root {...controlled} onOpenChange={onOpenChange}>
      {triggerSlot}
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-ink/40 data-[state=open]:animate-[fade-in_150ms_ease-out]" />
        <Dialog.Content
          className={cn(
            "fixed top-1/2 left-1/2 z-50 max-h-[85vh] w-[min(40rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-card bg-surface p-5 shadow-xl focus:outline-none",
            className,
          )}
          {...(description ? {} : { "aria-describedby": undefined })}
        >
          <div className="mb-4 flex items-start justify-between gap-4">
            <Dialog.Title className="text-lg font-semibold">{title}</Dialog.Title>
            <Dialog.Close
              className="-mt-1 -mr-2 grid h-10 w-10 place-items-center rounded-full hover:bg-black/5"
              aria-label="Close"
            >
              <X aria-hidden="true" className="h-5 w-5" />
            </Dialog.Close>
          </div>
          {description ? (
            <Dialog.Description className="mb-4 text-sm text-ink-muted">{description}</Dialog.Description>
          ) : null}
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

"use client";

import { AlertDialog } from "radix-ui";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { cancelOrderAction } from "@/app/(shop)/orders/[number]/actions";
import { Button, buttonClasses } from "@/components/ui/button";
import { controlClasses, Label } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { cn } from "@/lib/cn";
import { formatMoney } from "@/lib/money";

const REASONS = [
  "I changed my mind",
  "I found it cheaper elsewhere",
  "It will arrive too late",
  "I ordered the wrong item or size",
  "Other",
];

/** "Cancel order" with a confirmation dialog and an optional reason; the refund follows. */
export function CancelOrderButton({ orderNumber, refundMinor }: { orderNumber: string; refundMinor: number }) {
  const uid = useId();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState(REASONS[0]!);
  const [details, setDetails] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function confirm() {
    setError(null);
    const text =
      reason === "Other" ? details.trim() || "Other" : details.trim() ? `${reason}: ${details.trim()}` : reason;
    startTransition(async () => {
      const r = await cancelOrderAction({ orderNumber, reason: text.slice(0, 300) });
      if (!r.ok) {
        setError(r.message);
        return;
      }
      setOpen(false);
      router.refresh();
    });
  }

  return (
    <AlertDialog.Root open={open} onOpenChange={(o) => !isPending && setOpen(o)}>
      <AlertDialog.Trigger asChild>
        <Button variant="outline" className="w-full text-danger-700">
          Cancel order
        </Button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-ink/40" />
        <AlertDialog.Content className="fixed top-1/2 left-1/2 z-50 max-h-[90vh] w-[min(30rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-card bg-surface p-5 shadow-xl focus:outline-none">
          <AlertDialog.Title className="text-lg font-semibold text-ink">Cancel order {orderNumber}?</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-sm text-ink-muted">
            {refundMinor > 0
              ? `We will refund ${formatMoney(refundMinor)} to the card or Mobile Money wallet you paid with. Refunds usually arrive within a few days.`
              : "Nothing has been paid, so nothing needs refunding."}
          </AlertDialog.Description>
          <div className="mt-4 space-y-3">
            <div>
              <Label htmlFor={`${uid}-reason`}>Why are you cancelling?</Label>
              <Select id={`${uid}-reason`} value={reason} onChange={(e) => setReason(e.target.value)}>
                {REASONS.map((r) => (
                  <option key={r}>{r}</option>
                ))}
              </Select>
            </div>
            <div>
              <Label htmlFor={`${uid}-details`}>
                Anything else? <span className="font-normal text-ink-subtle">(optional)</span>
              </Label>
              <textarea
                id={`${uid}-details`}
                rows={2}
                maxLength={200}
                value={details}
                onChange={(e) => setDetails(e.target.value)}
                className={cn(controlClasses, "py-2")}
              />
            </div>
            {error ? (
              <p role="alert" className="rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
                {error}
              </p>
            ) : null}
          </div>
          <div className="mt-5 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <AlertDialog.Cancel className={buttonClasses({ variant: "outline" })} disabled={isPending}>
              Keep my order
            </AlertDialog.Cancel>
            <Button variant="danger" isLoading={isPending} onClick={confirm}>
              Cancel and refund
            </Button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}

"use client";

// The decisions the vendor's status allows, each in a dialog that says what will happen before
// it is confirmed; a refusal (bad input, another admin decided first) is shown in the dialog.
import { useRouter } from "next/navigation";
import { useId, useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { ModalPanel } from "@/components/ui/modal";
import type { VendorStatus } from "@/lib/generated/prisma/enums";
import type { TActionResult } from "@/lib/http/action-result";
import { formatFeeBps } from "@/lib/vendors/statuses";

type TDecision = "approve" | "reject" | "suspend" | "reactivate" | "fee" | "payout";
/** Every action gets all three fields; each one's zod schema keeps only its own. */
type TRun = (input: { vendorId: string; feePercent: string; reason: string }) => Promise<TActionResult<unknown>>;

export type TVendorActionFns = Record<TDecision, TRun>;

const LABEL: Record<TDecision, string> = {
  approve: "Approve",
  reject: "Reject",
  suspend: "Suspend",
  reactivate: "Reactivate",
  fee: "Change fee rate",
  payout: "Register payout account",
};
const CONFIRM: Record<TDecision, string> = {
  approve: "Approve the vendor",
  reject: "Reject the application",
  suspend: "Suspend the vendor",
  reactivate: "Reactivate the vendor",
  fee: "Save the fee rate",
  payout: "Register at Paystack",
};

const ALLOWED: Record<VendorStatus, TDecision[]> = {
  PENDING: ["approve", "reject"],
  ACTIVE: ["fee", "suspend"],
  SUSPENDED: ["reactivate", "fee"],
  REJECTED: [],
};

export type TVendorActionsProps = {
  vendorId: string;
  name: string;
  status: VendorStatus;
  feeBps: number | null;
  defaultFeeBps: number;
  activeProductCount: number;
  payoutUnregistered: boolean;
  actions: TVendorActionFns;
};

export function VendorActions(props: TVendorActionsProps) {
  const [open, setOpen] = useState<TDecision | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const decisions = [...ALLOWED[props.status], ...(props.payoutUnregistered ? (["payout"] as const) : [])];
  if (decisions.length === 0)
    return (
      <p className="text-sm text-ink-muted">
        Nothing to decide: a rejected applicant may apply again from /sell, which brings the application back here.
      </p>
    );
  return (
    <div>
      <div className="flex flex-wrap gap-2">
        {decisions.map((d, i) => (
          <Button
            key={d}
            size="sm"
            variant={i === 0 && d !== "fee" ? "primary" : "outline"}
            className={d === "reject" || d === "suspend" ? "text-danger-700" : undefined}
            onClick={() => {
              setDone(null);
              setOpen(d);
            }}
          >
            {LABEL[d]}
          </Button>
        ))}
      </div>
      <p role="status" className={done ? "mt-3 text-sm font-semibold text-brand-700" : "sr-only"}>
        {done ?? ""}
      </p>
      {open ? (
        <ModalPanel open onOpenChange={(o) => (o ? null : setOpen(null))} title={`${LABEL[open]} · ${props.name}`}>
          <DecisionForm
            key={open}
            decision={open}
            {...props}
            onDone={(message) => {
              setOpen(null);
              setDone(message);
            }}
            onCancel={() => setOpen(null)}
          />
        </ModalPanel>
      ) : null}
    </div>
  );
}

function consequence(d: TDecision, p: TVendorActionsProps): string {
  const def = formatFeeBps(p.defaultFeeBps);
  const products = `${p.activeProductCount} active ${p.activeProductCount === 1 ? "product" : "products"}`;
  switch (d) {
    case "approve":
      return `${p.name} becomes an active vendor: its members get the vendor dashboard, its products can go on the storefront, and its payout account is registered at Paystack. The vendor is told by email and SMS. Leave the fee rate blank to use the platform default (${def}).`;
    case "reject":
      return `The application is rejected and ${p.name} is told why. They may correct it and apply again from /sell.`;
    case "suspend":
      return `${p.name}'s ${products} leave the storefront now and nothing new can be ordered from it. Every unpaid order holding its items is expired (stock released, the customer told). Paid orders stay: the vendor must still fulfil them. The vendor sees the reason.`;
    case "reactivate":
      return `${p.name} is active again: its ${products} are back on the storefront now, and the vendor is told.`;
    case "fee":
      return `Only orders placed from now on use the new rate; every existing order line keeps the fee it was sold with. Currently ${p.feeBps === null ? `the platform default (${def})` : formatFeeBps(p.feeBps)}. Leave blank for the platform default.`;
    case "payout":
      return `Registers ${p.name}'s payout account at Paystack as a transfer recipient so payouts can be sent to it.`;
  }
}

function successMessage(d: TDecision, data: unknown): string {
  const r = (data ?? {}) as { recipientError?: string | null; expiredOrders?: number; paidOrdersToFulfil?: number };
  switch (d) {
    case "approve":
      return r.recipientError
        ? `Approved. Paystack refused the payout account (${r.recipientError}); fix it with the vendor, then register it again.`
        : "Approved; the payout account is registered at Paystack.";
    case "reject":
      return "Application rejected; the applicant has been told why.";
    case "suspend":
      return `Suspended: ${r.expiredOrders ?? 0} unpaid order(s) expired; ${r.paidOrdersToFulfil ?? 0} paid order(s) still to fulfil.`;
    case "reactivate":
      return "Reactivated; its products are back on the storefront.";
    case "fee":
      return "Fee rate saved; it applies to new orders.";
    case "payout":
      return "Payout account registered at Paystack.";
  }
}

function DecisionForm({
  decision,
  onDone,
  onCancel,
  ...p
}: TVendorActionsProps & { decision: TDecision; onDone: (message: string) => void; onCancel: () => void }) {
  const uid = useId();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const hasFee = decision === "approve" || decision === "fee";
  const hasReason = decision === "reject" || decision === "suspend";
  const isDanger = hasReason;

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const input = {
      vendorId: p.vendorId,
      feePercent: hasFee ? String(form.get("feePercent") ?? "") : "",
      reason: hasReason ? String(form.get("reason") ?? "") : "",
    };
    startTransition(async () => {
      const r = await p.actions[decision](input);
      if (r.ok) {
        onDone(successMessage(decision, r.data));
        router.refresh();
      } else {
        const shown = (hasFee && r.fieldErrors?.feePercent) || (hasReason && r.fieldErrors?.reason);
        setError(shown ? null : r.message);
        setFieldErrors(r.fieldErrors ?? {});
      }
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <p className="rounded-control bg-surface-muted px-3 py-2 text-sm text-ink">{consequence(decision, p)}</p>
      {hasFee ? (
        <Field
          id={`${uid}-fee`}
          label="Fee rate (%)"
          hint={`0 to 100, up to 2 decimals. Blank: the platform default (${formatFeeBps(p.defaultFeeBps)}).`}
          error={fieldErrors.feePercent}
        >
          <Input
            id={`${uid}-fee`}
            name="feePercent"
            inputMode="decimal"
            autoComplete="off"
            placeholder={(p.defaultFeeBps / 100).toFixed(2)}
            defaultValue={decision === "fee" && p.feeBps !== null ? (p.feeBps / 100).toFixed(2) : ""}
            aria-invalid={fieldErrors.feePercent ? true : undefined}
            aria-describedby={fieldErrors.feePercent ? `${uid}-fee-error` : `${uid}-fee-hint`}
          />
        </Field>
      ) : null}
      {hasReason ? (
        <Field id={`${uid}-reason`} label="Reason (the vendor sees it)" error={fieldErrors.reason}>
          <textarea
            id={`${uid}-reason`}
            name="reason"
            required
            rows={3}
            maxLength={1000}
            className="block w-full rounded-control border border-black/15 bg-surface px-3 py-2 text-base text-ink focus:border-brand-600 focus:ring-2 focus:ring-brand-600/25 focus:outline-none aria-invalid:border-danger-600"
            placeholder={
              decision === "reject"
                ? "The sample links do not show the products you listed"
                : "Three batches shipped with missing items"
            }
            aria-invalid={fieldErrors.reason ? true : undefined}
            aria-describedby={fieldErrors.reason ? `${uid}-reason-error` : undefined}
          />
        </Field>
      ) : null}
      {error ? (
        <p role="alert" className="rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
          {error}
        </p>
      ) : null}
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button type="button" variant="ghost" onClick={onCancel}>
          Keep as is
        </Button>
        <Button type="submit" variant={isDanger ? "danger" : "primary"} isLoading={isPending}>
          {CONFIRM[decision]}
        </Button>
      </div>
    </form>
  );
}

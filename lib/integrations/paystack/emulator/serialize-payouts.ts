import "server-only";
import { iso } from "./http";
import { TIMING } from "./rules";
import { customerJson, transactionJson, type TTxnRow } from "./serialize";

// Refunds, transfer recipients, transfers and settlements as Paystack shows them.

export type TRefundRow = {
  id: number;
  integration_id: number;
  txn_id: number;
  amount: number;
  currency: string;
  status: "pending" | "processing" | "processed" | "failed";
  customer_note: string | null;
  merchant_note: string | null;
  refund_reference: string | null;
  failure_reason: string | null;
  processing_at: Date | null;
  refunded_at: Date | null;
  created_at: Date;
  updated_at: Date;
};

export function refundJson(r: TRefundRow, t: TTxnRow, opts: { embedTransaction?: boolean } = {}) {
  const expected = new Date(r.created_at.getTime() + TIMING.refundPendingToProcessing + TIMING.refundProcessingToDone);
  return {
    id: r.id,
    integration: r.integration_id,
    domain: "test",
    transaction: opts.embedTransaction ? transactionJson(t) : t.id,
    dispute: null,
    settlement: null,
    amount: r.amount,
    deducted_amount: r.status === "processed" ? r.amount : 0,
    fully_deducted: r.status === "processed",
    currency: r.currency,
    channel: t.channel,
    refunded_by: t.customer_email,
    refunded_at: iso(r.refunded_at),
    expected_at: iso(expected),
    customer_note: r.customer_note ?? `Refund for transaction ${t.reference}`,
    merchant_note: r.merchant_note ?? `Refund for transaction ${t.reference}`,
    status: r.status,
    bank_reference: r.refund_reference,
    reason: r.failure_reason,
    transaction_reference: t.reference,
    transaction_amount: t.amount,
    refund_type: r.amount === t.amount ? "full" : "partial",
    initiated_by: "api",
    customer: customerJson(t),
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

export type TRecipientRow = {
  id: number;
  integration_id: number;
  recipient_code: string;
  type: string;
  name: string;
  account_number: string;
  bank_code: string;
  bank_name: string;
  currency: string;
  description: string | null;
  email: string | null;
  metadata: unknown;
  created_at: Date;
  updated_at: Date;
};

export function recipientJson(r: TRecipientRow) {
  return {
    active: true,
    createdAt: iso(r.created_at),
    currency: r.currency,
    description: r.description,
    domain: "test",
    email: r.email,
    id: r.id,
    integration: r.integration_id,
    metadata: r.metadata ?? null,
    name: r.name,
    recipient_code: r.recipient_code,
    type: r.type,
    updatedAt: iso(r.updated_at),
    is_deleted: false,
    isDeleted: false,
    details: {
      authorization_code: null,
      account_number: r.account_number,
      account_name: r.name,
      bank_code: r.bank_code,
      bank_name: r.bank_name,
    },
  };
}

export type TTransferRow = {
  id: number;
  integration_id: number;
  transfer_code: string;
  reference: string;
  amount: number;
  currency: string;
  recipient_id: number;
  reason: string | null;
  source: string;
  status: "pending" | "success" | "failed" | "reversed";
  failure_reason: string | null;
  transferred_at: Date | null;
  created_at: Date;
  updated_at: Date;
};

export function transferJson(t: TTransferRow, recipient: TRecipientRow | number) {
  return {
    integration: t.integration_id,
    domain: "test",
    amount: t.amount,
    currency: t.currency,
    source: t.source,
    source_details: null,
    reason: t.reason,
    reference: t.reference,
    recipient: typeof recipient === "number" ? recipient : recipientJson(recipient),
    status: t.status,
    failures: t.failure_reason ? { reason: t.failure_reason } : null,
    transfer_code: t.transfer_code,
    titan_code: null,
    transferred_at: iso(t.transferred_at),
    id: t.id,
    session: { provider: null, id: null },
    fee_charged: 0,
    fees_breakdown: null,
    gateway_response: t.failure_reason,
    createdAt: iso(t.created_at),
    updatedAt: iso(t.updated_at),
  };
}

export type TSettlementRow = {
  id: number;
  integration_id: number;
  total_amount: number;
  total_fees: number;
  total_processed: number;
  status: string;
  settlement_date: Date;
  created_at: Date;
  updated_at: Date;
};

export function settlementJson(s: TSettlementRow) {
  return {
    integration: s.integration_id,
    settled_by: null,
    settlement_date: iso(s.settlement_date),
    domain: "test",
    total_amount: s.total_amount,
    total_fees: s.total_fees,
    total_processed: s.total_processed,
    deductions: null,
    effective_amount: s.total_amount,
    status: s.status,
    id: s.id,
    createdAt: iso(s.created_at),
    updatedAt: iso(s.updated_at),
    subaccount: null,
  };
}

/** The `data` of refund.* webhooks. */
export function refundEventJson(r: TRefundRow, t: TTxnRow) {
  return {
    id: r.id,
    status: r.status,
    transaction_reference: t.reference,
    refund_reference: r.refund_reference,
    amount: r.amount,
    currency: r.currency,
    processor: "emulator",
    customer: { first_name: null, last_name: null, email: t.customer_email },
    integration: r.integration_id,
    domain: "test",
    reason: r.failure_reason,
  };
}

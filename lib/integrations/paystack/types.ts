// Paystack's JSON as it arrives (field names as Paystack spells them), for the fields the app
// reads. paystack-sdk's own types are loose or wrong in places (dates typed as Date, amounts
// as strings, `mobile_money` as a string), so the typed wrappers in api.ts return these.

export type TPaystackMeta = { total: number; skipped: number; perPage: number; page: number; pageCount: number };

export type TPaystackCustomer = {
  id: number;
  email: string;
  customer_code: string;
  first_name: string | null;
  last_name: string | null;
};

export type TPaystackAuthorization = {
  authorization_code: string;
  channel: "card" | "mobile_money" | string;
  bin: string;
  last4: string;
  brand: string;
  bank: string;
  reusable: boolean;
  mobile_money_number?: string;
};

/** Verify / fetch / list / charge.success. `status` of a waiting charge is "ongoing" or "pending". */
export type TPaystackTransaction = {
  id: number;
  domain: "test" | "live";
  status: "abandoned" | "ongoing" | "pending" | "success" | "failed" | "reversed" | string;
  reference: string;
  amount: number;
  currency: string;
  channel: "card" | "mobile_money" | string;
  gateway_response: string | null;
  paid_at: string | null;
  created_at: string;
  fees: number | null;
  metadata: Record<string, unknown> | string | null;
  authorization: TPaystackAuthorization | Record<string, never>;
  customer: TPaystackCustomer;
  requested_amount: number;
};

export type TPaystackInitialized = { authorization_url: string; access_code: string; reference: string };

/**
 * /charge, /charge/submit_otp and GET /charge/:reference: a final charge is the whole
 * transaction; a waiting one is only its reference, status and what to tell the customer.
 */
export type TPaystackCharge =
  | (TPaystackTransaction & { status: "success" | "failed"; message?: string | null })
  | {
      reference: string;
      status: "send_otp" | "pay_offline" | "pending" | "send_pin" | "send_phone" | "open_url";
      display_text: string | null;
    };

export type TPaystackTotals = {
  total_transactions: number;
  unique_customers: number;
  total_volume: number;
  total_volume_by_currency: { currency: string; amount: number }[];
  pending_transfers: number;
  pending_transfers_by_currency: { currency: string; amount: number }[];
};

export type TPaystackBank = {
  id: number;
  name: string;
  slug: string;
  code: string;
  type: string;
  currency: string;
  active: boolean;
};

/** GET /bank/resolve: the name the bank or Mobile Money network holds for the account. */
export type TPaystackResolvedAccount = { account_number: string; account_name: string; bank_id: number };

export type TPaystackRefund = {
  id: number;
  status: "pending" | "processing" | "processed" | "failed" | "needs-attention";
  amount: number;
  currency: string;
  /** The transaction id (or, in the create answer, the transaction object). */
  transaction: number | TPaystackTransaction;
  transaction_reference?: string;
  refunded_at: string | null;
  expected_at: string | null;
  customer_note: string | null;
  merchant_note: string | null;
  /** Why a failed refund failed. */
  reason?: string | null;
  createdAt: string;
};

export type TPaystackRecipient = {
  id: number;
  recipient_code: string;
  type: "mobile_money" | "ghipss" | string;
  name: string;
  currency: string;
  details: { account_number: string; account_name: string | null; bank_code: string; bank_name: string };
};

export type TPaystackTransfer = {
  id: number;
  transfer_code: string;
  reference: string;
  amount: number;
  currency: string;
  status: "pending" | "otp" | "success" | "failed" | "reversed" | "abandoned" | "blocked" | "rejected" | "received";
  reason: string | null;
  recipient: number | TPaystackRecipient;
  transferred_at: string | null;
  createdAt: string;
  updatedAt: string;
};

export type TPaystackSettlement = {
  id: number;
  status: string;
  settlement_date: string;
  total_amount: number;
  total_fees: number;
  total_processed: number;
};

export type TPaystackBalance = { currency: string; balance: number };

/** data of refund.pending / refund.processing / refund.processed / refund.failed. */
export type TPaystackRefundEventData = {
  id?: number;
  status: "pending" | "processing" | "processed" | "failed";
  transaction_reference: string;
  refund_reference: string | null;
  amount: number;
  currency: string;
};

export type TPaystackWebhookEvent =
  | { event: "charge.success"; data: TPaystackTransaction }
  | {
      event: "refund.pending" | "refund.processing" | "refund.processed" | "refund.failed";
      data: TPaystackRefundEventData;
    }
  | { event: "transfer.success" | "transfer.failed" | "transfer.reversed"; data: TPaystackTransfer };

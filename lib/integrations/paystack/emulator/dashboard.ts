import "server-only";
import { emulatorQuery, SCHEMA } from "./db";
import { enterEmulator } from "./hosted";
import { publicStatus, type TChargeStatus } from "./serialize";

// The emulator's "Paystack dashboard" (/dev/paystack): the latest activity of every integration.

export type TEmulatorDashboard = {
  transactions: {
    reference: string;
    accessCode: string;
    amount: number;
    fees: number | null;
    status: string;
    channel: string | null;
    email: string;
    createdAt: string;
  }[];
  refunds: { id: number; reference: string; amount: number; status: string; createdAt: string }[];
  transfers: { reference: string; amount: number; status: string; recipient: string; createdAt: string }[];
  webhooks: {
    id: number;
    event: string;
    subject: string;
    attempts: number;
    state: "delivered" | "retrying" | "gave up";
    lastStatus: number | null;
    lastError: string | null;
    createdAt: string;
  }[];
};

export async function getEmulatorDashboard(limit = 25): Promise<TEmulatorDashboard> {
  enterEmulator();
  const [transactions, refunds, transfers, webhooks] = await Promise.all([
    emulatorQuery<{
      reference: string;
      access_code: string;
      amount: number;
      fees: number | null;
      status: TChargeStatus;
      channel: string | null;
      email: string;
      created_at: Date;
    }>(
      `SELECT t.reference, t.access_code, t.amount, t.fees, t.status, t.channel, c.email, t.created_at
       FROM ${SCHEMA}.txn t JOIN ${SCHEMA}.customer c ON c.id = t.customer_id ORDER BY t.created_at DESC LIMIT $1`,
      [limit],
    ),
    emulatorQuery<{ id: number; reference: string; amount: number; status: string; created_at: Date }>(
      `SELECT r.id, t.reference, r.amount, r.status, r.created_at FROM ${SCHEMA}.refund r JOIN ${SCHEMA}.txn t ON t.id = r.txn_id
       ORDER BY r.created_at DESC LIMIT $1`,
      [limit],
    ),
    emulatorQuery<{
      reference: string;
      amount: number;
      status: string;
      name: string;
      bank_name: string;
      account_number: string;
      created_at: Date;
    }>(
      `SELECT x.reference, x.amount, x.status, r.name, r.bank_name, r.account_number, x.created_at
       FROM ${SCHEMA}.transfer x JOIN ${SCHEMA}.recipient r ON r.id = x.recipient_id ORDER BY x.created_at DESC LIMIT $1`,
      [limit],
    ),
    emulatorQuery<{
      id: number;
      event: string;
      subject: string;
      attempts: number;
      delivered_at: Date | null;
      gave_up_at: Date | null;
      last_status: number | null;
      last_error: string | null;
      created_at: Date;
    }>(
      `SELECT id, event, subject, attempts, delivered_at, gave_up_at, last_status, last_error, created_at FROM ${SCHEMA}.webhook ORDER BY id DESC LIMIT $1`,
      [limit],
    ),
  ]);
  return {
    transactions: transactions.map((t) => ({
      reference: t.reference,
      accessCode: t.access_code,
      amount: t.amount,
      fees: t.fees,
      status: publicStatus(t.status),
      channel: t.channel,
      email: t.email,
      createdAt: t.created_at.toISOString(),
    })),
    refunds: refunds.map((r) => ({
      id: r.id,
      reference: r.reference,
      amount: r.amount,
      status: r.status,
      createdAt: r.created_at.toISOString(),
    })),
    transfers: transfers.map((x) => ({
      reference: x.reference,
      amount: x.amount,
      status: x.status,
      recipient: `${x.name} · ${x.bank_name} ${x.account_number}`,
      createdAt: x.created_at.toISOString(),
    })),
    webhooks: webhooks.map((w) => ({
      id: w.id,
      event: w.event,
      subject: w.subject,
      attempts: w.attempts,
      state: w.delivered_at ? "delivered" : w.gave_up_at ? "gave up" : "retrying",
      lastStatus: w.last_status,
      lastError: w.last_error,
      createdAt: w.created_at.toISOString(),
    })),
  };
}

import "server-only";
import { serverEnv } from "@/lib/env";
import { emulatorTx, SCHEMA, type TSql } from "./db";
import { PaystackApiError } from "./http";

// An integration is what a Paystack secret key identifies: its own transactions, customers,
// balance and webhook URL. Any `sk_emulator_…` key is a valid integration (created on first use);
// other keys are answered 401 "Invalid key", as Paystack answers a wrong key.

export type TIntegration = {
  id: number;
  secret_key: string;
  business_name: string;
  webhook_url: string | null;
  top_ups: number;
};

const KEY = /^sk_emulator_[A-Za-z0-9_]{1,80}$/;

export function isEmulatorKey(key: string): boolean {
  return KEY.test(key);
}

export async function integrationForKey(sql: TSql, key: string | null): Promise<TIntegration> {
  if (!key || !isEmulatorKey(key)) throw new PaystackApiError(401, "Invalid key", "validation_error");
  // Read first: an upsert would lock the integration row for the whole request and serialize
  // every concurrent call of the integration.
  const select = `SELECT id, secret_key, business_name, webhook_url, top_ups FROM ${SCHEMA}.integration WHERE secret_key = $1`;
  const found = await sql.query<TIntegration>(select, [key]);
  if (found.rows[0]) return found.rows[0];
  await sql.query(`INSERT INTO ${SCHEMA}.integration (secret_key) VALUES ($1) ON CONFLICT (secret_key) DO NOTHING`, [
    key,
  ]);
  return (await sql.query<TIntegration>(select, [key])).rows[0]!;
}

/** Where this integration's webhooks go: its own URL (dashboard setting) or the app's. */
export function webhookUrlOf(integration: TIntegration): string {
  const env = serverEnv();
  return (
    integration.webhook_url ?? env.PAYSTACK_WEBHOOK_URL ?? `${env.APP_URL.replace(/\/$/, "")}/api/webhooks/paystack`
  );
}

/**
 * The emulator's "dashboard settings": the webhook URL of an integration (null = the app's
 * default). Tests use it to point an integration of their own at a local receiver.
 */
export async function configureEmulatorIntegration(opts: {
  secretKey: string;
  webhookUrl?: string | null;
  businessName?: string;
}): Promise<void> {
  await emulatorTx(async ({ sql }) => {
    const integration = await integrationForKey(sql, opts.secretKey);
    await sql.query(
      `UPDATE ${SCHEMA}.integration SET webhook_url = $2, business_name = COALESCE($3, business_name) WHERE id = $1`,
      [
        integration.id,
        opts.webhookUrl === undefined ? integration.webhook_url : opts.webhookUrl,
        opts.businessName ?? null,
      ],
    );
  });
}

/** "Top up balance" from the dashboard: adds pesewas to the integration's transfer balance. */
export async function topUpEmulatorBalance(secretKey: string, amount: number): Promise<void> {
  if (!Number.isSafeInteger(amount) || amount <= 0)
    throw new RangeError("amount must be a positive integer of pesewas");
  await emulatorTx(async ({ sql }) => {
    const integration = await integrationForKey(sql, secretKey);
    await sql.query(`UPDATE ${SCHEMA}.integration SET top_ups = top_ups + $2 WHERE id = $1`, [integration.id, amount]);
  });
}

import "server-only";
import { SCHEMA, type TSql } from "./db";

/**
 * The integration's balance in pesewas: top-ups + successful payments net of fees
 * − refunds not failed − transfers pending or paid. Failed refunds and failed or reversed
 * transfers give their money back.
 */
export async function balanceOf(sql: TSql, integrationId: number): Promise<number> {
  const r = await sql.query<{ balance: number }>(
    `SELECT (
        (SELECT top_ups FROM ${SCHEMA}.integration WHERE id = $1)
      + (SELECT COALESCE(sum(amount - COALESCE(fees, 0)), 0) FROM ${SCHEMA}.txn WHERE integration_id = $1 AND status IN ('success', 'reversed'))
      - (SELECT COALESCE(sum(amount), 0) FROM ${SCHEMA}.refund WHERE integration_id = $1 AND status <> 'failed')
      - (SELECT COALESCE(sum(amount), 0) FROM ${SCHEMA}.transfer WHERE integration_id = $1 AND status IN ('pending', 'success'))
     )::bigint AS balance`,
    [integrationId],
  );
  return r.rows[0]!.balance;
}

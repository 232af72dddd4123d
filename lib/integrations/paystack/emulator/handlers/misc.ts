import "server-only";
import { balanceOf } from "../balance";
import { bankJson, listBanks } from "../banks";
import { resolveAccount } from "../resolve";
import { SCHEMA } from "../db";
import { dateParam, notFound, ok, pageMeta, pageOf } from "../http";
import { TXN_SELECT, transactionJson, type TTxnRow } from "../serialize";
import { settlementJson, type TSettlementRow } from "../serialize-payouts";
import type { TCtx } from "./context";

// /bank, /bank/resolve, /balance and /settlement.

export async function banks({ query }: TCtx) {
  const currency = (query.get("currency") ?? "").toUpperCase();
  const country = (query.get("country") ?? "").toLowerCase();
  const isGhana = currency === "GHS" || country === "ghana" || (!currency && !country);
  const data = isGhana ? listBanks(query.get("type")).map(bankJson) : [];
  return ok("Banks retrieved", data, { next: null, previous: null, perPage: Number(query.get("perPage") ?? 50) });
}

/**
 * GET /bank/resolve?account_number=&bank_code= — the name the bank or network holds for an
 * account, as Paystack answers it: `{ account_number, account_name, bank_id }`, or 422
 * "Could not resolve account name…" (unknown account, or a number ending 9999) /
 * "Unknown bank code: X".
 */
export async function resolveBankAccount({ query }: TCtx) {
  const r = resolveAccount(query.get("account_number") ?? "", query.get("bank_code") ?? "");
  return ok("Account number resolved", r);
}

export async function balance({ tx, integration }: TCtx) {
  return ok("Balances retrieved", [{ currency: "GHS", balance: await balanceOf(tx.sql, integration.id) }]);
}

export async function listSettlements({ tx, integration, query }: TCtx) {
  const where = ["integration_id = $1"];
  const params: unknown[] = [integration.id];
  const from = dateParam(query, "from");
  const to = dateParam(query, "to");
  if (from) where.push(`settlement_date >= $${params.push(from)}`);
  if (to) where.push(`settlement_date <= $${params.push(to)}`);
  const status = query.get("status");
  if (status) where.push(`status = $${params.push(status)}`);
  const page = pageOf(query);
  const w = where.join(" AND ");
  const count = await tx.sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${SCHEMA}.settlement WHERE ${w}`,
    params,
  );
  const rows = await tx.sql.query<TSettlementRow>(
    `SELECT * FROM ${SCHEMA}.settlement WHERE ${w} ORDER BY settlement_date DESC, id DESC LIMIT ${page.perPage} OFFSET ${page.offset}`,
    params,
  );
  return ok("Settlements retrieved", rows.rows.map(settlementJson), pageMeta(count.rows[0]!.n, page));
}

export async function settlementTransactions({ tx, integration, params: [id], query }: TCtx) {
  const s = /^\d{1,15}$/.test(id!)
    ? (
        await tx.sql.query(`SELECT id FROM ${SCHEMA}.settlement WHERE id = $1 AND integration_id = $2`, [
          Number(id),
          integration.id,
        ])
      ).rows[0]
    : undefined;
  if (!s) throw notFound("Settlement not found", "settlement_not_found");
  const page = pageOf(query);
  const all = await tx.sql.query<TTxnRow>(`${TXN_SELECT} WHERE t.settlement_id = $1 ORDER BY t.paid_at, t.id`, [
    Number(id),
  ]);
  const volume = all.rows.reduce((sum, t) => sum + t.amount, 0);
  const data = all.rows.slice(page.offset, page.offset + page.perPage).map((t) => transactionJson(t));
  return ok("Settlement transactions retrieved", data, { ...pageMeta(all.rows.length, page), total_volume: volume });
}

import "server-only";
import { emulatorTx } from "./db";
import { errorResponse, json, PaystackApiError } from "./http";
import { integrationForKey } from "./integrations";
import type { THandler } from "./handlers/context";
import { checkCharge, createCharge, submitOtp } from "./handlers/charge";
import { balance, banks, listSettlements, resolveBankAccount, settlementTransactions } from "./handlers/misc";
import { createRefund, fetchRefund, listRefunds } from "./handlers/refunds";
import { fetchOne, initialize, list, totals, verify } from "./handlers/transactions";
import {
  createRecipient,
  createTransfer,
  fetchRecipient,
  fetchTransfer,
  listRecipients,
  listTransfers,
  verifyTransfer,
} from "./handlers/transfers";

// The emulated https://api.paystack.co: a Fetch API Request in, a Response out. Each call is
// one database transaction; webhooks it causes are delivered after COMMIT.

export const PAYSTACK_API_ORIGIN = "https://api.paystack.co";

const P = "([^/]+)";
const ROUTES: [method: string, pattern: RegExp, handler: THandler][] = [
  ["POST", /^\/transaction\/initialize$/, initialize],
  ["GET", new RegExp(`^/transaction/verify/${P}$`), verify],
  ["GET", /^\/transaction\/totals$/, totals],
  ["GET", new RegExp(`^/transaction/${P}$`), fetchOne],
  ["GET", /^\/transaction$/, list],
  ["POST", /^\/charge$/, createCharge],
  ["POST", /^\/charge\/submit_otp$/, submitOtp],
  ["GET", new RegExp(`^/charge/${P}$`), checkCharge],
  ["GET", /^\/bank$/, banks],
  ["GET", /^\/bank\/resolve$/, resolveBankAccount],
  ["POST", /^\/refund$/, createRefund],
  ["GET", new RegExp(`^/refund/${P}$`), fetchRefund],
  ["GET", /^\/refund$/, listRefunds],
  ["POST", /^\/transferrecipient$/, createRecipient],
  ["GET", new RegExp(`^/transferrecipient/${P}$`), fetchRecipient],
  ["GET", /^\/transferrecipient$/, listRecipients],
  ["POST", /^\/transfer$/, createTransfer],
  ["GET", new RegExp(`^/transfer/verify/${P}$`), verifyTransfer],
  ["GET", new RegExp(`^/transfer/${P}$`), fetchTransfer],
  ["GET", /^\/transfer$/, listTransfers],
  ["GET", /^\/settlement$/, listSettlements],
  ["GET", new RegExp(`^/settlement/${P}/transactions$`), settlementTransactions],
  ["GET", /^\/balance$/, balance],
];

async function readBody(request: Request): Promise<Record<string, unknown>> {
  if (request.method === "GET" || request.method === "HEAD") return {};
  const text = await request.text();
  if (!text.trim()) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new PaystackApiError(400, "Invalid JSON in request body", "validation_error", "invalid_json");
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new PaystackApiError(400, "Request body must be a JSON object", "validation_error", "invalid_json");
  }
  return parsed as Record<string, unknown>;
}

function bearer(request: Request): string | null {
  const h = request.headers.get("authorization");
  const m = h ? /^Bearer\s+(\S+)$/i.exec(h.trim()) : null;
  return m ? m[1]! : null;
}

/** Answers one Paystack API request the way api.paystack.co would. */
export async function handlePaystackRequest(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const path = url.pathname.replace(/\/{2,}/g, "/").replace(/(.)\/$/, "$1");
  const match = ROUTES.map(([method, re, handler]) => ({ method, handler, m: re.exec(path) })).filter((r) => r.m);
  const route = match.find((r) => r.method === request.method);
  try {
    const key = bearer(request);
    if (!route) {
      if (match.length > 0)
        return json(405, { status: false, message: `Method ${request.method} not allowed on ${path}` });
      return json(404, { status: false, message: `Route not found: ${request.method} ${path} (not emulated)` });
    }
    const body = await readBody(request);
    const envelope = await emulatorTx(async (tx) => {
      const integration = await integrationForKey(tx.sql, key);
      const params = route.m!.slice(1).map((p) => decodeURIComponent(p));
      return route.handler({ tx, integration, query: url.searchParams, body, params });
    });
    return json(200, envelope);
  } catch (e) {
    if (e instanceof PaystackApiError) return errorResponse(e);
    console.error("[paystack-emulator] internal error", e);
    return json(500, { status: false, message: "An error occurred in the Paystack emulator" });
  }
}

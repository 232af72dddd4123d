import "server-only";
import { payWithMobileMoney, submitOtp as submitOtpFlow } from "../charge-flow";
import { bad, notFound, ok, str } from "../http";
import { isMomoProvider, normalizeGhanaPhone } from "../rules";
import { chargeJson } from "../serialize";
import { getTxn, insertTransaction } from "../txn-store";
import type { TCtx } from "./context";
import { readPaymentBasics } from "./transactions";

// /charge: Mobile Money charges (the only direct charge a GHS integration without PCI-DSS
// clearance may make), OTP submission and the pending-charge check.

export async function createCharge({ tx, integration, body }: TCtx) {
  const basics = readPaymentBasics(body);
  const momo = body.mobile_money;
  if (!momo || typeof momo !== "object" || Array.isArray(momo)) {
    if (body.card || body.authorization_code || body.bank || body.ussd) {
      throw bad(
        "This integration may only charge mobile_money directly; use /transaction/initialize for cards",
        "channel_not_allowed",
      );
    }
    throw bad("Please provide a payment channel: mobile_money { phone, provider }", "missing_channel");
  }
  const m = momo as Record<string, unknown>;
  const provider = (str(m, "provider") ?? "").toLowerCase();
  if (!isMomoProvider(provider))
    throw bad("Invalid Mobile Money provider. Use one of mtn, atl, vod", "invalid_provider");
  const phone = normalizeGhanaPhone(str(m, "phone") ?? "");
  if (!phone) throw bad("Invalid phone number", "invalid_phone");
  const row = await insertTransaction(tx.sql, integration, {
    ...basics,
    callbackUrl: null,
    channels: ["mobile_money"],
    source: "charge",
  });
  if (!row) throw bad("Duplicate Transaction Reference", "duplicate_reference");
  const charged = await payWithMobileMoney(tx, row, { provider, phone });
  return ok("Charge attempted", chargeJson(charged));
}

export async function submitOtp({ tx, integration, body }: TCtx) {
  const otp = str(body, "otp");
  const reference = str(body, "reference");
  if (!otp || !reference) throw bad("OTP and reference are required", "missing_params");
  const row = await getTxn(tx.sql, { reference, integrationId: integration.id }, { lock: true });
  if (!row) throw notFound("Transaction reference not found", "transaction_not_found");
  return ok("Charge attempted", chargeJson(await submitOtpFlow(tx, row, otp)));
}

export async function checkCharge({ tx, integration, params }: TCtx) {
  const row = await getTxn(tx.sql, { reference: params[0]!, integrationId: integration.id });
  if (!row) throw notFound("Transaction reference not found", "transaction_not_found");
  return ok("Reference check successful", chargeJson(row));
}

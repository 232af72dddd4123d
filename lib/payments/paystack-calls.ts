import "server-only";
import { AppError } from "@/lib/errors";
import type { PaymentChannel } from "@/lib/generated/prisma/enums";
import { verifyTransaction } from "@/lib/integrations/paystack/api";

// The few Paystack answers the money core reads, narrowed to what it needs. Calls go through
// the PAYSTACK area's typed wrappers (lib/integrations/paystack/api.ts → paystack-sdk, or the
// emulator behind the same SDK path); a refusal throws PaystackError { status, message }.

export type TVerifiedTransaction =
  | { found: false }
  | {
      found: true;
      id: string;
      status: string;
      reference: string;
      amountMinor: number;
      currency: string;
      feesMinor: number | null;
      channel: PaymentChannel | null;
      paidAt: Date | null;
      gatewayResponse: string | null;
    };

export function httpStatusOf(e: unknown): number | null {
  if (e && typeof e === "object" && "status" in e && typeof (e as { status: unknown }).status === "number")
    return (e as { status: number }).status;
  return null;
}

export function providerMessage(e: unknown): string {
  const body = e && typeof e === "object" && "body" in e ? (e as { body: unknown }).body : null;
  if (body && typeof body === "object" && "message" in body && typeof body.message === "string") return body.message;
  return e instanceof Error ? e.message : String(e);
}

const CHANNELS: Record<string, PaymentChannel> = {
  card: "CARD",
  mobile_money: "MOBILE_MONEY",
  bank: "BANK",
  bank_transfer: "BANK_TRANSFER",
  ussd: "USSD",
};
export function toPaymentChannel(channel: unknown): PaymentChannel | null {
  return typeof channel === "string" ? (CHANNELS[channel] ?? null) : null;
}

/** GET /transaction/verify/:reference. Unknown reference → { found: false }; outage → PAYMENT_PROVIDER. */
export async function verifyWithPaystack(reference: string): Promise<TVerifiedTransaction> {
  try {
    const d = await verifyTransaction(reference);
    return {
      found: true,
      id: String(d.id),
      status: String(d.status ?? ""),
      reference: String(d.reference ?? ""),
      amountMinor: Number(d.amount),
      currency: String(d.currency ?? ""),
      feesMinor: typeof d.fees === "number" ? d.fees : null,
      channel: toPaymentChannel(d.channel),
      paidAt: d.paid_at ? new Date(d.paid_at) : null,
      gatewayResponse: d.gateway_response ?? null,
    };
  } catch (e) {
    const status = httpStatusOf(e);
    if (status === 400 || status === 404) return { found: false };
    throw new AppError("PAYMENT_PROVIDER", undefined, { cause: e });
  }
}

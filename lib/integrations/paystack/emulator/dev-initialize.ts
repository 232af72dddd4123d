import "server-only";
import { AppError } from "@/lib/errors";
import { paystack } from "../client";
import { isPaystackEmulatorEnabled } from "./hosted";
import type { TTestInitialize } from "./schemas";

/**
 * Emulator mode only: initializes a transaction through the app's own paystack-sdk client,
 * so e2e tests and demos can open a hosted checkout without placing an order.
 */
export async function initializeDevTransaction(
  input: TTestInitialize,
): Promise<{ reference: string; accessCode: string; authorizationUrl: string }> {
  if (!isPaystackEmulatorEnabled()) throw new AppError("NOT_FOUND");
  const res = (await paystack().transaction.initialize({
    email: input.email,
    amount: String(input.amount),
    ...(input.reference ? { reference: input.reference } : {}),
    ...(input.callbackUrl ? { callback_url: input.callbackUrl } : {}),
    ...(input.channels ? { channels: input.channels } : {}),
  })) as { data: { reference: string; access_code: string; authorization_url: string } };
  return {
    reference: res.data.reference,
    accessCode: res.data.access_code,
    authorizationUrl: res.data.authorization_url,
  };
}

// Browser calls to the /api/v1/checkout route handlers (client-safe: fetch only). Errors come
// back as values with the server's message, so forms can show them as they are.
import type {
  TCardStartResponse,
  TCheckoutReview,
  TMobileMoneyResponse,
  TPaymentStatusResponse,
  TPlacedOrderResponse,
} from "@/lib/checkout/types";
import type { TPlaceOrderBody, TReviewInput, TStartMobileMoneyBody } from "@/lib/checkout/schemas";

export type TApiResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; code: string; message: string; details?: unknown };

const NETWORK_ERROR = "We could not reach Londom. Check your connection and try again.";

async function call<T>(url: string, init: RequestInit): Promise<TApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(url, {
      ...init,
      headers: {
        Accept: "application/json",
        ...(init.body ? { "Content-Type": "application/json" } : {}),
        ...init.headers,
      },
      cache: "no-store",
    });
  } catch {
    return { ok: false, status: 0, code: "NETWORK", message: NETWORK_ERROR };
  }
  const json = (await res.json().catch(() => null)) as unknown;
  if (res.ok) return { ok: true, status: res.status, data: json as T };
  const err = (json as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
  return {
    ok: false,
    status: res.status,
    code: err?.code ?? "INTERNAL",
    message: err?.message ?? "Something went wrong. Please try again.",
    details: err?.details,
  };
}

const post = <T>(url: string, body: unknown, headers: Record<string, string> = {}) =>
  call<T>(url, { method: "POST", body: JSON.stringify(body), headers });

export const checkoutApi = {
  review: (input: TReviewInput) => post<TCheckoutReview>("/api/v1/checkout/quote", input),
  placeOrder: (idempotencyKey: string, body: TPlaceOrderBody) =>
    post<TPlacedOrderResponse>("/api/v1/checkout/orders", body, { "Idempotency-Key": idempotencyKey }),
  startCard: (orderNumber: string, kind?: "BALANCE") =>
    post<TCardStartResponse>("/api/v1/checkout/payments/card", { orderNumber, ...(kind ? { kind } : {}) }),
  startMobileMoney: (body: TStartMobileMoneyBody) =>
    post<TMobileMoneyResponse>("/api/v1/checkout/payments/mobile-money", body),
  submitOtp: (reference: string, otp: string) =>
    post<TMobileMoneyResponse>("/api/v1/checkout/payments/mobile-money/otp", { reference, otp }),
  paymentStatus: (reference: string) =>
    call<TPaymentStatusResponse>(`/api/v1/checkout/payments/${encodeURIComponent(reference)}`, { method: "GET" }),
};

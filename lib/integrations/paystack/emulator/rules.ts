import "server-only";
import { percentOf } from "@/lib/money";

// Every rule of the emulator's make-believe payment world in one place: fees, the magic test
// numbers and the timings of asynchronous outcomes. README.md in this folder documents them.

/**
 * Paystack Ghana's published price is 1.95% of every local card or Mobile Money payment
 * (support.paystack.com "Transactions pricing"). Unlike Nigeria (₦2,000 cap) Ghana publishes no
 * cap, so FEE_CAP_PESEWAS is null; the fee rounds half-up to the pesewa.
 */
export const FEE_BPS = 195;
export const FEE_CAP_PESEWAS: number | null = null;

export function transactionFee(amount: number): number {
  const fee = percentOf(amount, FEE_BPS);
  return FEE_CAP_PESEWAS === null ? fee : Math.min(fee, FEE_CAP_PESEWAS);
}

/** Paystack's own test OTP for cards that ask for one. */
export const CARD_OTP = "123456";

export type TCardOutcome =
  | { kind: "success"; brand: string; bank: string }
  | { kind: "otp"; brand: string; bank: string }
  | { kind: "decline"; message: string };

const CARDS: Record<string, TCardOutcome> = {
  "4084084084084081": { kind: "success", brand: "visa", bank: "TEST BANK" },
  "5078505078505078": { kind: "success", brand: "verve", bank: "TEST BANK" },
  "4084080000005408": { kind: "otp", brand: "visa", bank: "TEST BANK" },
  "5060666666666666666": { kind: "decline", message: "Declined" },
  "4084080000000409": { kind: "decline", message: "Insufficient Funds" },
};

/** Any other card number is declined the way Paystack's test mode declines unknown cards. */
export function cardOutcome(number: string): TCardOutcome {
  return CARDS[number] ?? { kind: "decline", message: "Transaction declined. Please use the test card." };
}

export const MOBILE_MONEY_PROVIDERS = {
  mtn: { code: "MTN", name: "MTN", brand: "Mtn mobile money", id: 28 },
  atl: { code: "ATL", name: "AirtelTigo", brand: "Airteltigo mobile money", id: 29 },
  vod: { code: "VOD", name: "Telecel", brand: "Telecel cash", id: 66 },
} as const;
export type TMomoProvider = keyof typeof MOBILE_MONEY_PROVIDERS;

export function isMomoProvider(v: string): v is TMomoProvider {
  return v in MOBILE_MONEY_PROVIDERS;
}

/** "024 123 4567", "233241234567", "+233241234567" → "0241234567"; null when not Ghanaian. */
export function normalizeGhanaPhone(input: string): string | null {
  const digits = input.replace(/[\s()-]/g, "").replace(/^\+/, "");
  if (/^233\d{9}$/.test(digits)) return `0${digits.slice(3)}`;
  if (/^0\d{9}$/.test(digits)) return digits;
  return null;
}

/**
 * Mobile Money numbers decide their own fate by their last four digits:
 * 0000 the network declines at once; 1111 the prompt never reaches the phone and times out;
 * 2222 asks for an OTP (sent by SMS, shown on the phone panel); 3333 pays but later refunds
 * and transfers to it fail; 4444 transfers to it are reversed; anything else shows an
 * approve/decline prompt on the phone panel.
 */
export type TMomoOutcome = "decline" | "timeout" | "otp" | "prompt";
export function momoOutcome(phone: string): TMomoOutcome {
  if (phone.endsWith("0000")) return "decline";
  if (phone.endsWith("1111")) return "timeout";
  if (phone.endsWith("2222")) return "otp";
  return "prompt";
}

/** Refunds of payments from these accounts fail; transfers to them fail or are reversed. */
export function accountFate(account: string | null | undefined): "ok" | "fail" | "reverse" {
  if (account?.endsWith("3333")) return "fail";
  if (account?.endsWith("4444")) return "reverse";
  return "ok";
}

/** Timings (milliseconds) applied by advanceEmulatorClock(). */
export const TIMING = {
  /** A Mobile Money prompt (or OTP) left unanswered fails as timed out. */
  momoPromptTtl: 3 * 60_000,
  /** The 1111 numbers: the network gives up quickly. */
  momoUnreachableTtl: 20_000,
  refundPendingToProcessing: 5_000,
  refundProcessingToDone: 10_000,
  transferSettles: 5_000,
  /** Paystack settles T+1; the demo settles successful payments after two minutes. */
  settlementDelay: 2 * 60_000,
  /** Webhook deliveries stop being retried this long after the event (Paystack: 72 hours). */
  webhookGiveUpAfter: 72 * 3_600_000,
} as const;

/** Delay before retry n (n = attempts made so far, ≥ 1): 10 s, 30 s, 90 s, … at most an hour. */
export function webhookRetryDelay(attempts: number): number {
  return Math.min(10_000 * 3 ** Math.max(0, attempts - 1), 3_600_000);
}

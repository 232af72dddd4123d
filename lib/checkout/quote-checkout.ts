import "server-only";
import { type Db, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { computeOrderAmounts, type TOrderAmounts } from "@/lib/checkout/amounts";
import { getPlatformSettings } from "@/lib/settings/get-platform-settings";
import { priceCheckoutLines, type TPricedLine } from "@/lib/checkout/price-lines";
import { resolveDelivery, type TResolvedDelivery } from "@/lib/checkout/resolve-delivery";
import { ZCheckoutQuoteInput, type TCheckoutQuoteInput } from "@/lib/checkout/schemas";

export type TCheckoutQuote = TOrderAmounts & {
  lines: TPricedLine[];
  delivery: TResolvedDelivery;
  paymentPlan: "FULL" | "DEPOSIT";
  depositBps: number;
  /** Whether the DEPOSIT plan may be offered (some line is a pre-order). */
  canPayDeposit: boolean;
  currency: "GHS";
};

/**
 * The review step: the cart repriced from the database with delivery and payment plan —
 * exactly the numbers placeOrder will charge (it calls this inside its transaction).
 */
export async function quoteCheckout(
  input: TCheckoutQuoteInput & { customerId: string },
  db: Db = prisma,
): Promise<TCheckoutQuote> {
  const { customerId, ...request } = input;
  const args = ZCheckoutQuoteInput.parse(request);
  const settings = await getPlatformSettings(db);
  const lines = await priceCheckoutLines({ lines: args.lines, platformFeeBps: settings.platformFeeBps }, db);
  const delivery = await resolveDelivery({ customerId, choice: args.delivery }, db);
  const canPayDeposit = lines.some((l) => l.availability === "PRE_ORDER");
  if (args.paymentPlan === "DEPOSIT" && !canPayDeposit) {
    throw new AppError("BAD_REQUEST", "A deposit is only possible for pre-order items. Choose “Pay in full”.");
  }
  const amounts = computeOrderAmounts({
    lines,
    deliveryFeeMinor: delivery.feeMinor,
    plan: args.paymentPlan,
    depositBps: settings.depositBps,
  });
  if (amounts.dueNowMinor <= 0) throw new AppError("BAD_REQUEST", "There is nothing to pay for this order.");
  return {
    ...amounts,
    lines,
    delivery,
    paymentPlan: args.paymentPlan,
    depositBps: settings.depositBps,
    canPayDeposit,
    currency: "GHS",
  };
}

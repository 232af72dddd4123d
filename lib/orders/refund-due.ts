// What an order owes and what goes back when some of its lines end before delivery
// (isomorphic and pure: the lifecycle, the admin's "what this will do" preview and the tests
// use the same arithmetic).
//
// Rule: the customer keeps paying for what is still coming and gets back the rest. What is
// still owed is the live lines, plus the delivery fee while anything is left to deliver, less
// the discount; what was paid is net of every refund already on its way. A deposit therefore
// stays on the order while it still covers live lines (the balance falls due on arrival as
// usual), and a fully paid order gets the ended lines back.
import { isIn, ENDED_LINE_STATUSES } from "@/lib/orders/statuses";
import type { OrderLineStatus } from "@/lib/generated/prisma/enums";

export type TRefundDueInput = {
  /** Every line of the order, with its status after the change. */
  lines: readonly { status: OrderLineStatus; lineTotalMinor: number }[];
  deliveryFeeMinor: number;
  discountMinor: number;
  amountPaidMinor: number;
  /** Refunds PENDING, PROCESSING or PROCESSED: already leaving or gone. */
  committedRefundsMinor: number;
};

export function refundDue(input: TRefundDueInput): {
  owedMinor: number;
  refundMinor: number;
  outstandingMinor: number;
} {
  const live = input.lines.filter((l) => l.status !== "RESERVED" && !isIn(ENDED_LINE_STATUSES, l.status));
  const goods = live.reduce((a, l) => a + l.lineTotalMinor, 0);
  const owedMinor = live.length === 0 ? 0 : Math.max(0, goods + input.deliveryFeeMinor - input.discountMinor);
  const paidMinor = input.amountPaidMinor - input.committedRefundsMinor;
  return {
    owedMinor,
    refundMinor: Math.max(0, paidMinor - owedMinor),
    outstandingMinor: Math.max(0, owedMinor - paidMinor),
  };
}

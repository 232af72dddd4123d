// What a row of /admin/orders shows (OrderRows, a client component): the page sends only this.
import type { TAdminOrderRow } from "@/lib/orders/list-admin-orders";

export type TOrderRowView = Pick<
  TAdminOrderRow,
  | "id"
  | "number"
  | "createdAt"
  | "status"
  | "paymentPlan"
  | "totalMinor"
  | "amountPaidMinor"
  | "amountRefundedMinor"
  | "balanceDueMinor"
  | "batchCodes"
  | "itemCount"
  | "deliveryMethod"
  | "deliveryStatus"
> & { customer: { name: string; phone: string } };

/** Only what the rows show: the page hands this to the client, not the whole list row. */
export function toOrderRowView(o: TAdminOrderRow): TOrderRowView {
  return {
    id: o.id,
    number: o.number,
    createdAt: o.createdAt,
    status: o.status,
    paymentPlan: o.paymentPlan,
    customer: { name: o.customer.name, phone: o.customer.phone },
    totalMinor: o.totalMinor,
    amountPaidMinor: o.amountPaidMinor,
    amountRefundedMinor: o.amountRefundedMinor,
    balanceDueMinor: o.balanceDueMinor,
    batchCodes: o.batchCodes,
    itemCount: o.itemCount,
    deliveryMethod: o.deliveryMethod,
    deliveryStatus: o.deliveryStatus,
  };
}

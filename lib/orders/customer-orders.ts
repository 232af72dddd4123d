import "server-only";
import { prisma } from "@/lib/db";
import { getCustomerOrderOrThrow } from "@/lib/orders/get-customer-order";
import { getLatestPayableOrder, listCustomerOrders } from "@/lib/orders/list-customer-orders";

// Entry points for the customer's order pages (app/ may not touch the database client).
// customerId always comes from the session.
export const customerOrders = {
  get: (customerId: string, number: string) => getCustomerOrderOrThrow(prisma, { customerId, number }),
  list: (customerId: string, cursor?: string | null) =>
    listCustomerOrders(prisma, { customerId, cursor: cursor ?? null }),
  latestPayable: (customerId: string) => getLatestPayableOrder(prisma, customerId),
};

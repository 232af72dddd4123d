// The staff order search (lib/orders/search-admin-orders.ts) on the real database: each field it
// promises finds the order, the pattern characters of the text are taken literally, and a search
// matching more than the limit says so instead of silently listing a part.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { ADMIN_ORDER_SEARCH_LIMIT, searchAdminOrders } from "@/lib/orders/search-admin-orders";
import { createTestProduct, uniq } from "../factories/catalog";
import { createTestCustomer, createTestOrder } from "../factories/orders";

const catalog = await createTestProduct({ variants: [{ stockOnHand: 20, priceMinor: 10_000 }] });
const variantId = catalog.variants[0]!.id;
const tag = uniq("srch").replaceAll("-", "");
const kofi = await createTestCustomer({ name: `Kofi ${tag}`, email: `kofi.${tag}@customers.test` });
const { order } = await createTestOrder({ customerId: kofi.id, lines: [{ variantId }], status: "PAID" });
const { order: other } = await createTestOrder({ lines: [{ variantId }], status: "PAID" });
await prisma.payment.create({
  data: { orderId: order.id, kind: "FULL", reference: `ref_${tag}_x`, amountMinor: order.totalMinor },
});
await prisma.order.update({ where: { id: order.id }, data: { contactPhone: `+23320${tag.slice(-7)}` } });

describe("searchAdminOrders", () => {
  it("finds an order by its number, the customer's name or e-mail, the contact phone and a payment reference", async () => {
    for (const q of [order.number, `Kofi ${tag}`, `kofi.${tag}@CUSTOMERS.test`, tag.slice(-7), `ref_${tag}`]) {
      const { ids, truncated } = await searchAdminOrders(q);
      expect(ids, q).toContain(order.id);
      expect(ids, q).not.toContain(other.id);
      expect(truncated).toBe(false);
    }
  });

  it("takes %, _ and backslashes literally", async () => {
    for (const q of ["%", "\\", `Kofi_${tag}`, `Kofi%${tag}`])
      expect((await searchAdminOrders(q)).ids, q).not.toContain(order.id);
  });

  it("says when more orders match than it lists", async () => {
    const many = await searchAdminOrders("-"); // every order number has one
    const total = await prisma.order.count();
    expect(many.truncated).toBe(total > ADMIN_ORDER_SEARCH_LIMIT);
    expect(many.ids.length).toBe(Math.min(total, ADMIN_ORDER_SEARCH_LIMIT));
  });
});

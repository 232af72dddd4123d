/**
 * Order test data: a customer and a PENDING_PAYMENT order whose lines copy price, vendor
 * and product from the variants (as checkout would), with no reservations, payments or
 * events — tests add what they exercise. Unique e-mail and order number per call.
 *
 *   const { order, lines } = await createTestOrder(prisma, { lines: [{ variantId, quantity: 2 }] });
 */
import { type Db, prisma } from "@/lib/db";
import { type OrderLineStatus, type OrderStatus, type Role } from "@/lib/generated/prisma/enums";
import { uniq } from "./catalog";

export async function createTestCustomer(
  overrides: { email?: string; name?: string; roles?: Role[] } = {},
  db: Db = prisma,
) {
  const email = overrides.email ?? `${uniq("customer")}@customers.test`;
  return db.user.create({
    data: { email, name: overrides.name ?? "Test Customer", roles: overrides.roles ?? ["CUSTOMER"] },
  });
}

export type TTestLineSpec = { variantId: string; quantity?: number; batchId?: string; status?: OrderLineStatus };

export async function createTestOrder(
  opts: { customerId?: string; lines: TTestLineSpec[]; status?: OrderStatus; expiresAt?: Date; feeBps?: number },
  db: Db = prisma,
) {
  const customer = opts.customerId
    ? await db.user.findUniqueOrThrow({ where: { id: opts.customerId } })
    : await createTestCustomer(undefined, db);
  const variants = await db.variant.findMany({
    where: { id: { in: opts.lines.map((l) => l.variantId) } },
    include: { product: { select: { id: true, title: true, vendorId: true } } },
  });
  const feeBps = opts.feeBps ?? 1000;
  const lineData = opts.lines.map((l) => {
    const v = variants.find((x) => x.id === l.variantId);
    if (!v) throw new Error(`createTestOrder: unknown variant ${l.variantId}`);
    const quantity = l.quantity ?? 1;
    const lineTotalMinor = v.priceMinor * quantity;
    return {
      vendorId: v.product.vendorId,
      productId: v.product.id,
      variantId: v.id,
      batchId: l.batchId ?? null,
      status: l.status ?? "RESERVED",
      availability: v.availability,
      quantity,
      unitPriceMinor: v.priceMinor,
      lineTotalMinor,
      feeBps,
      feeMinor: Math.floor((lineTotalMinor * feeBps + 5000) / 10000),
      productTitle: v.product.title,
      variantTitle: v.title,
      sku: v.sku,
    };
  });
  const subtotalMinor = lineData.reduce((s, l) => s + l.lineTotalMinor, 0);
  const order = await db.order.create({
    data: {
      number: uniq("LI").toUpperCase(),
      customerId: customer.id,
      status: opts.status ?? "PENDING_PAYMENT",
      subtotalMinor,
      totalMinor: subtotalMinor,
      balanceDueMinor: subtotalMinor,
      deliveryMethod: "PICKUP",
      contactPhone: "+233200000000",
      contactEmail: customer.email,
      expiresAt: opts.expiresAt ?? new Date(Date.now() + 30 * 60 * 1000),
    },
  });
  // One insert per line so `lines[i]` is the line asked for in `opts.lines[i]`.
  const lines = [];
  for (const data of lineData) lines.push(await db.orderLine.create({ data: { ...data, orderId: order.id } }));
  return { order, lines, customer };
}

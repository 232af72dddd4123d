// 200 concurrent checkouts on 5 hot variants (4 in stock, 1 capped pre-order) never
// oversell: exactly the available units are reserved, every other checkout is refused with
// OUT_OF_STOCK, and after paying some of them sold + reserved never exceeds what existed.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { confirmPayment } from "@/lib/payments/confirm-payment";
import { createTestBatch } from "../factories/batches";
import { checkoutKey, createTestShopper } from "../factories/checkout";
import { setupOwnPaystackIntegration } from "../factories/paystack";
import { payByCard, shopFor } from "../support/money-flows";
import { mapLimit, seededRandom } from "../support/seeded-random";

setupOwnPaystackIntegration("money_concurrency");

describe("no overselling under concurrency", () => {
  it("200 concurrent checkouts on 5 hot variants", { timeout: 300_000 }, async () => {
    const STOCK = 23;
    const CAP = 17;
    const s = await shopFor([
      { stockOnHand: STOCK },
      { stockOnHand: STOCK },
      { stockOnHand: STOCK },
      { stockOnHand: STOCK },
      { availability: "PRE_ORDER", batchCap: CAP },
    ]);
    const batch = await createTestBatch({ originId: s.originId });
    const shoppers = await mapLimit(Array.from({ length: 20 }), 5, () => createTestShopper());
    const rnd = seededRandom(4242);
    const wants = rnd.shuffle(
      Array.from({ length: 200 }, (_, i) => ({ variant: i % 5, quantity: 1, shopper: shoppers[i % 20]! })),
    );

    // Like a browser: a "busy, retry" (429) is retried with the same idempotency key.
    const checkout = async (
      w: (typeof wants)[number],
      key: string,
    ): Promise<{ ok: true; placed: Awaited<ReturnType<typeof s.place>>; w: typeof w } | { ok: false; w: typeof w }> => {
      for (;;) {
        try {
          return {
            ok: true,
            placed: await s.place([{ variantId: s.variants[w.variant]!.id, quantity: w.quantity }], {
              customerId: w.shopper.id,
              idempotencyKey: key,
            }),
            w,
          };
        } catch (e) {
          if (isAppError(e) && e.code === "OUT_OF_STOCK") return { ok: false, w };
          if (isAppError(e) && e.code === "RATE_LIMITED") {
            retries++;
            continue;
          }
          throw e;
        }
      }
    };
    let retries = 0;
    const results = await Promise.all(wants.map((w) => checkout(w, checkoutKey())));
    console.log(`[200 checkouts] ${results.filter((r) => r.ok).length} placed, ${retries} busy retries`);

    for (let v = 0; v < 5; v++) {
      const limit = v === 4 ? CAP : STOCK;
      const won = results.filter((r) => r.ok && r.w.variant === v).reduce((a, r) => a + r.w.quantity, 0);
      const demand = wants.filter((w) => w.variant === v).reduce((a, w) => a + w.quantity, 0);
      expect(demand).toBe(40);
      expect(won).toBe(limit); // exactly what existed, not one more, not one less
      const held =
        v === 4
          ? (
              await prisma.batchAllocation.findUniqueOrThrow({
                where: { batchId_variantId: { batchId: batch.id, variantId: s.variants[v]!.id } },
              })
            ).reserved
          : (await prisma.variant.findUniqueOrThrow({ where: { id: s.variants[v]!.id } })).reserved;
      expect(held).toBe(won);
      const active = await prisma.reservation.aggregate({
        where: { variantId: s.variants[v]!.id, status: "ACTIVE" },
        _sum: { quantity: true },
      });
      expect(active._sum.quantity ?? 0).toBe(won);
    }
    const placedCount = results.filter((r) => r.ok).length;
    expect(placedCount).toBe(4 * STOCK + CAP);
    expect(
      await prisma.order.count({ where: { lines: { some: { variantId: { in: s.variants.map((v) => v.id) } } } } }),
    ).toBe(placedCount);

    // Pay a third of them, concurrently: stock moves from reserved to sold, never past what existed.
    const toPay = results.filter((r) => r.ok).filter((_, i) => i % 3 === 0);
    await mapLimit(toPay, 8, async (r) => {
      if (!r.ok) return;
      const paid = await payByCard(r.placed.order.number, r.w.shopper.id);
      expect((await confirmPayment({ reference: paid.reference, source: "callback" })).outcome).toBe("succeeded");
    });
    for (let v = 0; v < 4; v++) {
      const variant = await prisma.variant.findUniqueOrThrow({ where: { id: s.variants[v]!.id } });
      const sold = -(
        (
          await prisma.inventoryMovement.aggregate({
            where: { variantId: variant.id, reason: "SALE" },
            _sum: { quantity: true },
          })
        )._sum.quantity ?? 0
      );
      expect(variant.stockOnHand).toBe(STOCK - sold);
      expect(sold + variant.reserved).toBeLessThanOrEqual(STOCK);
    }
    const alloc = await prisma.batchAllocation.findUniqueOrThrow({
      where: { batchId_variantId: { batchId: batch.id, variantId: s.variants[4]!.id } },
    });
    expect(alloc.sold + alloc.reserved).toBeLessThanOrEqual(CAP);
    expect(alloc.sold).toBe(toPay.filter((r) => r.w.variant === 4).reduce((a, r) => a + r.w.quantity, 0));
  });
});

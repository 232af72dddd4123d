// /vendor/payouts/lines: the vendor's paid-for lines with gross, fee, net and where the money is;
// only the caller's vendor's lines, searchable by order number or SKU, in keyset pages.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { OrderLineStatus } from "@/lib/generated/prisma/enums";
import { listVendorEarningLines } from "@/lib/payouts/list-vendor-earning-lines";
import { createTestProduct } from "../factories/catalog";
import { createTestOrder } from "../factories/orders";

async function lineOf(variantId: string, status: OrderLineStatus, releasedAt: Date | null = null) {
  const { order, lines } = await createTestOrder({ lines: [{ variantId, status }], status: "PAID", feeBps: 1000 });
  await prisma.orderLine.update({ where: { id: lines[0]!.id }, data: { releasedAt } });
  return { order, line: lines[0]! };
}

describe("listVendorEarningLines", () => {
  it("answers each line's gross, fee, net and state, for the caller's vendor only", async () => {
    const a = await createTestProduct({ variants: [{ priceMinor: 10_000 }] });
    const b = await createTestProduct({ variants: [{ priceMinor: 10_000 }] });
    const v = a.variants[0]!.id;
    const held = await lineOf(v, "SHIPPED");
    const released = await lineOf(v, "DELIVERED", new Date());
    await lineOf(v, "UNAVAILABLE");
    await lineOf(v, "RESERVED"); // never paid: not an earning
    const foreign = await lineOf(b.variants[0]!.id, "DELIVERED", new Date());

    const all = await listVendorEarningLines({ vendorId: a.vendor.id });
    expect(all.rows.map((r) => r.state).sort()).toEqual(["ended", "held", "released"]);
    expect(all.stateCounts).toEqual({ held: 1, released: 1, paid: 0, ended: 1 });
    const row = all.rows.find((r) => r.id === held.line.id)!;
    expect(row).toMatchObject({ grossMinor: 10_000, feeMinor: 1_000, netMinor: 9_000, feeBps: 1000 });
    expect(all.rows.some((r) => r.id === foreign.line.id)).toBe(false);

    expect((await listVendorEarningLines({ vendorId: a.vendor.id, state: "released" })).rows.map((r) => r.id)).toEqual([
      released.line.id,
    ]);
    const byOrder = await listVendorEarningLines({ vendorId: a.vendor.id, q: held.order.number.toLowerCase() });
    expect(byOrder.rows.map((r) => r.id)).toEqual([held.line.id]);
    // another vendor's order number finds nothing here
    expect((await listVendorEarningLines({ vendorId: a.vendor.id, q: foreign.order.number })).rows).toEqual([]);
    expect((await listVendorEarningLines({ vendorId: a.vendor.id, q: a.variants[0]!.sku })).rows).toHaveLength(3);
  });

  it("pages by keyset without repeating or skipping a line; another vendor with that cursor sees none of them", async () => {
    const a = await createTestProduct({ variants: [{ priceMinor: 5_000 }] });
    const ids: string[] = [];
    for (let i = 0; i < 27; i++) ids.push((await lineOf(a.variants[0]!.id, "CONFIRMED")).line.id);
    const first = await listVendorEarningLines({ vendorId: a.vendor.id });
    expect(first.rows).toHaveLength(25);
    expect(first.nextCursor).not.toBeNull();
    const second = await listVendorEarningLines({ vendorId: a.vendor.id, cursor: first.nextCursor! });
    expect(second.nextCursor).toBeNull();
    expect([...first.rows, ...second.rows].map((r) => r.id).sort()).toEqual([...ids].sort());
    const other = await createTestProduct();
    const foreign = await listVendorEarningLines({ vendorId: other.vendor.id, cursor: first.nextCursor! });
    expect(foreign.rows).toEqual([]);
  });
});

// The vendor product editor through the real action() wrapper: a size × colour matrix saved
// with generated SKUs unique across the store, duplicate SKUs and bad fields answered as
// field errors with nothing written, a price edit leaving placed order lines alone, staff
// allowed while a customer or another shop's owner is refused with nothing changed, and the
// bulk archive / activate reporting a refusal per product. Only Next's request plumbing and
// the session are replaced; the database is real.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { TSessionUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db";
import type { TVendorProductForm, TVendorVariantRow } from "@/lib/catalog/schemas";
import { createTestCategory, createTestProduct, createTestVendor, uniq } from "../factories/catalog";
import { createTestUser, sessionUserFor } from "../factories/users";
import { shopFor } from "../support/money-flows";

let caller: TSessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => caller }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.21" }) }));
vi.mock("next/cache", async (original) => ({ ...(await original<object>()), revalidatePath: () => undefined }));

const { saveVendorProductAction, setVendorProductsStatusAction } = await import("@/app/vendor/products/actions");

const asUser = async (opts: Parameters<typeof createTestUser>[0]) =>
  sessionUserFor({ userId: (await createTestUser(opts)).id });

const vendorA = await createTestVendor();
const vendorB = await createTestVendor();
const ownerA = await asUser({ roles: ["CUSTOMER", "VENDOR"], membership: { vendorId: vendorA.id, role: "OWNER" } });
const staffA = await asUser({ roles: ["CUSTOMER", "VENDOR"], membership: { vendorId: vendorA.id, role: "STAFF" } });
const ownerB = await asUser({ roles: ["CUSTOMER", "VENDOR"], membership: { vendorId: vendorB.id, role: "OWNER" } });
const customer = await asUser({});
const category = await createTestCategory();

beforeEach(() => {
  caller = null;
});

const SIZES = ["S", "M"];
const COLOURS = ["Sand", "Black", "Kente Red"];

/** The 2 × 3 matrix: in-stock S rows with opening stock, pre-order M rows with a batch cap. */
const matrix = (over: Partial<TVendorVariantRow> = {}): TVendorVariantRow[] =>
  SIZES.flatMap((size) =>
    COLOURS.map((colour): TVendorVariantRow =>
      size === "S"
        ? {
            options: { Size: size, Colour: colour },
            priceMinor: 15_000,
            availability: "IN_STOCK",
            stockOnHand: 4,
            ...over,
          }
        : {
            options: { Size: size, Colour: colour },
            priceMinor: 16_500,
            availability: "PRE_ORDER",
            batchCap: 6,
            ...over,
          },
    ),
  );

const form = (over: Partial<TVendorProductForm> = {}): TVendorProductForm => ({
  // The unique token first: generated SKUs start with (at most 30 characters of) the slug.
  title: `${uniq("k")} Linen shirt`,
  description: "Linen with a kente trim, cut in London.",
  categoryId: category.id,
  status: "DRAFT",
  leadTimeDays: 14,
  material: "100% linen",
  care: "Cold wash, dry flat",
  season: "All year",
  sizeChart: {
    UK: [
      ["Size", "Chest (cm)"],
      ["S", "86–91"],
      ["M", "96–101"],
    ],
  },
  optionNames: ["Size", "Colour"],
  variants: matrix(),
  ...over,
});

async function save(who: TSessionUser, f: TVendorProductForm) {
  caller = who;
  return saveVendorProductAction(f);
}

async function saved(who: TSessionUser, f: TVendorProductForm) {
  const r = await save(who, f);
  if (!r.ok) throw new Error(`save refused: ${r.code} ${r.message} ${JSON.stringify(r.fieldErrors)}`);
  return prisma.product.findUniqueOrThrow({
    where: { id: r.data.id },
    include: { variants: { orderBy: { position: "asc" } } },
  });
}

/** Everything a refused save could have touched. */
const vendorSnapshot = (vendorId: string) =>
  prisma.product.findMany({
    where: { vendorId },
    orderBy: { id: "asc" },
    include: { variants: { orderBy: { id: "asc" } } },
  });

describe("create", () => {
  it("a 2 × 3 size × colour matrix gives 6 variants with generated SKUs unique across the store", async () => {
    const f = form();
    const p = await saved(ownerA, f);
    expect(p).toMatchObject({
      vendorId: vendorA.id,
      categoryId: category.id,
      originId: vendorA.originId,
      status: "DRAFT",
      publishedAt: null,
      leadTimeDays: 14,
      optionNames: ["Size", "Colour"],
      material: "100% linen",
      care: "Cold wash, dry flat",
      season: "All year",
      sizeChart: f.sizeChart,
    });
    expect(p.variants).toHaveLength(6);
    expect(
      p.variants.map((v) => [v.title, v.options, v.availability, v.priceMinor, v.stockOnHand, v.batchCap]),
    ).toEqual([
      ["S / Sand", { Size: "S", Colour: "Sand" }, "IN_STOCK", 15_000, 4, null],
      ["S / Black", { Size: "S", Colour: "Black" }, "IN_STOCK", 15_000, 4, null],
      ["S / Kente Red", { Size: "S", Colour: "Kente Red" }, "IN_STOCK", 15_000, 4, null],
      ["M / Sand", { Size: "M", Colour: "Sand" }, "PRE_ORDER", 16_500, 0, 6],
      ["M / Black", { Size: "M", Colour: "Black" }, "PRE_ORDER", 16_500, 0, 6],
      ["M / Kente Red", { Size: "M", Colour: "Kente Red" }, "PRE_ORDER", 16_500, 0, 6],
    ]);
    const skus = p.variants.map((v) => v.sku);
    expect(new Set(skus).size).toBe(6);
    for (const sku of skus) expect(sku).toMatch(/^[A-Z0-9][A-Z0-9._-]*$/);
    // Derived from the product slug and the option values.
    const head = p.slug.toUpperCase().slice(0, 12);
    expect(skus.every((s) => s.startsWith(head))).toBe(true);
    expect(skus[0]).toMatch(/-S-SAND$/);
    expect(skus[5]).toMatch(/-M-KENTE-?RED$/);
    // Opening stock is explained by INITIAL movements, by the one who saved it.
    const moves = await prisma.inventoryMovement.findMany({
      where: { variantId: { in: p.variants.map((v) => v.id) } },
    });
    expect(moves.map((m) => [m.reason, m.quantity, m.actorId])).toEqual(Array(3).fill(["INITIAL", 4, ownerA.id]));

    // The same title again: a new slug, and SKUs that do not collide with the first product's.
    const again = await saved(ownerA, { ...f });
    expect(again.slug).not.toBe(p.slug);
    const againSkus = again.variants.map((v) => v.sku);
    expect(new Set([...skus, ...againSkus]).size).toBe(12);
  });

  it("typed SKUs are kept (upper-cased); a SKU used twice in the form is a field error and nothing is written", async () => {
    const before = await vendorSnapshot(vendorA.id);
    const rows = matrix();
    rows[0]!.sku = "dup-1";
    rows[4]!.sku = "DUP-1";
    const title = `${uniq("dup")} Shirt`;
    const r = await save(ownerA, form({ title, variants: rows }));
    expect(r).toMatchObject({ ok: false, code: "BAD_REQUEST" });
    if (r.ok) return;
    expect(Object.keys(r.fieldErrors ?? {})).toEqual(["variants.4.sku"]);
    expect(r.fieldErrors?.["variants.4.sku"]).toMatch(/DUP-1.*row 1/);
    expect(await prisma.product.count({ where: { title } })).toBe(0);
    expect(await vendorSnapshot(vendorA.id)).toEqual(before);

    const sku = uniq("own").toLowerCase();
    const ok = await saved(ownerA, form({ variants: [{ ...rows[0]!, sku }, ...rows.slice(1, 3)] }));
    expect(ok.variants[0]!.sku).toBe(sku.toUpperCase());
  });

  it("a SKU another product of the shop already has is a field error on that row; nothing is written", async () => {
    const other = await createTestProduct({ vendorId: vendorA.id, categoryId: category.id });
    const taken = other.variants[0]!.sku;
    const rows = matrix();
    rows[2]!.sku = taken.toLowerCase();
    const title = `${uniq("clash")} Shirt`;
    const before = await vendorSnapshot(vendorA.id);
    const r = await save(ownerA, form({ title, variants: rows }));
    expect(r).toMatchObject({ ok: false, code: "BAD_REQUEST" });
    if (r.ok) return;
    expect(Object.keys(r.fieldErrors ?? {})).toEqual(["variants.2.sku"]);
    expect(r.fieldErrors?.["variants.2.sku"]).toContain(taken);
    expect(await prisma.product.count({ where: { title } })).toBe(0);
    expect(await vendorSnapshot(vendorA.id)).toEqual(before);

    // Editing: renaming a variant to the other product's SKU is refused the same way.
    const mine = await saved(ownerA, form({ variants: matrix().slice(0, 2) }));
    const beforeEdit = await vendorSnapshot(vendorA.id);
    const edit = await save(
      ownerA,
      form({
        productId: mine.id,
        title: mine.title,
        variants: mine.variants.map((v, i) => ({
          id: v.id,
          sku: i === 1 ? taken : v.sku,
          options: v.options as Record<string, string>,
          priceMinor: v.priceMinor,
          availability: "IN_STOCK",
        })),
      }),
    );
    expect(edit).toMatchObject({
      ok: false,
      code: "BAD_REQUEST",
      fieldErrors: { "variants.1.sku": expect.any(String) },
    });
    expect(await vendorSnapshot(vendorA.id)).toEqual(beforeEdit);
  });

  it("short title, no category, a price under GH₵ 1 and no lead time are field errors; nothing is saved", async () => {
    const before = await vendorSnapshot(vendorA.id);
    const bad = { ...form({ title: "Ab", categoryId: "" }) } as Record<string, unknown>;
    delete bad.leadTimeDays;
    const r = await save(ownerA, bad as TVendorProductForm);
    expect(r).toMatchObject({ ok: false, code: "BAD_REQUEST" });
    if (r.ok) return;
    expect(Object.keys(r.fieldErrors ?? {}).sort()).toEqual(["categoryId", "leadTimeDays", "title"]);
    expect(r.fieldErrors).toMatchObject({ title: "at least 3 characters", categoryId: "choose a category" });

    // The row rules run once the product's own fields parse (zod skips refinements otherwise).
    const cheap = matrix();
    cheap[1]!.priceMinor = 99;
    const r1 = await save(ownerA, form({ variants: cheap }));
    expect(r1).toMatchObject({
      ok: false,
      code: "BAD_REQUEST",
      fieldErrors: { "variants.1.priceMinor": "Row 2 (S / Black): price must be at least GH₵ 1" },
    });
    if (!r1.ok) expect(Object.keys(r1.fieldErrors ?? {})).toEqual(["variants.1.priceMinor"]);

    // Row rules: a missing option value, a compare-at price not above the price, a batch cap of 0,
    // the same combination twice; an unknown category is NOT_FOUND.
    const rows2 = matrix();
    rows2[0]!.options = { Size: "S", Colour: " " };
    rows2[1]!.compareAtMinor = 15_000;
    rows2[3]!.batchCap = 0;
    rows2[5]!.options = { Size: "m", Colour: "black" };
    const r2 = await save(ownerA, form({ variants: rows2 }));
    expect(r2).toMatchObject({ ok: false, code: "BAD_REQUEST" });
    if (!r2.ok)
      expect(Object.keys(r2.fieldErrors ?? {}).sort()).toEqual([
        "variants.0.options",
        "variants.1.compareAtMinor",
        "variants.3.batchCap",
        "variants.5.options",
      ]);
    expect(await save(ownerA, form({ categoryId: "no-such-category" }))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await vendorSnapshot(vendorA.id)).toEqual(before);
    // GH₵ 1 exactly is accepted.
    const atMinimum = matrix();
    atMinimum[1]!.priceMinor = 100;
    expect(await save(ownerA, form({ variants: atMinimum }))).toMatchObject({ ok: true });
  });
});

describe("update", () => {
  it("a new price applies to new orders; an order line already placed keeps what it charged", async () => {
    const shop = await shopFor([{ stockOnHand: 10, priceMinor: 12_000 }]);
    const owner = await asUser({
      roles: ["CUSTOMER", "VENDOR"],
      membership: { vendorId: shop.vendor.id, role: "OWNER" },
    });
    const variant = shop.variants[0]!;
    const placed = await shop.place([{ variantId: variant.id, quantity: 2 }]);
    const lineBefore = await prisma.orderLine.findFirstOrThrow({ where: { orderId: placed.order.id } });
    expect(lineBefore).toMatchObject({ variantId: variant.id, unitPriceMinor: 12_000, lineTotalMinor: 24_000 });
    const orderBefore = await prisma.order.findUniqueOrThrow({ where: { id: placed.order.id } });
    const stockBefore = (await prisma.variant.findUniqueOrThrow({ where: { id: variant.id } })).stockOnHand;

    const p = await saved(owner, {
      productId: shop.product.id,
      title: "Kaftan, new edition",
      description: "Re-cut for the new season.",
      categoryId: shop.categoryId,
      status: "ACTIVE",
      leadTimeDays: 10,
      optionNames: [],
      variants: [
        {
          id: variant.id,
          sku: variant.sku,
          options: {},
          priceMinor: 13_500,
          availability: "IN_STOCK",
          stockOnHand: 999,
        },
      ],
    });
    expect(p.title).toBe("Kaftan, new edition");
    expect(p.variants).toHaveLength(1);
    // The editor changes the price, never the stock on hand (that goes through /vendor/stock).
    expect(p.variants[0]).toMatchObject({
      id: variant.id,
      sku: variant.sku,
      priceMinor: 13_500,
      stockOnHand: stockBefore,
    });

    expect(await prisma.orderLine.findFirstOrThrow({ where: { orderId: placed.order.id } })).toEqual(lineBefore);
    expect(await prisma.order.findUniqueOrThrow({ where: { id: placed.order.id } })).toEqual(orderBefore);
    const next = await shop.place([{ variantId: variant.id, quantity: 1 }]);
    expect(await prisma.orderLine.findFirstOrThrow({ where: { orderId: next.order.id } })).toMatchObject({
      unitPriceMinor: 13_500,
    });
  });

  it("a row left out of the matrix is deactivated, not deleted; a new row is added with its opening stock", async () => {
    const p = await saved(ownerA, form({ variants: matrix().slice(0, 3) }));
    const rows = p.variants.slice(1).map((v): TVendorVariantRow => ({
      id: v.id,
      sku: v.sku,
      options: v.options as Record<string, string>,
      priceMinor: v.priceMinor,
      availability: "IN_STOCK",
    }));
    const after = await saved(
      staffA,
      form({
        productId: p.id,
        title: p.title,
        variants: [
          ...rows,
          { options: { Size: "L", Colour: "Sand" }, priceMinor: 17_000, availability: "IN_STOCK", stockOnHand: 2 },
        ],
      }),
    );
    expect(after.variants).toHaveLength(4);
    const dropped = after.variants.find((v) => v.id === p.variants[0]!.id)!;
    expect(dropped).toMatchObject({ isActive: false, stockOnHand: 4 });
    const added = after.variants.find((v) => v.title === "L / Sand")!;
    expect(added).toMatchObject({ isActive: true, stockOnHand: 2, priceMinor: 17_000 });
    expect(added.sku).toMatch(/-L-SAND$/);
  });
});

describe("who may write", () => {
  it("staff may create and edit; a customer is refused and another shop's owner gets NOT_FOUND, nothing changed", async () => {
    const p = await saved(staffA, form());
    expect(p.vendorId).toBe(vendorA.id);
    const edit = form({
      productId: p.id,
      title: "Taken over",
      variants: p.variants.map((v) => ({
        id: v.id,
        sku: v.sku,
        options: v.options as Record<string, string>,
        priceMinor: 1_000,
        availability: "IN_STOCK",
      })),
    });
    const before = await vendorSnapshot(vendorA.id);
    const countB = await prisma.product.count({ where: { vendorId: vendorB.id } });

    expect(await save(customer, edit)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await save(customer, form())).toMatchObject({ ok: false, code: "FORBIDDEN" });
    caller = null;
    expect(await saveVendorProductAction(form())).toMatchObject({ ok: false, code: "UNAUTHORIZED" });
    expect(await save(ownerB, edit)).toMatchObject({ ok: false, code: "NOT_FOUND" });

    // B's own new product cannot adopt A's variants by id either.
    const own = await saved(ownerB, form({ variants: matrix().slice(0, 1) }));
    const steal = await save(
      ownerB,
      form({
        productId: own.id,
        title: own.title,
        variants: [
          {
            id: own.variants[0]!.id,
            sku: own.variants[0]!.sku,
            options: { Size: "S", Colour: "Sand" },
            priceMinor: 15_000,
            availability: "IN_STOCK",
          },
          {
            id: p.variants[1]!.id,
            sku: p.variants[1]!.sku,
            options: { Size: "S", Colour: "Black" },
            priceMinor: 100,
            availability: "IN_STOCK",
          },
        ],
      }),
    );
    expect(steal).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // A form naming a vendorId does not choose the tenant: the session's vendor does.
    const smuggled = await saved(ownerB, { ...form(), vendorId: vendorA.id } as TVendorProductForm);
    expect(smuggled.vendorId).toBe(vendorB.id);

    expect(await vendorSnapshot(vendorA.id)).toEqual(before);
    expect(await prisma.product.count({ where: { vendorId: vendorB.id } })).toBe(countB + 2);
  });
});

describe("bulk status", () => {
  it("activates and archives product by product, refusing each one that cannot with its reason", async () => {
    const ready = await createTestProduct({ vendorId: vendorA.id, categoryId: category.id, status: "DRAFT" });
    const noActive = await createTestProduct({
      vendorId: vendorA.id,
      categoryId: category.id,
      status: "DRAFT",
      variants: [{ isActive: false }, { isActive: false }],
    });
    const live = await createTestProduct({ vendorId: vendorA.id, categoryId: category.id, status: "ACTIVE" });
    const theirs = await createTestProduct({ vendorId: vendorB.id, categoryId: category.id, status: "DRAFT" });
    const theirsBefore = await prisma.product.findUniqueOrThrow({ where: { id: theirs.product.id } });

    caller = staffA;
    const r = await setVendorProductsStatusAction({
      productIds: [ready.product.id, noActive.product.id, live.product.id, theirs.product.id, ready.product.id],
      status: "ACTIVE",
    });
    expect(r).toMatchObject({ ok: true });
    if (!r.ok) return;
    expect(r.data.changed).toEqual([{ id: ready.product.id, title: ready.product.title }]);
    expect(r.data.refused).toEqual([
      { id: noActive.product.id, title: noActive.product.title, message: "cannot activate: no active variant" },
      { id: live.product.id, title: live.product.title, message: "already active" },
      { id: theirs.product.id, title: null, message: "not found" },
    ]);
    const activated = await prisma.product.findUniqueOrThrow({ where: { id: ready.product.id } });
    expect(activated.status).toBe("ACTIVE");
    expect(activated.publishedAt).toBeInstanceOf(Date);
    expect((await prisma.product.findUniqueOrThrow({ where: { id: noActive.product.id } })).status).toBe("DRAFT");
    expect(await prisma.product.findUniqueOrThrow({ where: { id: theirs.product.id } })).toEqual(theirsBefore);

    const archived = await setVendorProductsStatusAction({
      productIds: [ready.product.id, live.product.id, theirs.product.id],
      status: "ARCHIVED",
    });
    expect(archived).toMatchObject({
      ok: true,
      data: {
        changed: [{ id: ready.product.id }, { id: live.product.id }],
        refused: [{ id: theirs.product.id, message: "not found" }],
      },
    });
    const again = await setVendorProductsStatusAction({ productIds: [ready.product.id], status: "ARCHIVED" });
    expect(again).toMatchObject({ ok: true, data: { changed: [], refused: [{ message: "already archived" }] } });
    // Re-activating keeps the first publication date.
    const reactivated = await setVendorProductsStatusAction({ productIds: [ready.product.id], status: "ACTIVE" });
    expect(reactivated).toMatchObject({ ok: true, data: { changed: [{ id: ready.product.id }] } });
    expect((await prisma.product.findUniqueOrThrow({ where: { id: ready.product.id } })).publishedAt).toEqual(
      activated.publishedAt,
    );
    expect(await prisma.product.findUniqueOrThrow({ where: { id: theirs.product.id } })).toEqual(theirsBefore);

    expect(await setVendorProductsStatusAction({ productIds: [], status: "ACTIVE" })).toMatchObject({
      ok: false,
      code: "BAD_REQUEST",
    });
    caller = customer;
    expect(
      await setVendorProductsStatusAction({ productIds: [noActive.product.id], status: "ARCHIVED" }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await prisma.product.findUniqueOrThrow({ where: { id: noActive.product.id } })).status).toBe("DRAFT");
  });
});

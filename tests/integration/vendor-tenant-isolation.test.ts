// One sweep over every vendor page, server action and route that takes an id: the owner of
// vendor A aims each at vendor B's product, variant, image, import, order line, batch, payout,
// invite and team member. Every one answers "not found" (a page's notFound(), an action's
// NOT_FOUND or a per-item "not found" refusal, a route's 404), A's export holds none of B's
// SKUs, and afterwards B's rows are exactly as they were — nothing changed, moved or audited.
// Only Next's request plumbing and the session are replaced.
import { afterAll, describe, expect, it, vi } from "vitest";
import type { TSessionUser } from "@/lib/auth/types";
import { previewProductImport } from "@/lib/catalog/csv/preview-product-import";
import { PRODUCT_CSV_COLUMNS } from "@/lib/catalog/csv/columns";
import { unparseProductCsv } from "@/lib/catalog/csv/export-vendor-products";
import { prisma } from "@/lib/db";
import { stopBoss } from "@/lib/jobs/queue";
import { confirmPayment } from "@/lib/payments/confirm-payment";
import { inviteVendorStaff } from "@/lib/vendors/invite-vendor-staff";
import { createTestBatch } from "../factories/batches";
import { uniq } from "../factories/catalog";
import { setupOwnPaystackIntegration } from "../factories/paystack";
import { createTestUser, sessionUserFor } from "../factories/users";
import { payByCard, shopFor } from "../support/money-flows";

let caller: TSessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => caller }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.44" }) }));
vi.mock("next/cache", async (original) => ({ ...(await original<object>()), revalidatePath: () => undefined }));

const productActions = await import("@/app/vendor/products/actions");
const imageActions = await import("@/app/vendor/products/[id]/image-actions");
const importActions = await import("@/app/vendor/products/import/actions");
const stockActions = await import("@/app/vendor/stock/actions");
const orderActions = await import("@/app/vendor/orders/actions");
const teamActions = await import("@/app/vendor/settings/team/actions");
const imagesRoute = await import("@/app/api/vendor/products/[id]/images/route");
const importStatusRoute = await import("@/app/api/vendor/products/import/[id]/route");
const exportRoute = await import("@/app/api/vendor/products/export/route");
const packingCsvRoute = await import("@/app/vendor/orders/batches/[code]/packing-list.csv/route");
const productPage = (await import("@/app/vendor/products/[id]/page")).default;
const stockPage = (await import("@/app/vendor/stock/[variantId]/page")).default;
const batchPage = (await import("@/app/vendor/orders/batches/[code]/page")).default;
const payoutPage = (await import("@/app/vendor/payouts/[id]/page")).default;

setupOwnPaystackIntegration("vendor_tenant_isolation");
afterAll(async () => {
  await stopBoss({ timeoutMs: 2000 });
});

const asUser = async (opts: Parameters<typeof createTestUser>[0]) =>
  sessionUserFor({ userId: (await createTestUser(opts)).id });

/** A shop with an in-stock and a pre-order variant, two images, a paid pre-order in a batch of its own. */
async function shop() {
  const s = await shopFor([
    { stockOnHand: 20, priceMinor: 10_000, sku: uniq("STK").toUpperCase() },
    { availability: "PRE_ORDER", batchCap: 10, priceMinor: 20_000, sku: uniq("PRE").toUpperCase() },
  ]);
  const batch = await createTestBatch({ originId: s.originId });
  const placed = await s.place([{ variantId: s.variants[1]!.id, quantity: 1 }]);
  const paid = await payByCard(placed.order.number, s.shopper.id);
  await confirmPayment({ reference: paid.reference, source: "callback" });
  const line = await prisma.orderLine.findFirstOrThrow({ where: { orderId: placed.order.id } });
  expect(line).toMatchObject({ batchId: batch.id, status: "CONFIRMED" });
  const images = await Promise.all(
    [0, 1].map((position) =>
      prisma.productImage.create({
        data: {
          productId: s.product.id,
          url: `/media/test/${uniq("img")}.webp`,
          alt: "Front",
          width: 800,
          height: 800,
          position,
        },
      }),
    ),
  );
  const owner = await asUser({ roles: ["CUSTOMER", "VENDOR"], membership: { vendorId: s.vendor.id, role: "OWNER" } });
  const staff = await asUser({ roles: ["CUSTOMER", "VENDOR"], membership: { vendorId: s.vendor.id, role: "STAFF" } });
  return { s, batch, line, images, owner, staff };
}

const a = await shop();
const b = await shop();

const bCategory = await prisma.category.findUniqueOrThrow({ where: { id: b.s.categoryId } });
const csv = unparseProductCsv([
  [...PRODUCT_CSV_COLUMNS],
  PRODUCT_CSV_COLUMNS.map(
    (c) =>
      ({
        handle: "linen-shirt",
        title: "Linen shirt",
        description: "Linen.",
        category: bCategory.slug,
        status: "ACTIVE",
        option1_name: "Size",
        option1_value: "M",
        sku: uniq("CSV").toUpperCase(),
        price: "99.00",
        availability: "in_stock",
        stock_on_hand: "4",
      })[c as string] ?? "",
  ),
]);
const bImport = await previewProductImport({
  vendorId: b.s.vendor.id,
  actorId: b.owner.id,
  fileName: "b.csv",
  bytes: new TextEncoder().encode(csv),
});
const bInvite = await inviteVendorStaff({
  vendorId: b.s.vendor.id,
  inviterId: b.owner.id,
  input: { email: `${uniq("invitee")}@test.local` },
});
const bStaffMembership = await prisma.vendorMembership.findUniqueOrThrow({ where: { userId: b.staff.id } });
const bPayout = await prisma.payout.create({
  data: {
    vendorId: b.s.vendor.id,
    recipientId: (
      await prisma.payoutRecipient.create({
        data: {
          vendorId: b.s.vendor.id,
          type: "MOBILE_MONEY",
          accountName: "B Owner",
          accountNumber: "0241112222",
          bankCode: "MTN",
          bankName: "MTN Mobile Money",
        },
      })
    ).id,
    amountMinor: 18_000,
    reference: `po_${uniq("iso")}`,
    status: "PAID",
    attempts: 1,
  },
});

/** Everything of vendor B an action could touch, read straight from the database. */
async function footprintOfB() {
  const vendorId = b.s.vendor.id;
  const [products, variants, images, lines, imports, invites, members, movements, payouts, audits, events] =
    await Promise.all([
      prisma.product.findMany({ where: { vendorId }, orderBy: { id: "asc" } }),
      prisma.variant.findMany({ where: { product: { vendorId } }, orderBy: { id: "asc" } }),
      prisma.productImage.findMany({ where: { product: { vendorId } }, orderBy: { id: "asc" } }),
      prisma.orderLine.findMany({ where: { vendorId }, orderBy: { id: "asc" } }),
      prisma.productImport.findMany({ where: { vendorId }, orderBy: { id: "asc" } }),
      prisma.vendorInvite.findMany({ where: { vendorId }, orderBy: { id: "asc" } }),
      prisma.vendorMembership.findMany({ where: { vendorId }, orderBy: { id: "asc" } }),
      prisma.inventoryMovement.count({ where: { variant: { product: { vendorId } } } }),
      prisma.payout.findMany({ where: { vendorId } }),
      prisma.auditLog.count({ where: { actorId: a.owner.id } }),
      prisma.orderEvent.count({ where: { orderId: b.line.orderId } }),
    ]);
  return { products, variants, images, lines, imports, invites, members, movements, payouts, audits, events };
}

/** A page's props: its route params and no query string (pages reading searchParams get an empty one). */
const props = <P>(params: P) => ({ params: Promise.resolve(params), searchParams: Promise.resolve({}) });

/** A Next page's notFound() throws an error whose digest names the 404 fallback. */
async function expectPageNotFound(render: Promise<unknown>) {
  const err = await render.then(
    () => null,
    (e: unknown) => e as { digest?: string },
  );
  expect(err?.digest).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
}

describe("vendor A aiming at vendor B's records", () => {
  it("every page answers not found, and A's own records render", async () => {
    caller = a.owner;
    await expectPageNotFound(productPage(props({ id: b.s.product.id })));
    await expectPageNotFound(stockPage(props({ variantId: b.s.variants[0]!.id })));
    await expectPageNotFound(batchPage(props({ code: b.batch.code })));
    await expectPageNotFound(payoutPage(props({ id: bPayout.id })));
    // the same pages with A's own ids do render (so the 404s above are about tenancy, not the test)
    await expect(productPage(props({ id: a.s.product.id }))).resolves.toBeTruthy();
    await expect(stockPage(props({ variantId: a.s.variants[0]!.id }))).resolves.toBeTruthy();
    await expect(batchPage(props({ code: a.batch.code }))).resolves.toBeTruthy();
  });

  it("every server action answers not found and B's rows are untouched", async () => {
    const before = await footprintOfB();
    caller = a.owner;
    const notFound = { ok: false, code: "NOT_FOUND" };
    const product = b.s.product;
    const [img0, img1] = b.images;

    expect(
      await productActions.saveVendorProductAction({
        productId: product.id,
        title: "Taken over",
        description: "Not yours.",
        categoryId: product.categoryId,
        status: "ACTIVE",
        leadTimeDays: 7,
        optionNames: [],
        variants: [
          {
            id: b.s.variants[0]!.id,
            sku: b.s.variants[0]!.sku,
            options: {},
            priceMinor: 1_000,
            availability: "IN_STOCK",
            stockOnHand: 99,
            isActive: true,
          },
        ],
      }),
    ).toMatchObject(notFound);
    const bulk = await productActions.setVendorProductsStatusAction({ productIds: [product.id], status: "ARCHIVED" });
    expect(bulk).toMatchObject({
      ok: true,
      data: { changed: [], refused: [{ id: product.id, message: "not found" }] },
    });

    expect(await imageActions.updateImageAltAction({ imageId: img0!.id, alt: "Mine now" })).toMatchObject(notFound);
    expect(
      await imageActions.reorderProductImagesAction({ productId: product.id, imageIds: [img1!.id, img0!.id] }),
    ).toMatchObject(notFound);
    expect(await imageActions.setPrimaryImageAction({ imageId: img1!.id })).toMatchObject(notFound);
    expect(await imageActions.deleteProductImageAction({ imageId: img0!.id })).toMatchObject(notFound);

    expect(await importActions.applyProductImportAction({ importId: bImport.id })).toMatchObject(notFound);
    expect(await importActions.discardProductImportAction({ importId: bImport.id })).toMatchObject(notFound);

    const variantId = b.s.variants[0]!.id;
    expect(
      await stockActions.adjustStockAction({ variantId, mode: "delta", quantity: 5, reason: "RESTOCK" }),
    ).toMatchObject(notFound);
    expect(await stockActions.setLowStockThresholdAction({ variantId, lowStockAt: 9 })).toMatchObject(notFound);

    expect(await orderActions.markLineProcuredAction({ lineId: b.line.id })).toMatchObject(notFound);
    const bulkProcure = await orderActions.markLinesProcuredAction({ lineIds: [b.line.id] });
    expect(bulkProcure).toMatchObject({ ok: true, data: { procured: [], refused: [{ code: "NOT_FOUND" }] } });
    expect(
      await orderActions.markLineCannotSourceAction({ lineId: b.line.id, reason: "Not mine to refund" }),
    ).toMatchObject(notFound);

    expect(await teamActions.revokeVendorInviteAction({ inviteId: bInvite.inviteId })).toMatchObject(notFound);
    expect(await teamActions.removeVendorMemberAction({ membershipId: bStaffMembership.id })).toMatchObject(notFound);

    expect(await footprintOfB()).toEqual(before);
  });

  it("every route answers 404 (and the export holds only A's SKUs); B's rows are untouched", async () => {
    const before = await footprintOfB();
    caller = a.owner;
    const form = new FormData();
    form.append("files", new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], "x.png", { type: "image/png" }));
    const upload = await imagesRoute.POST(
      new Request(`http://localhost:3000/api/vendor/products/${b.s.product.id}/images`, {
        method: "POST",
        body: form,
        headers: { origin: "http://localhost:3000" },
      }),
      { params: Promise.resolve({ id: b.s.product.id }) },
    );
    expect(upload.status).toBe(404);

    const status = await importStatusRoute.GET(
      new Request(`http://localhost:3000/api/vendor/products/import/${bImport.id}`),
      { params: Promise.resolve({ id: bImport.id }) },
    );
    expect(status.status).toBe(404);

    const packing = await packingCsvRoute.GET(
      new Request(`http://localhost:3000/vendor/orders/batches/${b.batch.code}/packing-list.csv`),
      { params: Promise.resolve({ code: b.batch.code }) },
    );
    expect(packing.status).toBe(404);
    const ownPacking = await packingCsvRoute.GET(
      new Request(`http://localhost:3000/vendor/orders/batches/${a.batch.code}/packing-list.csv`),
      { params: Promise.resolve({ code: a.batch.code }) },
    );
    expect(ownPacking.status).toBe(200);

    const exported = await exportRoute.GET(new Request("http://localhost:3000/api/vendor/products/export"));
    expect(exported.status).toBe(200);
    const body = await exported.text();
    expect(body).toContain(a.s.variants[0]!.sku);
    for (const v of b.s.variants) expect(body).not.toContain(v.sku);

    expect(await footprintOfB()).toEqual(before);
  });

  it("B's own owner still reaches every one of those records (the ids are real)", async () => {
    caller = b.owner;
    await expect(productPage(props({ id: b.s.product.id }))).resolves.toBeTruthy();
    await expect(payoutPage(props({ id: bPayout.id }))).resolves.toBeTruthy();
    const status = await importStatusRoute.GET(
      new Request(`http://localhost:3000/api/vendor/products/import/${bImport.id}`),
      { params: Promise.resolve({ id: bImport.id }) },
    );
    expect(status.status).toBe(200);
    expect(await imageActions.updateImageAltAction({ imageId: b.images[0]!.id, alt: "Front, folded" })).toMatchObject({
      ok: true,
    });
  });
});

// The vendor product CSV: export, preview (counts and every reject reason, with line numbers),
// apply product by product through the catalog write functions (stock corrections as
// movements, no half product when one fails, safe to run twice), and tenancy: another
// vendor's import is "not found", a customer is refused. The job's domain function
// (applyProductImport) is called directly; the actions and routes through their wrappers
// with only Next's request plumbing replaced.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/types";
import { stopBoss } from "@/lib/jobs/queue";
import { PRODUCT_CSV_COLUMNS, type TProductCsvColumn } from "@/lib/catalog/csv/columns";
import { unparseProductCsv } from "@/lib/catalog/csv/export-vendor-products";
import { previewProductImport } from "@/lib/catalog/csv/preview-product-import";
import { applyProductImport } from "@/lib/catalog/csv/apply-product-import";
import { getProductImportOrThrow } from "@/lib/catalog/csv/get-product-import";
import { rejectsOf } from "@/lib/catalog/csv/product-import-dto";
import { createTestCategory, createTestProduct, createTestVendor, uniq } from "../factories/catalog";
import { createTestUser, sessionUserFor } from "../factories/users";

let caller: TSessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => caller }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9" }) }));
vi.mock("next/cache", async (original) => ({ ...(await original<object>()), revalidatePath: () => undefined }));

const { applyProductImportAction, discardProductImportAction } = await import("@/app/vendor/products/import/actions");
const exportRoute = await import("@/app/api/vendor/products/export/route");
const previewRoute = await import("@/app/api/vendor/products/import/route");
const statusRoute = await import("@/app/api/vendor/products/import/[id]/route");

const asUser = async (opts: Parameters<typeof createTestUser>[0]) =>
  sessionUserFor({ userId: (await createTestUser(opts)).id });

const vendorA = await createTestVendor();
const vendorB = await createTestVendor();
const ownerA = await asUser({ membership: { vendorId: vendorA.id, role: "OWNER" } });
const staffA = await asUser({ membership: { vendorId: vendorA.id, role: "STAFF" } });
const ownerB = await asUser({ membership: { vendorId: vendorB.id, role: "OWNER" } });
const customer = await asUser({});
const shirts = await createTestCategory();
const shoes = await createTestCategory();
const originA = await prisma.origin.findUniqueOrThrow({ where: { id: vendorA.originId } });

beforeEach(() => {
  caller = null;
});
afterAll(async () => {
  await stopBoss({ timeoutMs: 2000 });
});

type TRow = Partial<Record<TProductCsvColumn, string>>;
const csvOf = (rows: TRow[]) =>
  unparseProductCsv([[...PRODUCT_CSV_COLUMNS], ...rows.map((r) => PRODUCT_CSV_COLUMNS.map((c) => r[c] ?? ""))]);

/** A product's rows: one per size, in stock unless said. */
function productRows(handle: string, sizes: string[], over: TRow = {}, sku = handle.toUpperCase()): TRow[] {
  return sizes.map((size) => ({
    handle,
    title: `Shirt ${handle}`,
    description: "Linen, with a kente trim.",
    category: shirts.slug,
    status: "ACTIVE",
    material: "100% linen",
    option1_name: "Size",
    option1_value: size,
    sku: `${sku}-${size}`,
    price: "129.99",
    availability: "in_stock",
    stock_on_hand: "5",
    ...over,
  }));
}

const preview = (vendorId: string, text: string, fileName = "products.csv") =>
  previewProductImport({ vendorId, actorId: ownerA.id, fileName, bytes: new TextEncoder().encode(text) });

async function exportCsv(who: TSessionUser): Promise<Response> {
  caller = who;
  return exportRoute.GET(new Request("http://localhost:3000/api/vendor/products/export"));
}

/** Preview + confirm through the action + the job's function, as the worker would. */
async function importAs(who: TSessionUser, vendorId: string, text: string, fileName = "products.csv") {
  const p = await preview(vendorId, text, fileName);
  caller = who;
  const started = await applyProductImportAction({ importId: p.id });
  expect(started).toMatchObject({ ok: true });
  const result = await applyProductImport({ importId: p.id });
  return { preview: p, result, row: await prisma.productImport.findUniqueOrThrow({ where: { id: p.id } }) };
}

const snapshot = async (vendorId: string) =>
  prisma.product.findMany({
    where: { vendorId },
    orderBy: { slug: "asc" },
    select: {
      slug: true,
      title: true,
      description: true,
      status: true,
      categoryId: true,
      originId: true,
      leadTimeDays: true,
      material: true,
      care: true,
      season: true,
      optionNames: true,
      variants: {
        orderBy: { position: "asc" },
        select: {
          sku: true,
          title: true,
          options: true,
          priceMinor: true,
          compareAtMinor: true,
          availability: true,
          stockOnHand: true,
          batchCap: true,
          isActive: true,
          position: true,
        },
      },
    },
  });

describe("preview and apply", () => {
  it("previews without writing, then creates the products with their variants and opening stock", async () => {
    const a = uniq("tee");
    const b = uniq("boot");
    const text = csvOf([
      ...productRows(a, ["S", "M", "L"]),
      ...productRows(b, ["40", "41"], {
        category: shoes.slug,
        availability: "pre_order",
        stock_on_hand: "",
        batch_cap: "8",
        origin: originA.code,
      }),
    ]);
    const p = await preview(vendorA.id, text);
    expect(p).toMatchObject({
      status: "PREVIEWED",
      totalRows: 5,
      createCount: 5,
      updateCount: 0,
      rejectCount: 0,
      productCount: 2,
    });
    expect(await prisma.product.count({ where: { slug: { in: [a, b] } } })).toBe(0);

    caller = staffA; // staff may import (vendor:products:write)
    expect(await applyProductImportAction({ importId: p.id })).toMatchObject({ ok: true });
    expect((await prisma.productImport.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("QUEUED");
    expect(await applyProductImport({ importId: p.id })).toMatchObject({ status: "COMPLETED", appliedProducts: 2 });

    const row = await prisma.productImport.findUniqueOrThrow({ where: { id: p.id } });
    expect(row).toMatchObject({ status: "COMPLETED", processedRows: 5, csv: "" });
    const tee = await prisma.product.findUniqueOrThrow({
      where: { slug: a },
      include: { variants: { orderBy: { position: "asc" } } },
    });
    expect(tee).toMatchObject({
      vendorId: vendorA.id,
      categoryId: shirts.id,
      status: "ACTIVE",
      material: "100% linen",
      optionNames: ["Size"],
    });
    expect(tee.variants.map((v) => [v.sku, v.title, v.priceMinor, v.stockOnHand])).toEqual([
      [`${a.toUpperCase()}-S`, "S", 12_999, 5],
      [`${a.toUpperCase()}-M`, "M", 12_999, 5],
      [`${a.toUpperCase()}-L`, "L", 12_999, 5],
    ]);
    const initial = await prisma.inventoryMovement.findMany({
      where: { variantId: { in: tee.variants.map((v) => v.id) } },
    });
    expect(initial.map((m) => [m.reason, m.quantity])).toEqual(Array(3).fill(["INITIAL", 5]));
    const boot = await prisma.product.findUniqueOrThrow({ where: { slug: b }, include: { variants: true } });
    expect(boot.variants.every((v) => v.availability === "PRE_ORDER" && v.batchCap === 8 && v.stockOnHand === 0)).toBe(
      true,
    );
  });

  it("an export re-imports unchanged: every row an update, the catalog and the next export identical", async () => {
    const vendor = await createTestVendor();
    const owner = await asUser({ membership: { vendorId: vendor.id, role: "OWNER" } });
    const h = uniq("dress");
    await importAs(
      owner,
      vendor.id,
      csvOf([
        ...productRows(h, ["S", "M"], {
          description: '-Multi-line, "quoted",\nwith a comma',
          care: "=cold wash",
          compare_at_price: "150.00",
        }),
        ...productRows(uniq("cap"), ["One"], { availability: "pre_order", stock_on_hand: "", active: "false" }),
      ]),
    );
    // A product made elsewhere (not through the CSV) exports and re-imports too.
    await createTestProduct({
      vendorId: vendor.id,
      categoryId: shoes.id,
      variants: [{ stockOnHand: 2, title: "Default" }],
    });

    const bytes = new Uint8Array(await (await exportCsv(owner)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // a BOM: spreadsheets read UTF-8
    const first = new TextDecoder().decode(bytes);
    expect(first.startsWith("handle,title,description,")).toBe(true);
    expect(first.split("\r\n").filter(Boolean)).toHaveLength(1 + 3 + 1);
    const before = await snapshot(vendor.id);
    const movementsBefore = await prisma.inventoryMovement.count({
      where: { variant: { product: { vendorId: vendor.id } } },
    });

    const again = await importAs(owner, vendor.id, first, "export.csv");
    expect(again.preview).toMatchObject({ createCount: 0, updateCount: 4, rejectCount: 0 });
    expect(again.row.status).toBe("COMPLETED");
    expect(await snapshot(vendor.id)).toEqual(before);
    expect(await prisma.inventoryMovement.count({ where: { variant: { product: { vendorId: vendor.id } } } })).toBe(
      movementsBefore,
    );
    expect(new TextDecoder().decode(await (await exportCsv(owner)).arrayBuffer())).toBe(first);
  });

  it("updates by SKU: a changed stock figure is a CORRECTION movement, variants left out of the file stay as they are", async () => {
    const h = uniq("polo");
    await importAs(ownerA, vendorA.id, csvOf(productRows(h, ["S", "M", "L"])));
    const sku = (s: string) => `${h.toUpperCase()}-${s}`;
    const text = csvOf([
      { ...productRows(h, ["S"])[0], price: "99.50", stock_on_hand: "9", title: "Polo, renamed" },
      { ...productRows(h, ["XL"])[0], title: "Polo, renamed" },
    ]);
    const { preview: p, row } = await importAs(ownerA, vendorA.id, text, "restock.csv");
    expect(p).toMatchObject({ createCount: 1, updateCount: 1, rejectCount: 0 });
    expect(row.status).toBe("COMPLETED");

    const product = await prisma.product.findUniqueOrThrow({
      where: { slug: h },
      include: { variants: { orderBy: { position: "asc" } } },
    });
    expect(product.title).toBe("Polo, renamed");
    expect(product.variants.map((v) => [v.sku, v.priceMinor, v.stockOnHand, v.isActive])).toEqual([
      [sku("S"), 9_950, 9, true],
      [sku("M"), 12_999, 5, true],
      [sku("L"), 12_999, 5, true],
      [sku("XL"), 12_999, 5, true],
    ]);
    const moves = await prisma.inventoryMovement.findMany({
      where: { variant: { sku: sku("S") } },
      orderBy: { createdAt: "asc" },
    });
    expect(moves.map((m) => [m.reason, m.quantity, m.stockAfter, m.note])).toEqual([
      ["INITIAL", 5, 5, "Opening stock"],
      ["CORRECTION", 4, 9, "CSV import restock.csv"],
    ]);
    expect(moves[1]!.actorId).toBe(ownerA.id);
  });
});

describe("rejects, each with its line and reason", () => {
  it("a bad header names the missing and unknown columns, and nothing is kept", async () => {
    const before = await prisma.productImport.count({ where: { vendorId: vendorA.id } });
    const header = PRODUCT_CSV_COLUMNS.filter((c) => c !== "price" && c !== "sku").join(",") + ",colour\r\nx";
    await expect(preview(vendorA.id, header)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/missing columns: sku, price; unknown column: colour/),
    });
    expect(await prisma.productImport.count({ where: { vendorId: vendorA.id } })).toBe(before);
  });

  it("bad price, unknown category, duplicate SKU, another shop's SKU, disagreeing product columns; a bad row sinks its whole product", async () => {
    const theirs = await createTestProduct({ vendorId: vendorB.id, variants: [{ sku: uniq("THEIRS").toUpperCase() }] });
    const good = uniq("good");
    const [price, cat, dup, other, differ] = ["price", "cat", "dup", "other", "differ"].map((n) => uniq(n));
    const rows: TRow[] = [
      ...productRows(good, ["S"]), // line 2
      ...productRows(price!, ["S", "M", "L"]).map((r, i) => (i === 1 ? { ...r, price: "12,50x" } : r)), // 3-5
      ...productRows(cat!, ["S"], { category: "no-such-category" }), // 6
      ...productRows(dup!, ["S"], {}, "DUPE"), // 7
      ...productRows(dup!, ["M"], {}, "DUPE").map((r) => ({ ...r, sku: `DUPE-S` })), // 8
      ...productRows(other!, ["S", "M"]).map((r, i) => (i === 0 ? { ...r, sku: theirs.variants[0]!.sku } : r)), // 9-10
      ...productRows(differ!, ["S", "M"]).map((r, i) => (i === 1 ? { ...r, title: "Another title" } : r)), // 11-12
    ];
    const p = await preview(vendorA.id, csvOf(rows));
    expect(p).toMatchObject({ totalRows: 11, createCount: 1, updateCount: 0, rejectCount: 10, productCount: 1 });
    const detail = await getProductImportOrThrow({ importId: p.id, vendorId: vendorA.id });
    const reason = Object.fromEntries(detail.rejects.map((r) => [r.line, r.reason]));
    expect(Object.keys(reason).map(Number)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(reason[4]).toMatch(/^price: "12,50x" is not an amount in cedis/);
    expect(reason[3]).toMatch(/not imported: product ".*" has a rejected row \(line 4\)/);
    expect(reason[5]).toBe(reason[3]);
    expect(reason[6]).toMatch(/unknown category "no-such-category"/);
    expect(reason[7]).toMatch(/SKU DUPE-S is on lines 7, 8/);
    expect(reason[8]).toMatch(/SKU DUPE-S is on lines 7, 8/);
    expect(reason[9]).toBe(`SKU ${theirs.variants[0]!.sku} is used by another shop`);
    expect(reason[10]).toMatch(/has a rejected row \(line 9\)/);
    expect(reason[12]).toMatch(/^title differs from line 11/);
    expect(reason[11]).toMatch(/has a rejected row \(line 12\)/);
    expect(detail.rejects.find((r) => r.line === 9)?.sku).toBe(theirs.variants[0]!.sku);

    // Applying writes the one good product only; the other shop's SKU is untouched.
    caller = ownerA;
    expect(await applyProductImportAction({ importId: p.id })).toMatchObject({ ok: true });
    await applyProductImport({ importId: p.id });
    expect(await prisma.product.count({ where: { slug: { in: [good, price!, cat!, dup!, other!, differ!] } } })).toBe(
      1,
    );
    expect((await prisma.variant.findUniqueOrThrow({ where: { sku: theirs.variants[0]!.sku } })).productId).toBe(
      theirs.product.id,
    );
  });

  it("a file whose rows are all rejected cannot be applied", async () => {
    const p = await preview(vendorA.id, csvOf(productRows(uniq("x"), ["S"], { price: "" })));
    expect(p).toMatchObject({ createCount: 0, rejectCount: 1 });
    caller = ownerA;
    expect(await applyProductImportAction({ importId: p.id })).toMatchObject({ ok: false, code: "INVALID_STATE" });
  });
});

describe("failures while applying, and running twice", () => {
  it("a failure in the middle leaves the products before it applied and nothing of the failing one; the retry finishes the job", async () => {
    const [one, two, three] = ["one", "two", "three"].map((n) => uniq(n));
    const boom = uniq("BOOM").toUpperCase();
    const text = csvOf([
      ...productRows(one!, ["S", "M"]),
      ...productRows(two!, ["S", "M"]).map((r, i) => (i === 1 ? { ...r, sku: boom } : r)),
      ...productRows(three!, ["S"]),
    ]);
    const p = await preview(vendorA.id, text);
    caller = ownerA;
    expect(await applyProductImportAction({ importId: p.id })).toMatchObject({ ok: true });
    // The database refuses product two's second variant: an unexpected error, mid-product.
    const fn = `csv_boom_${boom.replace(/[^A-Z0-9]/g, "_").toLowerCase()}`;
    await prisma.$executeRawUnsafe(
      `CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.sku = '${boom}' THEN RAISE EXCEPTION 'disk on fire'; END IF; RETURN NEW; END $$`,
    );
    await prisma.$executeRawUnsafe(
      `CREATE TRIGGER ${fn} BEFORE INSERT ON "Variant" FOR EACH ROW EXECUTE FUNCTION ${fn}()`,
    );
    try {
      await expect(applyProductImport({ importId: p.id })).rejects.toThrow();
    } finally {
      await prisma.$executeRawUnsafe(`DROP TRIGGER ${fn} ON "Variant"`);
      await prisma.$executeRawUnsafe(`DROP FUNCTION ${fn}()`);
    }
    const failed = await prisma.productImport.findUniqueOrThrow({ where: { id: p.id } });
    expect(failed).toMatchObject({ status: "FAILED", processedRows: 2 });
    expect(failed.error).toMatch(new RegExp(`at product "${two}" \\(line 4\\)`));
    expect(await prisma.product.count({ where: { slug: one } })).toBe(1);
    expect(await prisma.product.count({ where: { slug: { in: [two!, three!] } } })).toBe(0);
    expect(await prisma.variant.count({ where: { sku: { in: [`${two!.toUpperCase()}-S`, boom] } } })).toBe(0);

    // pg-boss retries the job: it resumes, product one is matched by SKU and stays as it is.
    const oneBefore = await snapshot(vendorA.id).then((all) => all.find((x) => x.slug === one));
    expect(await applyProductImport({ importId: p.id })).toMatchObject({ status: "COMPLETED", appliedProducts: 3 });
    expect(await prisma.product.count({ where: { slug: { in: [one!, two!, three!] } } })).toBe(3);
    expect(await snapshot(vendorA.id).then((all) => all.find((x) => x.slug === one))).toEqual(oneBefore);
    const oneMoves = await prisma.inventoryMovement.findMany({ where: { variant: { product: { slug: one } } } });
    expect(oneMoves.map((m) => m.reason)).toEqual(["INITIAL", "INITIAL"]);
    expect(await prisma.productImport.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({
      status: "COMPLETED",
      processedRows: 5,
      error: null,
    });
  });

  it("a product the catalog refuses at apply time (a SKU taken since the preview) is not applied, the others are", async () => {
    const [first, second] = ["first", "second"].map((n) => uniq(n));
    const p = await preview(vendorA.id, csvOf([...productRows(first!, ["S", "M"]), ...productRows(second!, ["S"])]));
    await createTestProduct({ vendorId: vendorB.id, variants: [{ sku: `${first!.toUpperCase()}-M` }] });
    caller = ownerA;
    await applyProductImportAction({ importId: p.id });
    expect(await applyProductImport({ importId: p.id })).toMatchObject({ status: "COMPLETED", appliedProducts: 1 });
    expect(await prisma.product.count({ where: { slug: first } })).toBe(0);
    expect(await prisma.variant.count({ where: { sku: `${first!.toUpperCase()}-S` } })).toBe(0);
    expect(await prisma.product.count({ where: { slug: second } })).toBe(1);
    const row = await prisma.productImport.findUniqueOrThrow({ where: { id: p.id } });
    expect(rejectsOf(row.rejects).map((r) => [r.line, r.reason])).toEqual([
      [2, expect.stringMatching(/^not applied: not imported: product .* \(line 3\)/)],
      [3, expect.stringMatching(/^not applied: SKU .*-M is used by another shop/)],
    ]);
    expect(row).toMatchObject({ rejectCount: 2, processedRows: 3 });
  });

  it("running the job twice, or confirming twice, changes nothing the second time", async () => {
    const h = uniq("twice");
    const { preview: p } = await importAs(ownerA, vendorA.id, csvOf(productRows(h, ["S", "M"])));
    const before = await snapshot(vendorA.id);
    expect(await applyProductImport({ importId: p.id })).toMatchObject({ status: "SKIPPED" });
    caller = ownerA;
    expect(await applyProductImportAction({ importId: p.id })).toMatchObject({ ok: false, code: "INVALID_STATE" });
    expect(await snapshot(vendorA.id)).toEqual(before);
    expect(await prisma.inventoryMovement.count({ where: { variant: { product: { slug: h } } } })).toBe(2);
  });

  it("discard drops a previewed import; it can then be neither applied nor discarded again", async () => {
    const h = uniq("drop");
    const p = await preview(vendorA.id, csvOf(productRows(h, ["S"])));
    caller = ownerA;
    expect(await discardProductImportAction({ importId: p.id })).toMatchObject({ ok: true });
    expect(await prisma.productImport.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({
      status: "DISCARDED",
      csv: "",
    });
    expect(await discardProductImportAction({ importId: p.id })).toMatchObject({ ok: false, code: "INVALID_STATE" });
    expect(await applyProductImportAction({ importId: p.id })).toMatchObject({ ok: false, code: "INVALID_STATE" });
    expect(await prisma.product.count({ where: { slug: h } })).toBe(0);
  });
});

describe("tenancy and who may import", () => {
  it("another vendor's import is not found to apply, discard or read, and nothing changes", async () => {
    const h = uniq("mine");
    const p = await preview(vendorA.id, csvOf(productRows(h, ["S"])));
    caller = ownerB;
    expect(await applyProductImportAction({ importId: p.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await discardProductImportAction({ importId: p.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const res = await statusRoute.GET(new Request(`http://localhost:3000/api/vendor/products/import/${p.id}`), {
      params: Promise.resolve({ id: p.id }),
    });
    expect(res.status).toBe(404);
    await expect(getProductImportOrThrow({ importId: p.id, vendorId: vendorB.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await prisma.productImport.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("PREVIEWED");
    expect(await prisma.product.count({ where: { slug: h } })).toBe(0);

    caller = ownerA;
    const mine = await statusRoute.GET(new Request(`http://localhost:3000/api/vendor/products/import/${p.id}`), {
      params: Promise.resolve({ id: p.id }),
    });
    expect(await mine.json()).toMatchObject({ import: { id: p.id, status: "PREVIEWED", createCount: 1 } });
  });

  it("the export holds only the session vendor's products", async () => {
    const theirs = await createTestProduct({ vendorId: vendorB.id });
    const mine = (await (await exportCsv(ownerA)).text()).split("\r\n");
    expect(mine.some((l) => l.startsWith(`${theirs.product.slug},`))).toBe(false);
    const own = (await (await exportCsv(ownerB)).text()).split("\r\n");
    expect(own.some((l) => l.startsWith(`${theirs.product.slug},`))).toBe(true);
  });

  it("uploads through the route: 201 with the preview for a vendor, 413 over 5 MB, 403 for a customer", async () => {
    const upload = (text: string) => {
      const form = new FormData();
      form.append("file", new File([text], "upload.csv", { type: "text/csv" }));
      return previewRoute.POST(
        new Request("http://localhost:3000/api/vendor/products/import", { method: "POST", body: form }),
      );
    };
    caller = ownerA;
    const ok = await upload(csvOf(productRows(uniq("up"), ["S", "M"])));
    expect(ok.status).toBe(201);
    expect(await ok.json()).toMatchObject({ import: { status: "PREVIEWED", createCount: 2, fileName: "upload.csv" } });
    const big = await upload("x".repeat(5 * 1024 * 1024 + 1));
    expect(big.status).toBe(413);

    caller = customer;
    const before = await prisma.productImport.count();
    expect((await upload(csvOf(productRows(uniq("no"), ["S"])))).status).toBe(403);
    expect(await prisma.productImport.count()).toBe(before);
    expect((await exportCsv(customer)).status).toBe(403);
    expect(await applyProductImportAction({ importId: "x" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    caller = null;
    expect((await exportCsv(null as unknown as TSessionUser)).status).toBe(401);
  });
});

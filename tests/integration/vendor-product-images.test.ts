// Product photos: uploads through the real multipart route (rows, WebP files fitted within
// 2000 px under a temporary MEDIA_ROOT, positions after the existing ones; 413 / 415 / 422 /
// 409 / 404 / 403 refusals with no rows and no files left behind) and the editor's image
// actions (alt text, reorder of exactly the product's images, set primary, delete removing
// the file unless an order line still shows it). Only Next's request plumbing and the
// session are replaced; the database, sharp and the local-disk storage are real.
import fs from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { TSessionUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db";
import { PRODUCT_IMAGE_LIMITS } from "@/lib/catalog/client/image-limits";
import { createTestCategory, createTestProduct, createTestVendor } from "../factories/catalog";
import { createTestUser, sessionUserFor } from "../factories/users";
import { shopFor } from "../support/money-flows";

// A media root of this file's own, set before anything reads the environment (serverEnv()
// caches it on first use): the files written here never mix with the dev server's.
const mediaRoot = await vi.hoisted(async () => {
  const { mkdtemp } = await import("node:fs/promises");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const root = await mkdtemp(join(tmpdir(), "londom-media-"));
  vi.stubEnv("MEDIA_ROOT", root);
  return root;
});

let caller: TSessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => caller }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.31" }) }));
vi.mock("next/cache", async (original) => ({ ...(await original<object>()), revalidatePath: () => undefined }));

const imagesRoute = await import("@/app/api/vendor/products/[id]/images/route");
const mediaRoute = await import("@/app/media/[...key]/route");
const actions = await import("@/app/vendor/products/[id]/image-actions");
const { mediaStorageKind } = await import("@/lib/storage/media");

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
afterAll(async () => {
  vi.unstubAllEnvs();
  await fs.rm(mediaRoot, { recursive: true, force: true });
});

const newProduct = async (vendorId = vendorA.id) =>
  (await createTestProduct({ vendorId, categoryId: category.id, title: "Kente Stole" })).product;

async function image(width: number, height: number, format: "png" | "jpeg" = "png", background = "#c8a165") {
  const img = sharp({ create: { width, height, channels: 3, background } });
  return format === "png" ? img.png().toBuffer() : img.jpeg({ quality: 80 }).toBuffer();
}

type TFile = { name: string; bytes: Uint8Array; type?: string };
function post(productId: string, files: TFile[], init: { headers?: Record<string, string> } = {}) {
  const form = new FormData();
  for (const f of files)
    form.append("files", new File([new Uint8Array(f.bytes)], f.name, { type: f.type ?? "image/png" }));
  return imagesRoute.POST(
    new Request(`http://localhost:3000/api/vendor/products/${productId}/images`, {
      method: "POST",
      body: form,
      ...init,
    }),
    { params: Promise.resolve({ id: productId }) },
  );
}

async function upload(who: TSessionUser, productId: string, files: TFile[]) {
  caller = who;
  return post(productId, files);
}

async function uploaded(who: TSessionUser, productId: string, files: TFile[]) {
  const res = await upload(who, productId, files);
  const body = (await res.json()) as { images: { id: string; url: string; position: number }[] };
  if (res.status !== 201) throw new Error(`upload answered ${res.status}: ${JSON.stringify(body)}`);
  return body.images;
}

/** Every file stored for a product (relative to the media root). */
async function storedFiles(productId: string): Promise<string[]> {
  const dir = path.join(mediaRoot, "products", productId);
  return (await fs.readdir(dir).catch(() => [] as string[])).sort();
}
const fileOf = (url: string) => path.join(mediaRoot, url.replace(/^\/media\//, ""));
const exists = (file: string) =>
  fs.stat(file).then(
    () => true,
    () => false,
  );

const rowsOf = (productId: string) =>
  prisma.productImage.findMany({ where: { productId }, orderBy: { position: "asc" } });

describe("upload", () => {
  it("stores upright WebP files within 2000 px under MEDIA_ROOT, rows after the existing ones", async () => {
    expect(mediaStorageKind()).toBe("local");
    const product = await newProduct();
    const big = await image(2400, 1600, "jpeg");
    const small = await image(300, 450, "png");

    const first = await uploaded(staffA, product.id, [{ name: "stole-wide.jpg", bytes: big, type: "image/jpeg" }]);
    expect(first).toEqual([
      { id: expect.any(String), url: expect.any(String), alt: "Kente Stole", width: 2000, height: 1333, position: 0 },
    ]);
    const [two, three] = await uploaded(ownerA, product.id, [
      { name: "stole-tall.png", bytes: small },
      { name: "stole-again.png", bytes: small },
    ]);
    expect([two!.position, three!.position]).toEqual([1, 2]);
    // Same bytes, still two files: deleting one never removes the other's.
    expect(two!.url).not.toBe(three!.url);

    const rows = await rowsOf(product.id);
    expect(rows.map((r) => [r.position, r.width, r.height, r.alt])).toEqual([
      [0, 2000, 1333, "Kente Stole"],
      [1, 300, 450, "Kente Stole"],
      [2, 300, 450, "Kente Stole"],
    ]);
    for (const r of rows) {
      expect(r.url).toMatch(new RegExp(`^/media/products/${product.id}/[0-9a-f]{16}-[0-9a-f]{8}\\.webp$`));
      const meta = await sharp(await fs.readFile(fileOf(r.url))).metadata();
      expect([meta.format, meta.width, meta.height, meta.exif]).toEqual(["webp", r.width, r.height, undefined]);
    }
    expect(await storedFiles(product.id)).toHaveLength(3);

    // A phone photo stored sideways with an EXIF orientation (6: rotate 90°) is stored upright.
    const sideways = await sharp({ create: { width: 300, height: 220, channels: 3, background: "#224466" } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect((await sharp(sideways).metadata()).orientation).toBe(6);
    const [upright] = await uploaded(ownerA, product.id, [{ name: "phone.jpg", bytes: sideways, type: "image/jpeg" }]);
    expect(upright).toMatchObject({ width: 220, height: 300, position: 3 });
    const uprightMeta = await sharp(await fs.readFile(fileOf(upright!.url))).metadata();
    expect([uprightMeta.width, uprightMeta.height, uprightMeta.orientation]).toEqual([220, 300, undefined]);

    // The media route serves the stored file.
    const key = rows[0]!.url.replace(/^\/media\//, "").split("/");
    const served = await mediaRoute.GET(new Request(`http://localhost:3000${rows[0]!.url}`), {
      params: Promise.resolve({ key }),
    });
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/webp");
    expect(Buffer.from(await served.arrayBuffer()).equals(await fs.readFile(fileOf(rows[0]!.url)))).toBe(true);
  });

  it("415 for a file that only calls itself .png; 422 under 200 px; all or none, no files left", async () => {
    const product = await newProduct();
    const good = await image(400, 400);

    const fake = await upload(ownerA, product.id, [
      { name: "ok.png", bytes: good },
      { name: "notes.png", bytes: new TextEncoder().encode("just some text, not a picture at all") },
    ]);
    expect(fake.status).toBe(415);
    expect(await fake.json()).toMatchObject({
      error: { code: "UNSUPPORTED_MEDIA_TYPE", details: { file: "notes.png", reason: "UNSUPPORTED_TYPE" } },
    });

    const tiny = await upload(ownerA, product.id, [
      { name: "ok.png", bytes: good },
      { name: "thumb.jpg", bytes: await image(199, 600, "jpeg"), type: "image/jpeg" },
    ]);
    expect(tiny.status).toBe(422);
    const tinyBody = (await tiny.json()) as { error: { message: string; details: unknown } };
    expect(tinyBody.error.details).toEqual({ file: "thumb.jpg", reason: "TOO_SMALL" });
    expect(tinyBody.error.message).toContain("199 × 600 px");

    // A PNG sent as "image/jpeg" named .gif is still a PNG: the bytes decide.
    expect((await upload(ownerA, product.id, [{ name: "x.gif", bytes: good, type: "image/jpeg" }])).status).toBe(201);
    expect(await rowsOf(product.id)).toHaveLength(1);
    expect(await storedFiles(product.id)).toHaveLength(1);
  });

  it("409 for a 13th image (one request or several), nothing added", async () => {
    const product = await newProduct();
    const px = await image(200, 200);
    const twelve = Array.from({ length: 12 }, (_, i) => ({ name: `p${i}.png`, bytes: px }));
    const tooMany = await upload(ownerA, product.id, [...twelve, { name: "p12.png", bytes: px }]);
    expect(tooMany.status).toBe(409);
    expect(await rowsOf(product.id)).toHaveLength(0);

    await uploaded(ownerA, product.id, twelve.slice(0, 11));
    const overflow = await upload(ownerA, product.id, twelve.slice(0, 2));
    expect(overflow.status).toBe(409);
    expect(await overflow.json()).toMatchObject({ error: { code: "CONFLICT", details: { reason: "TOO_MANY" } } });
    expect(await rowsOf(product.id)).toHaveLength(11);

    await uploaded(ownerA, product.id, twelve.slice(0, 1));
    const thirteenth = await upload(ownerA, product.id, [{ name: "p13.png", bytes: px }]);
    expect(thirteenth.status).toBe(409);
    expect(((await thirteenth.json()) as { error: { message: string } }).error.message).toContain("already has 12");
    const rows = await rowsOf(product.id);
    expect(rows.map((r) => r.position)).toEqual([...Array(12).keys()]);
    expect(await storedFiles(product.id)).toHaveLength(12);
  });

  it("413 for a request over the limit (declared or streamed) and for a file over 10 MB", async () => {
    const product = await newProduct();
    caller = ownerA;
    const declared = await post(product.id, [{ name: "a.png", bytes: await image(300, 300) }], {
      headers: { "content-length": String(PRODUCT_IMAGE_LIMITS.maxRequestBytes + 1) },
    });
    expect(declared.status).toBe(413);
    expect(await declared.json()).toMatchObject({
      error: { code: "PAYLOAD_TOO_LARGE", details: { reason: "TOO_LARGE" } },
    });

    // No Content-Length: the body is counted while it is read and stops at the limit.
    const boundary = "----londom-test";
    const chunk = new Uint8Array(1024 * 1024).fill(0x61);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(
          new TextEncoder().encode(
            `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="huge.png"\r\nContent-Type: image/png\r\n\r\n`,
          ),
        );
      },
      pull(c) {
        if (sent > PRODUCT_IMAGE_LIMITS.maxRequestBytes + 2 * chunk.length) {
          c.enqueue(new TextEncoder().encode(`\r\n--${boundary}--\r\n`));
          c.close();
          return;
        }
        sent += chunk.length;
        c.enqueue(chunk);
      },
    });
    const streamed = await imagesRoute.POST(
      new Request(`http://localhost:3000/api/vendor/products/${product.id}/images`, {
        method: "POST",
        headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
        body: stream,
        duplex: "half",
      } as RequestInit),
      { params: Promise.resolve({ id: product.id }) },
    );
    expect(streamed.status).toBe(413);
    expect(sent).toBeLessThan(PRODUCT_IMAGE_LIMITS.maxRequestBytes + 4 * chunk.length);

    const oneFile = await post(product.id, [
      { name: "raw-scan.png", bytes: new Uint8Array(PRODUCT_IMAGE_LIMITS.maxFileBytes + 1) },
    ]);
    expect(oneFile.status).toBe(413);
    expect(await oneFile.json()).toMatchObject({ error: { details: { file: "raw-scan.png", reason: "TOO_LARGE" } } });

    expect(await rowsOf(product.id)).toHaveLength(0);
    expect(await storedFiles(product.id)).toEqual([]);
  });

  it("another vendor's product is 404, a customer 403, not multipart 415; no rows, no files", async () => {
    const product = await newProduct();
    const px = [{ name: "a.png", bytes: await image(300, 300) }];
    const res = await upload(ownerB, product.id, px);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
    expect((await upload(ownerB, "no-such-product", px)).status).toBe(404);
    expect((await upload(customer, product.id, px)).status).toBe(403);
    caller = null;
    expect((await post(product.id, px)).status).toBe(401);
    caller = ownerA;
    const json = await imagesRoute.POST(
      new Request(`http://localhost:3000/api/vendor/products/${product.id}/images`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{}",
      }),
      { params: Promise.resolve({ id: product.id }) },
    );
    expect(json.status).toBe(415);
    // A request from another site is refused before anything is read.
    const foreign = await post(product.id, px, { headers: { origin: "https://evil.test" } });
    expect(foreign.status).toBe(403);

    expect(await rowsOf(product.id)).toHaveLength(0);
    expect(await storedFiles(product.id)).toEqual([]);
    expect(await storedFiles("no-such-product")).toEqual([]);
  });
});

describe("image actions", () => {
  async function productWithImages(n: number) {
    const product = await newProduct();
    const files = await Promise.all(
      Array.from({ length: n }, async (_, i) => ({
        name: `photo-${i}.png`,
        bytes: await image(220 + i, 220, "png", ["#ff0000", "#00ff00", "#0000ff", "#ffff00"][i % 4]),
      })),
    );
    const images = await uploaded(ownerA, product.id, files);
    return { product, ids: images.map((i) => i.id) };
  }

  it("alt text: saved trimmed; blank refused; another vendor's image NOT_FOUND and unchanged", async () => {
    const { ids } = await productWithImages(1);
    caller = staffA;
    expect(await actions.updateImageAltAction({ imageId: ids[0]!, alt: "  Kente stole — Gold  " })).toMatchObject({
      ok: true,
      data: { image: { id: ids[0], alt: "Kente stole — Gold" } },
    });
    expect(await actions.updateImageAltAction({ imageId: ids[0]!, alt: "  " })).toMatchObject({
      ok: false,
      code: "BAD_REQUEST",
      fieldErrors: { alt: expect.any(String) },
    });
    caller = ownerB;
    expect(await actions.updateImageAltAction({ imageId: ids[0]!, alt: "Mine now" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    caller = customer;
    expect(await actions.updateImageAltAction({ imageId: ids[0]!, alt: "Mine now" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect((await prisma.productImage.findUniqueOrThrow({ where: { id: ids[0]! } })).alt).toBe("Kente stole — Gold");
  });

  it("reorder must name exactly the product's images; set primary moves one to the front", async () => {
    const { product, ids } = await productWithImages(4);
    const [a, b, c, d] = ids as [string, string, string, string];
    const other = await productWithImages(1);
    caller = ownerA;
    const order = async () => (await rowsOf(product.id)).map((r) => r.id);

    const r = await actions.reorderProductImagesAction({ productId: product.id, imageIds: [c, a, d, b] });
    expect(r).toMatchObject({ ok: true });
    if (r.ok)
      expect(r.data.images.map((i) => [i.id, i.position])).toEqual([
        [c, 0],
        [a, 1],
        [d, 2],
        [b, 3],
      ]);
    expect(await order()).toEqual([c, a, d, b]);

    for (const imageIds of [
      [c, a, d], // one missing
      [c, a, d, b, other.ids[0]!], // one of another product
      [c, a, d, other.ids[0]!], // swapped for another product's
    ]) {
      expect(await actions.reorderProductImagesAction({ productId: product.id, imageIds })).toMatchObject({
        ok: false,
        code: "CONFLICT",
      });
    }
    expect(await actions.reorderProductImagesAction({ productId: product.id, imageIds: [c, c, a, d] })).toMatchObject({
      ok: false,
      code: "BAD_REQUEST",
    });
    caller = ownerB;
    expect(await actions.reorderProductImagesAction({ productId: product.id, imageIds: [a, b, c, d] })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await actions.setPrimaryImageAction({ imageId: d })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await order()).toEqual([c, a, d, b]);

    caller = staffA;
    const primary = await actions.setPrimaryImageAction({ imageId: d });
    expect(primary).toMatchObject({ ok: true });
    expect(await order()).toEqual([d, c, a, b]);
    expect((await rowsOf(product.id)).map((row) => row.position)).toEqual([0, 1, 2, 3]);
  });

  it("delete removes the row and the file and closes the gap; a file an order line shows is kept", async () => {
    const { product, ids } = await productWithImages(3);
    const rows = await rowsOf(product.id);
    caller = ownerB;
    expect(await actions.deleteProductImageAction({ imageId: ids[1]! })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await exists(fileOf(rows[1]!.url))).toBe(true);

    caller = ownerA;
    const r = await actions.deleteProductImageAction({ imageId: ids[1]! });
    expect(r).toMatchObject({ ok: true, data: { fileRemoved: true } });
    expect(await exists(fileOf(rows[1]!.url))).toBe(false);
    expect((await rowsOf(product.id)).map((row) => [row.id, row.position])).toEqual([
      [ids[0], 0],
      [ids[2], 1],
    ]);
    expect(await storedFiles(product.id)).toHaveLength(2);
    expect(await actions.deleteProductImageAction({ imageId: ids[1]! })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });

    // An order placed while the photo was primary keeps its picture after the photo is deleted.
    const shop = await shopFor([{ stockOnHand: 5, priceMinor: 9_000 }]);
    const owner = await asUser({
      roles: ["CUSTOMER", "VENDOR"],
      membership: { vendorId: shop.vendor.id, role: "OWNER" },
    });
    const [shown] = await uploaded(owner, shop.product.id, [{ name: "kaftan.png", bytes: await image(300, 300) }]);
    const placed = await shop.place([{ variantId: shop.variants[0]!.id, quantity: 1 }]);
    const line = await prisma.orderLine.findFirstOrThrow({ where: { orderId: placed.order.id } });
    expect(line.imageUrl).toBe(shown!.url);
    caller = owner;
    expect(await actions.deleteProductImageAction({ imageId: shown!.id })).toMatchObject({
      ok: true,
      data: { images: [], fileRemoved: false },
    });
    expect(await exists(fileOf(shown!.url))).toBe(true);
  });
});

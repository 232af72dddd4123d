// The S3 media backend against s3rver (an S3-compatible server run in this process, on a
// free port, over a temporary directory): with S3_* set, a photo uploaded through the real
// route lands in the bucket as WebP with the immutable cache header, is served by the media
// route from the bucket, and deleting the image deletes the object. The backend's own
// put / has / read / delete and its URLs (with and without a public URL) are checked directly.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, type S3Client } from "@aws-sdk/client-s3";
import sharp from "sharp";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { TSessionUser } from "@/lib/auth/types";
import { prisma } from "@/lib/db";
import { MEDIA_CACHE_CONTROL } from "@/lib/storage/keys";
import { s3Backend, s3Client, type TS3Config } from "@/lib/storage/s3";
import { createTestCategory, createTestProduct, createTestVendor } from "../factories/catalog";
import { createTestUser, sessionUserFor } from "../factories/users";

// s3rver ships no types: the part of its API used here.
type TS3rver = { run(): Promise<{ port: number }>; close(): Promise<void> };
const S3rver = createRequire(import.meta.url)("s3rver") as new (opts: {
  port: number;
  address: string;
  silent: boolean;
  directory: string;
  configureBuckets: { name: string }[];
}) => TS3rver;

const BUCKET = "londom-media-test";
const directory = await fs.mkdtemp(path.join(os.tmpdir(), "londom-s3rver-"));
const server = new S3rver({
  port: 0,
  address: "127.0.0.1",
  silent: true,
  directory,
  configureBuckets: [{ name: BUCKET }],
});
const { port } = await server.run();
const config: TS3Config = {
  bucket: BUCKET,
  endpoint: `http://127.0.0.1:${port}`,
  region: "us-east-1",
  credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" }, // s3rver's fixed pair
};

// Before anything reads the environment (serverEnv() caches it on first use, prisma included).
vi.stubEnv("S3_BUCKET", config.bucket);
vi.stubEnv("S3_ENDPOINT", config.endpoint!);
vi.stubEnv("S3_REGION", config.region);
vi.stubEnv("S3_ACCESS_KEY_ID", config.credentials!.accessKeyId);
vi.stubEnv("S3_SECRET_ACCESS_KEY", config.credentials!.secretAccessKey);

let caller: TSessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => caller }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.41" }) }));
vi.mock("next/cache", async (original) => ({ ...(await original<object>()), revalidatePath: () => undefined }));

const imagesRoute = await import("@/app/api/vendor/products/[id]/images/route");
const mediaRoute = await import("@/app/media/[...key]/route");
const { deleteProductImageAction } = await import("@/app/vendor/products/[id]/image-actions");
const { mediaStorageKind } = await import("@/lib/storage/media");

/** A client of its own, to look into the bucket without going through the backend. */
const bucket: S3Client = s3Client(config);
const objectOf = async (key: string) => {
  try {
    const o = await bucket.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
    return { body: Buffer.from(await o.Body!.transformToByteArray()), type: o.ContentType, cache: o.CacheControl };
  } catch (e) {
    if ((e as { name?: string }).name === "NoSuchKey") return null;
    throw e;
  }
};

const vendor = await createTestVendor();
const owner = await sessionUserFor({
  userId: (await createTestUser({ roles: ["CUSTOMER", "VENDOR"], membership: { vendorId: vendor.id, role: "OWNER" } }))
    .id,
});
const category = await createTestCategory();

beforeEach(() => {
  caller = null;
});
afterAll(async () => {
  bucket.destroy();
  await server.close();
  vi.unstubAllEnvs();
  await fs.rm(directory, { recursive: true, force: true });
});

describe("S3 media backend (s3rver)", () => {
  it("an uploaded photo is put in the bucket, served from it, and deleted from it with the image", async () => {
    expect(mediaStorageKind()).toBe("s3");
    const { product } = await createTestProduct({ vendorId: vendor.id, categoryId: category.id });
    const png = await sharp({ create: { width: 640, height: 480, channels: 3, background: "#b5651d" } })
      .png()
      .toBuffer();
    const form = new FormData();
    form.append("files", new File([new Uint8Array(png)], "kaftan.png", { type: "image/png" }));
    caller = owner;
    const res = await imagesRoute.POST(
      new Request(`http://localhost:3000/api/vendor/products/${product.id}/images`, { method: "POST", body: form }),
      { params: Promise.resolve({ id: product.id }) },
    );
    expect(res.status).toBe(201);
    const { images } = (await res.json()) as { images: { id: string; url: string; width: number; height: number }[] };
    expect(images).toHaveLength(1);
    const img = images[0]!;
    // No public URL configured: served through /media/ with the bucket kept private.
    expect(img.url).toMatch(new RegExp(`^/media/products/${product.id}/[0-9a-f]{16}-[0-9a-f]{8}\\.webp$`));
    const key = img.url.slice("/media/".length);

    const stored = await objectOf(key);
    expect(stored).toMatchObject({ type: "image/webp", cache: MEDIA_CACHE_CONTROL });
    expect(await sharp(stored!.body).metadata()).toMatchObject({ format: "webp", width: 640, height: 480 });

    const served = await mediaRoute.GET(new Request(`http://localhost:3000${img.url}`), {
      params: Promise.resolve({ key: key.split("/") }),
    });
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/webp");
    expect(Buffer.from(await served.arrayBuffer()).equals(stored!.body)).toBe(true);

    expect(await deleteProductImageAction({ imageId: img.id })).toMatchObject({
      ok: true,
      data: { fileRemoved: true },
    });
    expect(await objectOf(key)).toBeNull();
    expect(await prisma.productImage.count({ where: { productId: product.id } })).toBe(0);
    const gone = await mediaRoute.GET(new Request(`http://localhost:3000${img.url}`), {
      params: Promise.resolve({ key: key.split("/") }),
    });
    expect(gone.status).toBe(404);
  });

  it("the backend: put / has / read / delete, a missing key is not an error, URLs with a public base", async () => {
    const backend = s3Backend(config);
    const key = `direct/${Date.now().toString(36)}-a.png`;
    const bytes = await sharp({ create: { width: 4, height: 4, channels: 3, background: "#000" } })
      .png()
      .toBuffer();
    expect(await backend.has(key)).toBe(false);
    expect(await backend.read(key)).toBeNull();
    await backend.put(key, bytes, "image/png");
    expect(await backend.has(key)).toBe(true);
    const read = await backend.read(key);
    expect(read?.contentType).toBe("image/png");
    expect(read?.body.equals(bytes)).toBe(true);
    expect((await objectOf(key))?.cache).toBe(MEDIA_CACHE_CONTROL);
    await backend.delete(key);
    expect(await backend.has(key)).toBe(false);
    await expect(backend.delete(key)).resolves.toBeUndefined();
    await bucket.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: key }));
    await expect(bucket.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }))).rejects.toMatchObject({
      $metadata: { httpStatusCode: 404 },
    });

    expect(backend.url("products/p/a.webp")).toBe("/media/products/p/a.webp");
    const cdn = s3Backend({ ...config, publicUrl: "https://cdn.londom.test/m/" });
    expect(cdn.url("products/p/a.webp")).toBe("https://cdn.londom.test/m/products/p/a.webp");
    expect(cdn.keyFromUrl("https://cdn.londom.test/m/products/p/a.webp")).toBe("products/p/a.webp");
    // Images stored before the public URL was set stay ours; other sites' and bad keys are not.
    expect(cdn.keyFromUrl("/media/products/p/a.webp")).toBe("products/p/a.webp");
    expect(cdn.keyFromUrl("https://elsewhere.test/m/products/p/a.webp")).toBeNull();
    expect(cdn.keyFromUrl("https://cdn.londom.test/m/../secret.webp")).toBeNull();
    expect(cdn.keyFromUrl("https://cdn.londom.test/m/products/p/a.exe")).toBeNull();
  });
});

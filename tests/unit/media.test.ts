import fs from "node:fs/promises";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { mediaContentType, mediaUrl, putMedia, readMedia } from "@/lib/storage/media";
import { GET } from "@/app/media/[...key]/route";

const dir = `test-${Date.now().toString(36)}-${randomBytes(3).toString("hex")}`;
const get = (segments: string[]) =>
  GET(new Request(`http://localhost/media/${segments.join("/")}`), { params: Promise.resolve({ key: segments }) });

afterAll(async () => {
  await fs.rm(path.resolve(".data/media", dir), { recursive: true, force: true });
});

describe("media storage", () => {
  it("stores a file and serves it with its content type and an immutable cache", async () => {
    const body = Buffer.from("RIFF....WEBPVP8 fake");
    const url = await putMedia(`${dir}/shirt-navy.webp`, body, "image/webp");
    expect(url).toBe(`/media/${dir}/shirt-navy.webp`);
    expect(mediaUrl(`${dir}/shirt-navy.webp`)).toBe(url);

    const res = await get([dir, "shirt-navy.webp"]);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/webp");
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(Buffer.from(await res.arrayBuffer()).equals(body)).toBe(true);
  });

  it("answers 404 for unknown keys and for any path traversal", async () => {
    expect((await get([dir, "missing.webp"])).status).toBe(404);
    expect((await get([dir])).status).toBe(404);
    for (const segments of [
      ["..", "..", "package.json"],
      [dir, "..", "..", "pg", "PG_VERSION"],
      ["%2e%2e", "x.webp"],
      [".hidden.webp"],
      ["a\\..\\b.webp"],
      ["/etc/passwd"],
    ]) {
      const res = await get(segments);
      expect(res.status, segments.join("/")).toBe(404);
    }
    expect(await readMedia("../package.json")).toBeNull();
  });

  it("accepts only simple keys with an image extension that matches the content type", async () => {
    expect(mediaContentType("products/a/b-1.webp")).toBe("image/webp");
    expect(mediaContentType("products/a/b.svg")).toBeNull();
    expect(mediaContentType("products//b.png")).toBeNull();
    expect(mediaContentType("products/../b.png")).toBeNull();
    await expect(putMedia(`${dir}/x.png`, Buffer.from("x"), "image/webp")).rejects.toThrow(/does not match/);
    await expect(putMedia(`../${dir}.webp`, Buffer.from("x"), "image/webp")).rejects.toThrow(/invalid media key/);
  });
});

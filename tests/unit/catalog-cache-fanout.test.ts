// The NOTIFY payload must stay under PostgreSQL's 8000-byte limit and always mean "expire at
// least these": too much collapses to `catalog`, an unreadable payload is read as `catalog`.
// The relay turns a burst of notifications into one loopback request.
import { describe, expect, it } from "vitest";
import { decodeNotification, encodeNotification, MAX_PAYLOAD_BYTES } from "@/lib/catalog/cache/fanout";
import { createTagRelay } from "@/lib/catalog/cache/listener-boot";
import { CATALOG_TAGS } from "@/lib/catalog/cache/tags";

describe("catalog cache notification payload", () => {
  it("round-trips tags (deduplicated) and the origin", () => {
    const payload = encodeNotification(["catalog:stock", "catalog:product:p1", "catalog:stock"], "proc-1");
    expect(decodeNotification(payload)).toEqual({ tags: ["catalog:stock", "catalog:product:p1"], origin: "proc-1" });
  });

  it("collapses to `catalog` when there are too many tags or the payload is too long", () => {
    const many = Array.from({ length: 150 }, (_, i) => CATALOG_TAGS.product(`p${i}`));
    expect(decodeNotification(encodeNotification(many, null)).tags).toEqual([CATALOG_TAGS.all]);
    const long = Array.from({ length: 90 }, (_, i) => CATALOG_TAGS.product(`${"x".repeat(100)}${i}`));
    expect(Buffer.byteLength(JSON.stringify({ tags: long, origin: null }))).toBeGreaterThan(MAX_PAYLOAD_BYTES);
    expect(decodeNotification(encodeNotification(long, null)).tags).toEqual([CATALOG_TAGS.all]);
  });

  it("reads a malformed or foreign payload as `catalog` with no origin", () => {
    for (const p of ["not json", "{}", JSON.stringify({ tags: ["user:1"], origin: null }), undefined])
      expect(decodeNotification(p)).toEqual({ tags: [CATALOG_TAGS.all], origin: null });
  });
});

describe("catalog cache tag relay", () => {
  it("sends one request per burst, with every tag once", async () => {
    const sent: string[][] = [];
    const relay = createTagRelay(async (tags) => void sent.push(tags), 10);
    relay(["catalog:stock"]);
    relay(["catalog:stock", "catalog:product:p1"]);
    await new Promise((r) => setTimeout(r, 50));
    expect(sent).toEqual([["catalog:stock", "catalog:product:p1"]]);
  });

  it("retries a failed request", async () => {
    let calls = 0;
    const relay = createTagRelay(async () => {
      if (++calls === 1) throw new Error("server still starting");
    }, 1);
    relay(["catalog"]);
    await new Promise((r) => setTimeout(r, 400));
    expect(calls).toBe(2);
  });
});

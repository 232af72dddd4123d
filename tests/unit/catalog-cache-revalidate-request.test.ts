// The loopback route that expires catalog tags in a web process is reachable by anyone who can
// reach the server: only a fresh request signed with this server's secret may expire anything,
// and only catalog tags, and bad input is a 4xx with a message.
import { describe, expect, it, vi } from "vitest";

const expired: string[] = [];
vi.mock("next/cache", () => ({
  revalidateTag: (tag: string) => void expired.push(tag),
  unstable_cache: <T>(fn: T) => fn,
}));

const {
  buildRevalidateRequest,
  isValidRevalidateSignature,
  MAX_AGE_MS,
  readRevalidateRequest,
  REVALIDATE_PATH,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  ZRevalidateRequestBody,
} = await import("@/lib/catalog/cache/revalidate-request");
const { serverEnv } = await import("@/lib/env");
const { POST } = await import("@/app/api/internal/cache/revalidate/route");

const SECRET = "unit-test-secret-0123456789";
const NOW = 1_760_000_000_000;

function signed(tags: string[], opts: { secret?: string; at?: number } = {}) {
  return buildRevalidateRequest(tags, opts.secret ?? SECRET, opts.at ?? NOW);
}
const verify = (raw: string, headers: Record<string, string>, now = NOW) =>
  isValidRevalidateSignature({
    raw,
    timestamp: headers[TIMESTAMP_HEADER] ?? null,
    signature: headers[SIGNATURE_HEADER] ?? null,
    authSecret: SECRET,
    now,
  });

describe("cache revalidate request signature", () => {
  it("accepts a fresh request signed with the secret", () => {
    const { body, headers } = signed(["catalog:stock"]);
    expect(verify(body, headers)).toBe(true);
    expect(verify(body, headers, NOW + MAX_AGE_MS)).toBe(true);
  });

  it("refuses a tampered body", () => {
    const { body, headers } = signed(["catalog:stock"]);
    expect(verify(body.replace("stock", "batches"), headers)).toBe(false);
  });

  it("refuses an expired (or far-future) timestamp, and a timestamp moved to look fresh", () => {
    const { body, headers } = signed(["catalog:stock"], { at: NOW - MAX_AGE_MS - 1 });
    expect(verify(body, headers)).toBe(false);
    expect(verify(body, signed(["catalog:stock"], { at: NOW + MAX_AGE_MS + 1 }).headers)).toBe(false);
    expect(verify(body, { ...headers, [TIMESTAMP_HEADER]: String(NOW) })).toBe(false);
  });

  it("refuses another secret, and missing or malformed headers", () => {
    const { body, headers } = signed(["catalog:stock"], { secret: "some-other-secret-0123456789" });
    expect(verify(body, headers)).toBe(false);
    expect(verify(body, {})).toBe(false);
    expect(verify(body, { [TIMESTAMP_HEADER]: String(NOW), [SIGNATURE_HEADER]: "zz" })).toBe(false);
    expect(verify(body, { [TIMESTAMP_HEADER]: "soon", [SIGNATURE_HEADER]: headers[SIGNATURE_HEADER]! })).toBe(false);
  });
});

describe("cache revalidate request body", () => {
  it("accepts catalog tags only, between 1 and 100 of them, and nothing else", () => {
    expect(ZRevalidateRequestBody.parse({ tags: ["catalog", "catalog:product:cm1abc_2-x"] }).tags).toHaveLength(2);
    expect(ZRevalidateRequestBody.safeParse({ tags: [] }).success).toBe(false);
    expect(ZRevalidateRequestBody.safeParse({ tags: ["session:abc"] }).success).toBe(false);
    expect(ZRevalidateRequestBody.safeParse({ tags: ["catalog:products/../x"] }).success).toBe(false);
    expect(ZRevalidateRequestBody.safeParse({ tags: Array(101).fill("catalog") }).success).toBe(false);
    expect(ZRevalidateRequestBody.safeParse({ tags: ["catalog"], paths: ["/"] }).success).toBe(false);
  });

  it("reads a signed request into its tags; a bad signature is a 401 before the body is parsed", async () => {
    const { body, headers } = signed(["catalog:stock"], { at: Date.now() });
    const req = (h: Record<string, string>, b = body) =>
      new Request("http://x/", { method: "POST", body: b, headers: h });
    await expect(readRevalidateRequest(req(headers), SECRET)).resolves.toEqual(["catalog:stock"]);
    await expect(readRevalidateRequest(req({}, "not json"), SECRET)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe(`POST ${REVALIDATE_PATH}`, () => {
  const post = (body: string, headers: Record<string, string>) =>
    POST(new Request(`http://127.0.0.1${REVALIDATE_PATH}`, { method: "POST", body, headers }), undefined);
  const secret = () => serverEnv().authSecret;

  it("expires the signed tags", async () => {
    expired.length = 0;
    const { body, headers } = buildRevalidateRequest(["catalog:stock", "catalog:product:p1"], secret());
    const res = await post(body, headers);
    expect(res.status).toBe(200);
    expect(expired).toEqual(["catalog:stock", "catalog:product:p1"]);
  });

  it("answers 401 JSON to an unsigned request and expires nothing", async () => {
    expired.length = 0;
    const res = await post(JSON.stringify({ tags: ["catalog"] }), { "content-type": "application/json" });
    expect(res.status).toBe(401);
    expect((await res.json()).error.message).toMatch(/signature/);
    expect(expired).toEqual([]);
  });

  it("answers 400 JSON with a message to a signed request with non-catalog tags or bad JSON", async () => {
    const raw = JSON.stringify({ tags: ["user:42"] });
    const at = Date.now();
    const { signRevalidateBody } = await import("@/lib/catalog/cache/revalidate-request");
    const res = await post(raw, {
      [TIMESTAMP_HEADER]: String(at),
      [SIGNATURE_HEADER]: signRevalidateBody(raw, at, secret()),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/tags\.0: must be a catalog cache tag/);

    const bad = "{";
    const res2 = await post(bad, {
      [TIMESTAMP_HEADER]: String(at),
      [SIGNATURE_HEADER]: signRevalidateBody(bad, at, secret()),
    });
    expect(res2.status).toBe(400);
    expect((await res2.json()).error.code).toBe("BAD_REQUEST");
  });

  it("refuses an oversized body with 400", async () => {
    const res = await post("x".repeat(20_000), {});
    expect(res.status).toBe(400);
  });
});

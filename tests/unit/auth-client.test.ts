import { describe, expect, it } from "vitest";
import { encodeRateLimited, parseRateLimited, safeCallbackUrl, signInErrorMessage } from "@/lib/auth/client";
import { clientIp } from "@/lib/auth/request-ip";

describe("safeCallbackUrl", () => {
  it.each([
    ["/orders", "/orders"],
    ["/orders/LI-123?tab=tracking#top", "/orders/LI-123?tab=tracking#top"],
    ["/vendor/products", "/vendor/products"],
  ])("keeps same-origin path %s", (raw, expected) => {
    expect(safeCallbackUrl(raw)).toBe(expected);
  });

  it.each([
    "https://evil.test/",
    "//evil.test",
    "/\\evil.test",
    "/\tevil.test",
    "javascript:alert(1)",
    "orders",
    "",
    "/sign-in",
    "/sign-up?callbackUrl=/x",
  ])("falls back for %j", (raw) => {
    expect(safeCallbackUrl(raw, "/account")).toBe("/account");
  });

  it("falls back for null and undefined", () => {
    expect(safeCallbackUrl(null)).toBe("/");
    expect(safeCallbackUrl(undefined)).toBe("/");
  });
});

describe("sign-in error codes", () => {
  it("round-trips the rate-limit code and words it in minutes", () => {
    expect(parseRateLimited(encodeRateLimited(125))).toBe(125);
    expect(signInErrorMessage(encodeRateLimited(125))).toBe("Too many attempts, try again in 3 minutes.");
    expect(signInErrorMessage(encodeRateLimited(20))).toBe("Too many attempts, try again in 1 minute.");
    expect(parseRateLimited("CredentialsSignin")).toBeNull();
    expect(parseRateLimited("RATE_LIMITED:abc")).toBeNull();
  });

  it("never echoes an unknown code", () => {
    expect(signInErrorMessage("<script>")).toBe("We couldn't sign you in. Please try again.");
    expect(signInErrorMessage(null)).toBeNull();
  });
});

describe("clientIp", () => {
  const PEER = "x-londom-peer-address";

  it("with no trusted proxy (TRUST_PROXY unset): the socket address, whatever X-Forwarded-For says", () => {
    const rotated = ["1.1.1.1", "2.2.2.2", "3.3.3.3"].map((ip) =>
      clientIp(new Headers({ "x-forwarded-for": ip, "x-real-ip": ip, [PEER]: "198.51.100.7" }), 0),
    );
    expect(rotated).toEqual(["198.51.100.7", "198.51.100.7", "198.51.100.7"]);
    expect(clientIp({ [PEER]: "::ffff:127.0.0.1" }, 0)).toBe("127.0.0.1");
    expect(clientIp({ "x-forwarded-for": "203.0.113.9" }, 0)).toBe("unknown"); // no hook, no guess
    expect(clientIp(new Headers({ [PEER]: "198.51.100.7" }))).toBe("198.51.100.7"); // the default reads lib/env (0)
  });

  it("behind N trusted proxies: the Nth X-Forwarded-For entry from the right", () => {
    const h = new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.2", [PEER]: "10.0.0.3" });
    expect(clientIp(h, 1)).toBe("10.0.0.2");
    expect(clientIp(h, 2)).toBe("203.0.113.9");
    expect(clientIp(h, 3)).toBe("6.6.6.6");
    // fewer entries than proxies: the request did not come through them all; its socket is the peer
    expect(clientIp(h, 4)).toBe("10.0.0.3");
    expect(clientIp({ "x-forwarded-for": "::ffff:127.0.0.1" }, 1)).toBe("127.0.0.1");
    expect(clientIp({}, 1)).toBe("unknown");
  });
});

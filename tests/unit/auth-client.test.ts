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
  it("takes the rightmost X-Forwarded-For hop (the one our proxy appended)", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "1.1.1.1, 10.0.0.2, 203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientIp({ "x-forwarded-for": "::ffff:127.0.0.1" })).toBe("127.0.0.1");
    expect(clientIp({ "x-real-ip": "198.51.100.4" })).toBe("198.51.100.4");
    expect(clientIp({})).toBe("unknown");
  });
});

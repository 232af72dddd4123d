// next.config's headers() puts the security headers on every path (a page, an API route, a
// dashboard page), with the CSP directives issue 15 asks for; HSTS only in production and eval
// only in development.
import { afterEach, describe, expect, it, vi } from "vitest";
import nextConfig from "@/next.config";
import { contentSecurityPolicy, posthogOrigins, securityHeaders } from "@/lib/http/security-headers";

type THeaderRule = { source: string; headers: { key: string; value: string }[] };

/** The headers next.config gives a path (sources are Next path patterns; ours is "/:path*"). */
async function headersFor(path: string): Promise<Record<string, string>> {
  const rules = (await nextConfig.headers!()) as THeaderRule[];
  const out: Record<string, string> = {};
  for (const rule of rules) {
    const prefix = rule.source.replace(/\/:path\*$/, "");
    if (rule.source === "/:path*" || path === rule.source || path.startsWith(`${prefix}/`))
      for (const h of rule.headers) out[h.key.toLowerCase()] = h.value;
  }
  return out;
}

function directives(csp: string): Record<string, string[]> {
  return Object.fromEntries(
    csp.split(";").map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("next.config headers()", () => {
  it.each(["/", "/p/some-product", "/api/v1/checkout/orders", "/admin/batches", "/dev/paystack"])(
    "sets every security header on %s",
    async (path) => {
      const h = await headersFor(path);
      const csp = directives(h["content-security-policy"] ?? "");
      expect(csp["frame-ancestors"]).toEqual(["'none'"]);
      expect(csp["object-src"]).toEqual(["'none'"]);
      expect(csp["base-uri"]).toEqual(["'self'"]);
      expect(csp["default-src"]).toEqual(["'self'"]);
      expect(csp["form-action"]).toEqual(["'self'", "https://checkout.paystack.com"]);
      expect(h["x-frame-options"]).toBe("DENY");
      expect(h["x-content-type-options"]).toBe("nosniff");
      expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(h["permissions-policy"]).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
    },
  );

  it("reads the environment it runs in (vitest: test, no HSTS, no eval)", async () => {
    const h = await headersFor("/");
    expect(h["strict-transport-security"]).toBeUndefined();
    expect(h["content-security-policy"]).not.toContain("unsafe-eval");
  });
});

describe("securityHeaders", () => {
  const get = (nodeEnv: string, key: string) =>
    securityHeaders({ nodeEnv }).find((h) => h.key.toLowerCase() === key)?.value;

  it("sends HSTS in production only", () => {
    expect(get("production", "strict-transport-security")).toMatch(/^max-age=\d{8,}/);
    expect(get("development", "strict-transport-security")).toBeUndefined();
    expect(get("test", "strict-transport-security")).toBeUndefined();
  });

  it("allows eval and the hot-reload socket in development only", () => {
    const dev = directives(contentSecurityPolicy({ nodeEnv: "development" }));
    const prod = directives(contentSecurityPolicy({ nodeEnv: "production" }));
    expect(dev["script-src"]).toContain("'unsafe-eval'");
    expect(dev["connect-src"]).toContain("ws:");
    expect(prod["script-src"]).not.toContain("'unsafe-eval'");
    expect(prod["connect-src"]).not.toContain("ws:");
  });

  it("lets PostHog's API and assets hosts in, and no other foreign origin", () => {
    const csp = directives(contentSecurityPolicy({ nodeEnv: "production", posthogHost: "https://us.i.posthog.com" }));
    expect(csp["connect-src"]).toEqual(["'self'", "https://us.i.posthog.com", "https://us-assets.i.posthog.com"]);
    expect(csp["script-src"]).toEqual(["'self'", "'unsafe-inline'", "https://us-assets.i.posthog.com"]);
    expect(csp["img-src"]).toEqual(["'self'", "data:", "blob:"]);
    expect(posthogOrigins("https://ph.example.com/")).toEqual(["https://ph.example.com"]);
    expect(posthogOrigins("not a url")).toEqual([]);
  });
});

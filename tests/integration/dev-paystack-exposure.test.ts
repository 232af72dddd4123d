// Issue 15 §5: /dev/paystack lists every customer's emulated transactions to anyone. It says so
// on the page, and with real Paystack keys none of the emulator's pages or routes exists (404).
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseServerEnv, type TServerEnv } from "@/lib/env";

const env = vi.hoisted(() => ({ current: null as TServerEnv | null }));
vi.mock("@/lib/env", async (original) => {
  const real = await original<{ serverEnv: () => TServerEnv }>();
  return { ...real, serverEnv: () => env.current ?? real.serverEnv() };
});

afterEach(() => {
  env.current = null;
});

/** What notFound() throws (Next's HTTP fallback error with status 404). */
function isNotFound(e: unknown): boolean {
  return typeof e === "object" && e !== null && String((e as { digest?: unknown }).digest).endsWith(";404");
}

async function notFoundThrown(run: () => Promise<unknown>): Promise<boolean> {
  try {
    await run();
    return false;
  } catch (e) {
    return isNotFound(e);
  }
}

describe("/dev/paystack", () => {
  it("says on the page that it shows every customer's emulated payments, and only while the emulator runs", async () => {
    const { default: Page } = await import("@/app/dev/paystack/page");
    const html = renderToStaticMarkup(await Page());
    expect(html).toContain('data-testid="emulator-exposure-notice"');
    expect(html).toMatch(/every customer’s emulated payments/);
    expect(html).toMatch(/exists only while the Paystack emulator runs/);
  });

  it("does not exist with a real secret key: pages 404, routes 404", async () => {
    env.current = parseServerEnv({ ...process.env, PAYSTACK_SECRET_KEY: "sk_live_realkey123456" });
    expect(env.current.isPaystackEmulated).toBe(false);
    const { default: Dashboard } = await import("@/app/dev/paystack/page");
    const { default: Phone } = await import("@/app/dev/paystack/phone/page");
    const { default: Checkout } = await import("@/app/dev/paystack/checkout/[accessCode]/page");
    expect(await notFoundThrown(() => Dashboard())).toBe(true);
    expect(await notFoundThrown(() => Phone())).toBe(true);
    expect(await notFoundThrown(() => Checkout({ params: Promise.resolve({ accessCode: "abc" }) }))).toBe(true);

    const { POST: initialize } = await import("@/app/api/dev/paystack/transactions/route");
    const res = await initialize(
      new Request("http://test.local/api/dev/paystack/transactions", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "a@test.local", amount: 100 }),
      }),
      undefined,
    );
    expect(res.status).toBe(404);
  });
});

import { describe, expect, it } from "vitest";
import { localAppUrl, parseServerEnv } from "@/lib/env";
import { nextListenPort } from "@/scripts/listen-port.mjs";

describe("parseServerEnv", () => {
  it("runs with no variables at all: emulated Paystack, local outbox, dev auth secret", () => {
    const env = parseServerEnv({});
    expect(env.isPaystackEmulated).toBe(true);
    expect(env.paystackSecretKey).toMatch(/^sk_emulator_/);
    expect(env.isSmsLive).toBe(false);
    expect(env.isEmailLive).toBe(false);
    expect(env.authSecret.length).toBeGreaterThanOrEqual(16);
    expect(env.APP_URL).toBe("http://localhost:3000");
  });

  it("derives the local APP_URL from the port the server listens on, read when used", () => {
    expect(parseServerEnv({ PORT: "4100" }).APP_URL).toBe("http://localhost:4100");
    // next dev / next start set PORT only once they listen, after the first serverEnv()
    const source: Record<string, string | undefined> = {};
    const env = parseServerEnv(source);
    expect(env.APP_URL).toBe("http://localhost:3000");
    source.PORT = "3457";
    expect(env.APP_URL).toBe("http://localhost:3457");
    expect({ ...env }.APP_URL).toBe("http://localhost:3457");
    // a set APP_URL wins over the port; nonsense ports fall back to Next's default
    expect(parseServerEnv({ PORT: "4100", APP_URL: "https://londom.example" }).APP_URL).toBe("https://londom.example");
    expect(localAppUrl("0")).toBe("http://localhost:3000");
    expect(localAppUrl("70000")).toBe("http://localhost:3000");
    expect(localAppUrl("")).toBe("http://localhost:3000");
  });

  it("hands the worker the port next will listen on: -p, --port, PORT, else 3000", () => {
    expect(nextListenPort(["-p", "4000"], { PORT: "5000" })).toBe("4000");
    expect(nextListenPort(["--turbopack", "--port", "4001"], {})).toBe("4001");
    expect(nextListenPort(["--port=4002"], {})).toBe("4002");
    expect(nextListenPort([], { PORT: "5000" })).toBe("5000");
    expect(nextListenPort([], {})).toBe("3000");
  });

  it("treats empty strings as unset", () => {
    expect(parseServerEnv({ PAYSTACK_SECRET_KEY: "", DATABASE_URL: "" }).isPaystackEmulated).toBe(true);
  });

  it("switches to real Paystack with a real secret key, stays emulated with an emulator key", () => {
    expect(parseServerEnv({ PAYSTACK_SECRET_KEY: "sk_test_abc" }).isPaystackEmulated).toBe(false);
    expect(parseServerEnv({ PAYSTACK_SECRET_KEY: "sk_emulator_x" }).isPaystackEmulated).toBe(true);
  });

  it("turns SMS and email live only when their credentials are complete", () => {
    expect(
      parseServerEnv({ TWILIO_ACCOUNT_SID: "AC1", TWILIO_AUTH_TOKEN: "t", TWILIO_FROM_NUMBER: "+1" }).isSmsLive,
    ).toBe(true);
    const secret = "w".repeat(16);
    expect(parseServerEnv({ POSTMARK_SERVER_TOKEN: "pm", POSTMARK_WEBHOOK_SECRET: secret }).isEmailLive).toBe(true);
    // a real token without the webhook secret would accept forged delivery reports
    expect(() => parseServerEnv({ POSTMARK_SERVER_TOKEN: "pm" })).toThrow(/POSTMARK_WEBHOOK_SECRET/);
  });

  it("fails fast with a readable message naming every bad variable", () => {
    expect(() => parseServerEnv({ DATABASE_URL: "not a url", PAYSTACK_SECRET_KEY: "pk_live_x" })).toThrow(
      /Invalid environment variables[\s\S]*DATABASE_URL[\s\S]*PAYSTACK_SECRET_KEY/,
    );
    expect(() => parseServerEnv({ TWILIO_ACCOUNT_SID: "AC1" })).toThrow(/TWILIO_AUTH_TOKEN/);
  });

  it("requires APP_URL, a real auth secret and an explicit Paystack key in production", () => {
    expect(() => parseServerEnv({ NODE_ENV: "production" })).toThrow(
      /APP_URL[\s\S]*NEXTAUTH_SECRET[\s\S]*PAYSTACK_SECRET_KEY/,
    );
    // the port says nothing about the public address behind a proxy
    expect(() =>
      parseServerEnv({
        NODE_ENV: "production",
        PORT: "3000",
        NEXTAUTH_SECRET: "x".repeat(32),
        PAYSTACK_SECRET_KEY: "sk_live_a",
      }),
    ).toThrow(/APP_URL/);
    const prod = { NODE_ENV: "production", APP_URL: "https://londom.example", NEXTAUTH_SECRET: "x".repeat(32) };
    expect(() => parseServerEnv(prod)).toThrow(/PAYSTACK_SECRET_KEY/);
    expect(parseServerEnv({ ...prod, PAYSTACK_SECRET_KEY: "sk_live_abc" }).isPaystackEmulated).toBe(false);
    const emulated = parseServerEnv({ ...prod, PAYSTACK_SECRET_KEY: "sk_emulator_demo" });
    expect(emulated.isPaystackEmulated).toBe(true);
    expect(emulated.authSecret).toBe("x".repeat(32));
  });
});

import { describe, expect, it } from "vitest";
import { parseServerEnv } from "@/lib/env";

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

  it("requires a real auth secret and an explicit Paystack key in production", () => {
    expect(() => parseServerEnv({ NODE_ENV: "production" })).toThrow(/NEXTAUTH_SECRET[\s\S]*PAYSTACK_SECRET_KEY/);
    const prod = { NODE_ENV: "production", NEXTAUTH_SECRET: "x".repeat(32) };
    expect(() => parseServerEnv(prod)).toThrow(/PAYSTACK_SECRET_KEY/);
    expect(parseServerEnv({ ...prod, PAYSTACK_SECRET_KEY: "sk_live_abc" }).isPaystackEmulated).toBe(false);
    const emulated = parseServerEnv({ ...prod, PAYSTACK_SECRET_KEY: "sk_emulator_demo" });
    expect(emulated.isPaystackEmulated).toBe(true);
    expect(emulated.authSecret).toBe("x".repeat(32));
  });
});

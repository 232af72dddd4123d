import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isValidPaystackSignature, signPaystackBody } from "@/lib/integrations/paystack/signature";

const SECRET = "sk_test_0123456789abcdef";
const RAW = '{"event":"charge.success","data":{"reference":"ref-1","amount":123450,"currency":"GHS"}}';

describe("Paystack webhook signature", () => {
  it("is the hex HMAC-SHA512 of the raw body keyed with the secret", () => {
    const expected = createHmac("sha512", SECRET).update(RAW).digest("hex");
    expect(signPaystackBody(RAW, SECRET)).toBe(expected);
    expect(signPaystackBody(Buffer.from(RAW), SECRET)).toBe(expected);
    expect(expected).toMatch(/^[0-9a-f]{128}$/);
  });

  it("accepts the right signature (any hex case, surrounding spaces)", () => {
    const sig = signPaystackBody(RAW, SECRET);
    expect(isValidPaystackSignature(RAW, sig, SECRET)).toBe(true);
    expect(isValidPaystackSignature(Buffer.from(RAW), ` ${sig.toUpperCase()} `, SECRET)).toBe(true);
  });

  it("rejects another secret, a changed body, a re-serialized body and malformed headers", () => {
    const sig = signPaystackBody(RAW, SECRET);
    expect(isValidPaystackSignature(RAW, sig, "sk_test_other")).toBe(false);
    expect(isValidPaystackSignature(RAW.replace("123450", "123451"), sig, SECRET)).toBe(false);
    expect(isValidPaystackSignature(JSON.stringify(JSON.parse(RAW), null, 2), sig, SECRET)).toBe(false);
    for (const header of [null, undefined, "", "abc", sig.slice(0, 127), `${sig}00`, `${sig.slice(0, 127)}z`]) {
      expect(isValidPaystackSignature(RAW, header, SECRET)).toBe(false);
    }
    expect(isValidPaystackSignature(RAW, sig, "")).toBe(false);
  });
});

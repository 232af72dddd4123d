import "server-only";
import { randomInt, timingSafeEqual } from "node:crypto";

// The code the customer gives the rider (sent when the delivery goes out). Six digits from
// the CSPRNG: a guess succeeds one time in a million, and five wrong guesses lock the
// delivery, so brute force is not a way in.

/** A fresh 6-digit code, leading zeros kept ("004217"). */
export function generateDeliveryCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0");
}

/** Compares in constant time, so response timing says nothing about how many digits were right. */
export function deliveryCodesMatch(expected: string, given: string): boolean {
  const a = Buffer.from(expected, "utf8");
  const b = Buffer.from(given, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Checkout test data (money core): delivery zones, pickup points, customer addresses, a
 * customer with a phone, and a Paystack emulator integration of the test file's own, so
 * payments, refunds and webhooks of one file never mix with another's. Unique per call.
 */
import { randomBytes } from "node:crypto";
import { type Db, prisma } from "@/lib/db";
import { uniq } from "./catalog";

export async function createTestZone(overrides: { feeMinor?: number; isActive?: boolean } = {}, db: Db = prisma) {
  const slug = uniq("zone");
  return db.deliveryZone.create({
    data: {
      slug,
      name: `Zone ${slug}`,
      region: "Greater Accra",
      feeMinor: overrides.feeMinor ?? 2_500,
      isActive: overrides.isActive ?? true,
    },
  });
}

export async function createTestPickupPoint(overrides: { isActive?: boolean } = {}, db: Db = prisma) {
  const slug = uniq("pickup");
  return db.pickupPoint.create({
    data: {
      slug,
      name: `Pickup ${slug}`,
      address: "1 Test Road",
      city: "Accra",
      phone: "+233200000000",
      openingHours: "9–5",
      isActive: overrides.isActive ?? true,
    },
  });
}

export async function createTestAddress(
  { userId, zoneId }: { userId: string; zoneId: string | null },
  db: Db = prisma,
) {
  return db.address.create({
    data: {
      userId,
      recipientName: "Ama Test",
      phone: "+233244000111",
      line1: "12 Oxford Street",
      city: "Accra",
      region: "Greater Accra",
      zoneId,
    },
  });
}

/** A customer with a unique e-mail and phone (SMS + EMAIL notifications both apply). */
export async function createTestShopper(db: Db = prisma) {
  const phone = `+23324${String(randomBytes(4).readUInt32BE(0) % 10_000_000).padStart(7, "0")}`;
  return db.user.create({
    data: { email: `${uniq("shopper")}@customers.test`, name: "Test Shopper", phone, roles: ["CUSTOMER"] },
  });
}

/** A checkout idempotency key, unique per call. */
export function checkoutKey(): string {
  return `key-${randomBytes(8).toString("hex")}`;
}

/**
 * Points this test file at an emulator integration of its own (call at module top level,
 * before anything reads serverEnv()): its webhooks go nowhere (tests feed the route
 * handler themselves) and its transactions are its own.
 */
export function ownPaystackIntegration(name: string): string {
  const key = `sk_emulator_${name.replace(/[^A-Za-z0-9_]/g, "_")}_${randomBytes(4).toString("hex")}`;
  process.env.PAYSTACK_SECRET_KEY = key;
  return key;
}

// The vendor portal's demo: Kingsway's pre-orders in its open London batch (one procured, one
// it could not source and refunded, one still to procure), an application waiting for review,
// a rejected one, a suspended vendor and a pending staff invite — each made with the use case
// the matching button runs. Found again by natural key on later runs: a second run changes nothing.
import type { Db } from "@/lib/db";
import { placeOrder } from "@/lib/checkout/place-order";
import { checkoutPayWithCard } from "@/lib/integrations/paystack/emulator";
import { isPaystackEmulated } from "@/lib/integrations/paystack/client";
import { markVendorLineUnavailable } from "@/lib/orders/mark-vendor-line-unavailable";
import { procureVendorLine } from "@/lib/orders/procure-vendor-lines";
import { confirmPayment } from "@/lib/payments/confirm-payment";
import { startCardPayment } from "@/lib/payments/start-payment";
import { registerUser } from "@/lib/auth/register-user";
import { createVendor } from "@/lib/vendors/create-vendor";
import { inviteVendorStaff } from "@/lib/vendors/invite-vendor-staff";
import { recomputeAllVendorReliability } from "@/lib/vendors/reliability/recompute-all-vendor-reliability";
import { rejectVendor } from "@/lib/vendors/reject-vendor";
import { submitVendorApplication } from "@/lib/vendors/submit-vendor-application";
import { suspendVendor } from "@/lib/vendors/suspend-vendor";
import { DEMO_PASSWORD } from "../seed-data/accounts.ts";

const DEMO_CARD = { number: "4084084084084081", expiry: "12/30", cvv: "408" };
const CUSTOMER = "customer@londom.test";
const KINGSWAY = "kingsway-london";

async function ensureUser(db: Db, email: string, name: string, phone: string): Promise<string> {
  const found = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (found) return found.id;
  return (await registerUser({ email, name, phone, password: DEMO_PASSWORD, roles: ["CUSTOMER"] }, db)).id;
}

/** Three paid pre-orders of Kingsway products in London's soonest open batch, worked three ways. */
async function seedKingswayLines(db: Db, kingswayId: string, ownerId: string): Promise<number> {
  if (!isPaystackEmulated()) return 0; // demo money must never reach a real Paystack account
  const customer = await db.user.findUniqueOrThrow({
    where: { email: CUSTOMER },
    select: { id: true, addresses: { where: { isDefault: true }, select: { id: true } } },
  });
  const key = (i: number) => `seed-vendor-portal-${i}`;
  if (await db.order.findFirst({ where: { customerId: customer.id, idempotencyKey: key(0) }, select: { id: true } }))
    return 0;
  const variants = await db.variant.findMany({
    where: { availability: "PRE_ORDER", isActive: true, product: { status: "ACTIVE", vendorId: kingswayId } },
    orderBy: { sku: "asc" },
    take: 3,
    select: { id: true },
  });
  const lineIds: string[] = [];
  for (const [i, v] of variants.entries()) {
    const placed = await placeOrder(
      {
        customerId: customer.id,
        idempotencyKey: key(i),
        lines: [{ variantId: v.id, quantity: i + 1 }],
        delivery: { method: "HOME", addressId: customer.addresses[0]!.id },
        paymentPlan: "FULL",
      },
      db,
    );
    const started = await startCardPayment({ orderNumber: placed.order.number, customerId: customer.id }, db);
    await checkoutPayWithCard(started.accessCode, DEMO_CARD);
    await confirmPayment({ reference: started.reference, source: "callback" }, db);
    const line = await db.orderLine.findFirstOrThrow({ where: { orderId: placed.order.id }, select: { id: true } });
    lineIds.push(line.id);
  }
  const actor = { type: "VENDOR" as const, id: ownerId };
  if (lineIds[0]) await procureVendorLine({ vendorId: kingswayId, lineId: lineIds[0], actor }, db);
  if (lineIds[1])
    await markVendorLineUnavailable(
      {
        vendorId: kingswayId,
        lineId: lineIds[1],
        reason: "Sold out at every Oxford Street store; the brand is not restocking this colour.",
        actor,
      },
      db,
    );
  return lineIds.length;
}

const APPLICATION = {
  contactPhone: "+447700900321",
  sampleLinks: ["https://example.com/our-shop"],
  type: "MOBILE_MONEY",
  network: "MTN",
};

/** One application waiting for review and one rejected with its reason. */
async function seedApplications(db: Db, adminId: string): Promise<void> {
  const [london, category] = await Promise.all([
    db.origin.findUniqueOrThrow({ where: { code: "LDN" }, select: { id: true } }),
    db.category.findFirstOrThrow({ where: { parentId: null }, orderBy: { slug: "asc" }, select: { slug: true } }),
  ]);
  const apply = async (email: string, name: string, phone: string, businessName: string) => {
    const userId = await ensureUser(db, email, name, phone);
    const member = await db.vendorMembership.findUnique({ where: { userId }, select: { vendorId: true } });
    if (member) return null;
    return submitVendorApplication(
      {
        userId,
        application: {
          ...APPLICATION,
          businessName,
          originId: london.id,
          contactEmail: email,
          categories: [category.slug],
          accountNumber: phone.replace("+233", "0"),
          accountName: name,
          note: "We buy from Selfridges and Westfield every week.",
        },
      },
      db,
    );
  };
  await apply("owner@camden-collective.test", "Abena Owusu", "+233240000201", "Camden Collective");
  const rejected = await apply("owner@quickflip-resale.test", "Tunde Bello", "+233240000202", "QuickFlip Resale");
  if (rejected)
    await rejectVendor(
      {
        vendorId: rejected.vendorId,
        actorId: adminId,
        reason: "We only list new goods bought from retailers; resale and used items are not accepted.",
      },
      db,
    );
}

/** An approved vendor suspended after complaints: its page shows the banner, its products are hidden. */
async function seedSuspendedVendor(db: Db): Promise<void> {
  if (await db.vendor.findUnique({ where: { slug: "harbour-lights-dubai" }, select: { id: true } })) return;
  const ownerId = await ensureUser(db, "owner@harbour-lights-dubai.test", "Karim Saleh", "+233240000203");
  const dubai = await db.origin.findUniqueOrThrow({ where: { code: "DXB" }, select: { id: true } });
  const vendor = await createVendor(
    {
      slug: "harbour-lights-dubai",
      name: "Harbour Lights Dubai",
      legalName: "Harbour Lights General Trading LLC",
      description: "Perfume and gold-plated accessories from Dubai's Deira souks.",
      contactEmail: "owner@harbour-lights-dubai.test",
      contactPhone: "+97145551234",
      originId: dubai.id,
      status: "ACTIVE",
      ownerUserId: ownerId,
      payoutRecipient: {
        type: "MOBILE_MONEY",
        accountName: "Karim Saleh",
        accountNumber: "0240000203",
        bankCode: "MTN",
        bankName: "MTN Mobile Money",
      },
    },
    db,
  );
  await suspendVendor(
    { vendorId: vendor.id, reason: "Three customers reported counterfeit fragrance; suspended while we investigate." },
    db,
  );
}

export async function seedVendorPortal(db: Db, adminId: string): Promise<{ lines: number }> {
  const kingsway = await db.vendor.findUniqueOrThrow({
    where: { slug: KINGSWAY },
    select: { id: true, memberships: { where: { role: "OWNER" }, select: { userId: true }, take: 1 } },
  });
  const ownerId = kingsway.memberships[0]!.userId;
  const lines = await seedKingswayLines(db, kingsway.id, ownerId);
  await seedApplications(db, adminId);
  await seedSuspendedVendor(db);
  if ((await db.vendorInvite.count({ where: { vendorId: kingsway.id } })) === 0)
    await inviteVendorStaff(
      { vendorId: kingsway.id, inviterId: ownerId, input: { email: "ewurabena@kingsway-london.test" } },
      db,
    );
  await recomputeAllVendorReliability({}, db);
  return { lines };
}

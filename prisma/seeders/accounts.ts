// Origins, demo users (with addresses) and vendors with their owners and staff.
import type { Db } from "@/lib/db";
import { registerUser } from "@/lib/auth/register-user";
import { createAddress } from "@/lib/addresses/create-address";
import { createVendor } from "@/lib/vendors/create-vendor";
import { addVendorMember } from "@/lib/vendors/add-vendor-member";
import { upsertOrigin } from "@/lib/vendors/upsert-origin";
import {
  CUSTOMERS,
  DEMO_PASSWORD,
  KINGSWAY_STAFF,
  ORIGINS,
  STAFF_USERS,
  VENDORS,
  ownerEmail,
} from "../seed-data/accounts.ts";
import type { TVendorKey } from "../seed-data/types.ts";

export async function seedOrigins(db: Db): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const o of ORIGINS) ids.set(o.code, (await upsertOrigin(o, db)).id);
  return ids;
}

type TUserInput = Parameters<typeof registerUser>[0];

/** The user with this email, registered through the sign-up path when missing. */
async function ensureUser(db: Db, input: Omit<TUserInput, "password">): Promise<string> {
  const existing = await db.user.findUnique({ where: { email: input.email.toLowerCase() }, select: { id: true } });
  if (existing) return existing.id;
  return (await registerUser({ ...input, password: DEMO_PASSWORD }, db)).id;
}

export async function seedUsers(db: Db): Promise<{ adminId: string }> {
  let adminId = "";
  for (const u of STAFF_USERS) {
    const id = await ensureUser(db, {
      email: u.email,
      name: u.name,
      phone: u.phone,
      roles: u.roles,
      adminPermissions: u.adminPermissions ?? [],
    });
    if (u.adminPermissions?.includes("SUPERADMIN")) adminId = id;
  }
  for (const c of CUSTOMERS) {
    const id = await ensureUser(db, { email: c.email, name: c.name, phone: c.phone, roles: c.roles });
    if ((await db.address.count({ where: { userId: id } })) > 0) continue;
    const zone = await db.deliveryZone.findUniqueOrThrow({ where: { slug: c.address.zoneSlug }, select: { id: true } });
    const { zoneSlug: _zoneSlug, ...address } = c.address;
    await createAddress(
      {
        userId: id,
        values: {
          ...address,
          recipientName: c.name,
          phone: c.phone,
          zoneId: zone.id,
          isDefault: true,
        },
      },
      db,
    );
  }
  return { adminId };
}

export type TVendorRef = { id: string; originId: string; ownerId: string };

export async function seedVendors(db: Db, originIds: Map<string, string>): Promise<Map<TVendorKey, TVendorRef>> {
  const out = new Map<TVendorKey, TVendorRef>();
  for (const v of VENDORS) {
    const ownerId = await ensureUser(db, {
      email: ownerEmail(v),
      name: v.owner.name,
      phone: v.owner.phone,
      roles: ["CUSTOMER", "VENDOR"],
    });
    const originId = originIds.get(v.origin);
    if (!originId) throw new Error(`origin ${v.origin} missing`);
    let vendor = await db.vendor.findUnique({ where: { slug: v.slug }, select: { id: true, originId: true } });
    vendor ??= await createVendor(
      {
        slug: v.slug,
        name: v.name,
        legalName: v.legalName,
        description: v.description,
        contactEmail: ownerEmail(v),
        contactPhone: v.contactPhone,
        originId,
        status: "ACTIVE",
        ownerUserId: ownerId,
        payoutRecipient: v.payout,
      },
      db,
    );
    out.set(v.key, { id: vendor.id, originId: vendor.originId, ownerId });
  }
  const kingsway = out.get("kingsway");
  if (kingsway) {
    const staffId = await ensureUser(db, { ...KINGSWAY_STAFF, roles: ["CUSTOMER", "VENDOR"] });
    const member = await db.vendorMembership.findUnique({ where: { userId: staffId }, select: { id: true } });
    if (!member) await addVendorMember({ vendorId: kingsway.id, userId: staffId, role: "STAFF" }, db);
  }
  return out;
}

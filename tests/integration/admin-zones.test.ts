// Delivery zones and pickup points in the admin dashboard (/admin/deliveries/zones and
// /pickup-points) through the real action() wrapper on the real database: create and edit
// with field errors (fee typed in cedis, stored in pesewas; slug made from the name, a clash
// refused on the slug field), delete refused while an order, a delivery or a saved address
// uses it, deactivation hiding it from what checkout reads (listDeliveryZones /
// listPickupPoints), reordering, an audit row for every change, and every action refused to
// anyone but ops. Only Next's request plumbing is replaced.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { inRolledBackTransaction, prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/types";
import { getSessionUserById } from "@/lib/auth/session-claims";
import { listDeliveryZones, listPickupPoints } from "@/lib/addresses/list-delivery-options";
import { placeOrder } from "@/lib/checkout/place-order";
import { listDeliveryZonesAdmin } from "@/lib/deliveries/list-delivery-zones-admin";
import { listPickupPointsAdmin } from "@/lib/deliveries/list-pickup-points-admin";
import { moveDeliveryZone } from "@/lib/deliveries/move-delivery-zone";
import { uniq } from "../factories/catalog";
import { checkoutKey, createTestAddress, createTestPickupPoint, createTestZone } from "../factories/checkout";
import { setupOwnPaystackIntegration } from "../factories/paystack";
import { createTestUser } from "../factories/users";
import { shopFor } from "../support/money-flows";

let caller: TSessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => caller }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.21" }) }));
vi.mock("next/cache", async (original) => ({ ...(await original<object>()), revalidatePath: () => undefined }));

const zoneActions = await import("@/app/admin/deliveries/zones/actions");
const pointActions = await import("@/app/admin/deliveries/pickup-points/actions");
const { saveDeliveryZoneAction, setDeliveryZoneActiveAction, moveDeliveryZoneAction, deleteDeliveryZoneAction } =
  zoneActions;
const { savePickupPointAction, setPickupPointActiveAction, deletePickupPointAction } = pointActions;

setupOwnPaystackIntegration("admin_zones");
const asUser = async (opts: Parameters<typeof createTestUser>[0]) =>
  (await getSessionUserById({ userId: (await createTestUser(opts)).id }))!;
const ops = await asUser({ roles: ["ADMIN"], adminPermissions: ["OPS"] });
const superadmin = await asUser({ roles: ["ADMIN"], adminPermissions: ["SUPERADMIN"] });
const finance = await asUser({ roles: ["ADMIN"], adminPermissions: ["FINANCE"] });
const customer = await asUser({});
const shop = await shopFor([{ stockOnHand: 50, priceMinor: 10_000 }]);
const vendorOwner = await asUser({ membership: { vendorId: shop.vendor.id, role: "OWNER" } });

beforeEach(() => {
  caller = null;
});

const lastAudit = (entityId: string) =>
  prisma.auditLog.findFirst({ where: { entityId }, orderBy: { createdAt: "desc" } });

/** A home-delivery order to an address in the zone (the order, its address and the zone all linked). */
async function homeOrderIn(zoneId: string) {
  const address = await createTestAddress({ userId: shop.shopper.id, zoneId });
  return placeOrder({
    customerId: shop.shopper.id,
    idempotencyKey: checkoutKey(),
    lines: [{ variantId: shop.variants[0]!.id, quantity: 1 }],
    delivery: { method: "HOME", addressId: address.id },
  });
}

describe("delivery zones", () => {
  it("creates a zone from cedis and a name: slug made from the name, placed last, active, audited", async () => {
    caller = ops;
    const name = `Osu ${uniq("z")}`;
    const r = await saveDeliveryZoneAction({ name, region: "Greater Accra", fee: "25.50", etaDays: "1" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const zone = await prisma.deliveryZone.findUniqueOrThrow({ where: { id: r.data.zone.id } });
    expect(zone).toMatchObject({ name, feeMinor: 2550, etaDays: 1, isActive: true, region: "Greater Accra" });
    expect(zone.slug).toBe(name.toLowerCase().replace(/[^a-z0-9]+/g, "-"));
    const max = await prisma.deliveryZone.aggregate({ _max: { position: true } });
    expect(zone.position).toBe(max._max.position);
    expect(await listDeliveryZones()).toContainEqual({
      id: zone.id,
      name,
      region: "Greater Accra",
      feeMinor: 2550,
      etaDays: 1,
    });
    const audit = await lastAudit(zone.id);
    expect(audit).toMatchObject({ action: "delivery_zone.create", entityType: "DeliveryZone", actorId: ops.id });
    expect(audit?.ip).toBe("203.0.113.21");
    expect(audit?.data).toMatchObject({ after: { feeMinor: 2550, slug: zone.slug } });
  });

  it("edits a zone, keeps its slug when left empty, and audits before and after", async () => {
    const zone = await createTestZone({ feeMinor: 2_500 });
    caller = superadmin;
    const r = await saveDeliveryZoneAction({
      id: zone.id,
      name: "Tema Community 25",
      slug: "",
      region: "Greater Accra",
      fee: "GH₵ 1,200",
      etaDays: 3,
    });
    expect(r).toMatchObject({ ok: true });
    expect(await prisma.deliveryZone.findUniqueOrThrow({ where: { id: zone.id } })).toMatchObject({
      name: "Tema Community 25",
      slug: zone.slug,
      feeMinor: 120_000,
      etaDays: 3,
      position: zone.position,
    });
    const audit = await lastAudit(zone.id);
    expect(audit).toMatchObject({ action: "delivery_zone.update", actorId: superadmin.id });
    expect(audit?.data).toMatchObject({ before: { feeMinor: 2_500 }, after: { feeMinor: 120_000 } });
  });

  it("answers field errors for every bad field and changes nothing", async () => {
    caller = ops;
    const before = await prisma.deliveryZone.count();
    const r = await saveDeliveryZoneAction({
      name: "x",
      slug: "Bad Slug!",
      region: "Lagos" as never,
      fee: "25.555",
      etaDays: "1.5",
    });
    expect(r).toMatchObject({ ok: false, code: "BAD_REQUEST", message: "Please check the highlighted fields." });
    if (r.ok) return;
    expect(r.fieldErrors).toEqual({
      name: "Give the zone a name (at least 2 characters)",
      slug: "Use lower-case letters, digits and single dashes (e.g. east-legon)",
      region: "Choose a region",
      fee: "Enter the fee in cedis, e.g. 25 or 25.50",
      etaDays: "Enter a whole number of days from 0 to 60",
    });
    const negative = await saveDeliveryZoneAction({ name: "Negative", region: "Ashanti", fee: "-5", etaDays: 1 });
    expect(negative).toMatchObject({ ok: false, fieldErrors: { fee: "Enter the fee in cedis, e.g. 25 or 25.50" } });
    const huge = await saveDeliveryZoneAction({ name: "Huge", region: "Ashanti", fee: "100000.01", etaDays: 1 });
    expect(huge).toMatchObject({ ok: false, fieldErrors: { fee: "Keep the fee under GH₵ 100,000.00" } });
    expect(await prisma.deliveryZone.count()).toBe(before);
  });

  it("refuses a slug another zone has, on the slug field, whether typed or made from the name", async () => {
    const other = await createTestZone();
    caller = ops;
    const typed = await saveDeliveryZoneAction({
      name: "Anything",
      slug: other.slug,
      region: "Ashanti",
      fee: "10",
      etaDays: 2,
    });
    expect(typed).toMatchObject({ ok: false, code: "BAD_REQUEST" });
    if (!typed.ok)
      expect(typed.fieldErrors?.slug).toBe(
        `The slug "${other.slug}" is already used by the zone ${other.name}. Type another slug.`,
      );
    // "Zone zone-…" makes the slug "zone-zone-…": make one, then try its name again.
    const first = await saveDeliveryZoneAction({
      name: `Kumasi ${uniq("k")}`,
      region: "Ashanti",
      fee: "10",
      etaDays: 2,
    });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const again = await saveDeliveryZoneAction({
      name: first.data.zone.name,
      region: "Ashanti",
      fee: "12",
      etaDays: 2,
    });
    expect(again).toMatchObject({ ok: false, fieldErrors: { slug: expect.stringContaining(first.data.zone.slug) } });
    // Editing another zone onto the slug is refused too; keeping one's own slug is not a clash.
    const edit = await saveDeliveryZoneAction({
      id: other.id,
      name: other.name,
      slug: first.data.zone.slug,
      region: "Ashanti",
      fee: "10",
      etaDays: 2,
    });
    expect(edit).toMatchObject({ ok: false, fieldErrors: { slug: expect.stringContaining("already used") } });
    const own = await saveDeliveryZoneAction({
      id: other.id,
      name: other.name,
      slug: other.slug,
      region: "Ashanti",
      fee: "10",
      etaDays: 2,
    });
    expect(own).toMatchObject({ ok: true });
    expect(await prisma.deliveryZone.count({ where: { slug: first.data.zone.slug } })).toBe(1);
  });

  it("refuses to delete a zone orders and addresses use, saying so; deactivating hides it from checkout", async () => {
    const zone = await createTestZone();
    const name = `Osu ${uniq("osu")}`;
    await prisma.deliveryZone.update({ where: { id: zone.id }, data: { name } });
    await homeOrderIn(zone.id);
    await homeOrderIn(zone.id);
    await createTestAddress({ userId: customer.id, zoneId: zone.id });
    caller = ops;
    const refused = await deleteDeliveryZoneAction({ id: zone.id });
    expect(refused).toEqual({
      ok: false,
      code: "INVALID_STATE",
      message: `Zone ${name} is used by 2 orders and 3 saved addresses — deactivate it instead.`,
    });
    expect(await prisma.deliveryZone.count({ where: { id: zone.id } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { entityId: zone.id } })).toBe(0);

    const admin = await listDeliveryZonesAdmin({ q: name });
    expect(admin.rows).toHaveLength(1);
    expect(admin.rows[0]).toMatchObject({ inUse: true, usage: { orders: 2, addresses: 3, deliveries: 0 } });

    expect((await listDeliveryZones()).map((z) => z.id)).toContain(zone.id);
    const off = await setDeliveryZoneActiveAction({ id: zone.id, isActive: false });
    expect(off).toMatchObject({ ok: true });
    expect((await listDeliveryZones()).map((z) => z.id)).not.toContain(zone.id);
    expect(await lastAudit(zone.id)).toMatchObject({
      action: "delivery_zone.deactivate",
      actorId: ops.id,
      data: { before: { isActive: true }, after: { isActive: false } },
    });
    // The orders keep their zone; the status filter sees it as inactive.
    expect(await prisma.order.count({ where: { deliveryZoneId: zone.id } })).toBe(2);
    expect((await listDeliveryZonesAdmin({ q: name, status: "inactive" })).rows.map((z) => z.id)).toEqual([zone.id]);
    expect((await listDeliveryZonesAdmin({ q: name, status: "active" })).rows).toHaveLength(0);
    expect((await listDeliveryZonesAdmin({ q: name })).counts).toEqual({ all: 1, active: 0, inactive: 1 });

    const stillRefused = await deleteDeliveryZoneAction({ id: zone.id });
    expect(stillRefused).toMatchObject({ ok: false, message: expect.stringContaining("it stays deactivated") });

    expect(await setDeliveryZoneActiveAction({ id: zone.id, isActive: true })).toMatchObject({ ok: true });
    expect((await listDeliveryZones()).map((z) => z.id)).toContain(zone.id);
    expect(await lastAudit(zone.id)).toMatchObject({ action: "delivery_zone.activate" });
  });

  it("refuses to delete a zone only a saved address uses", async () => {
    const zone = await createTestZone();
    await createTestAddress({ userId: customer.id, zoneId: zone.id });
    caller = ops;
    expect(await deleteDeliveryZoneAction({ id: zone.id })).toMatchObject({
      ok: false,
      message: `Zone ${zone.name} is used by 1 saved address — deactivate it instead.`,
    });
  });

  it("deletes an unused zone (its pickup points lose the link) and audits what it was", async () => {
    const zone = await createTestZone({ feeMinor: 4_000 });
    const point = await createTestPickupPoint();
    await prisma.pickupPoint.update({ where: { id: point.id }, data: { zoneId: zone.id } });
    caller = ops;
    expect(await deleteDeliveryZoneAction({ id: zone.id })).toMatchObject({
      ok: true,
      data: { pickupPointsUnlinked: 1 },
    });
    expect(await prisma.deliveryZone.count({ where: { id: zone.id } })).toBe(0);
    expect((await prisma.pickupPoint.findUniqueOrThrow({ where: { id: point.id } })).zoneId).toBeNull();
    expect(await lastAudit(zone.id)).toMatchObject({
      action: "delivery_zone.delete",
      actorId: ops.id,
      data: { before: { slug: zone.slug, feeMinor: 4_000 }, pickupPointsUnlinked: 1 },
    });
    expect(await deleteDeliveryZoneAction({ id: zone.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("moves zones up and down in the checkout order, renumbering them, and refuses past the ends", async () => {
    await inRolledBackTransaction(prisma, async (tx) => {
      // Other test files add zones meanwhile: hold them off so the order is this test's.
      await tx.$executeRaw`LOCK TABLE "DeliveryZone" IN EXCLUSIVE MODE`;
      const a = await createTestZone({}, tx);
      const b = await createTestZone({}, tx);
      await tx.deliveryZone.update({ where: { id: a.id }, data: { position: 9_000 } });
      await tx.deliveryZone.update({ where: { id: b.id }, data: { position: 9_001 } });
      const order = async () =>
        (await tx.deliveryZone.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }, { id: "asc" }] })).map(
          (z) => z.id,
        );
      const n = (await order()).length;
      expect((await order()).slice(-2)).toEqual([a.id, b.id]);
      expect(await moveDeliveryZone({ id: b.id, direction: "up" }, tx)).toMatchObject({ from: n, to: n - 1 });
      expect((await order()).slice(-2)).toEqual([b.id, a.id]);
      // Every zone now has its own position 0…n-1, in the order checkout reads them.
      const positions = (await tx.deliveryZone.findMany({ orderBy: { position: "asc" } })).map((z) => z.position);
      expect(positions).toEqual([...Array(n).keys()]);
      expect((await listDeliveryZones(tx)).map((z) => z.id).filter((id) => id === a.id || id === b.id)).toEqual([
        b.id,
        a.id,
      ]);
      await expect(moveDeliveryZone({ id: a.id, direction: "down" }, tx)).rejects.toThrow(`${a.name} is already last.`);
      const first = (await order())[0]!;
      await expect(moveDeliveryZone({ id: first, direction: "up" }, tx)).rejects.toThrow("is already first.");
      expect(await moveDeliveryZone({ id: b.id, direction: "down" }, tx)).toMatchObject({ from: n - 1, to: n });
      expect((await order()).slice(-2)).toEqual([a.id, b.id]);
    });
  });

  it("the move action answers and audits the move", async () => {
    const zone = await createTestZone();
    caller = ops;
    const r = await moveDeliveryZoneAction({ id: zone.id, direction: "up" });
    // It may be first already if every other zone sorts after it; either way an answer, never a 500.
    if (r.ok) {
      expect(r.data.to).toBe(r.data.from - 1);
      expect(await lastAudit(zone.id)).toMatchObject({
        action: "delivery_zone.move",
        data: { after: { rank: r.data.to } },
      });
    } else {
      expect(r).toMatchObject({ code: "INVALID_STATE", message: `${zone.name} is already first.` });
    }
    expect(await moveDeliveryZoneAction({ id: zone.id, direction: "sideways" as never })).toMatchObject({
      ok: false,
      code: "BAD_REQUEST",
    });
  });
});

describe("pickup points", () => {
  it("creates a pickup point: phone in E.164, slug from the name, in a zone, audited", async () => {
    const zone = await createTestZone();
    caller = ops;
    const name = `Londom Hub ${uniq("hub")}`;
    const r = await savePickupPointAction({
      name,
      address: "14 Oxford Street, near the Koala",
      city: "Accra",
      phone: "024 123 4567",
      openingHours: "Mon–Sat 9:00–18:00",
      zoneId: zone.id,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const point = await prisma.pickupPoint.findUniqueOrThrow({ where: { id: r.data.point.id } });
    expect(point).toMatchObject({ name, phone: "+233241234567", zoneId: zone.id, isActive: true });
    expect(point.slug).toMatch(/^londom-hub-hub-/);
    expect((await listPickupPoints()).map((p) => p.id)).toContain(point.id);
    expect(await lastAudit(point.id)).toMatchObject({ action: "pickup_point.create", entityType: "PickupPoint" });

    const listed = await listPickupPointsAdmin({ q: name });
    expect(listed.rows).toHaveLength(1);
    expect(listed.rows[0]).toMatchObject({ zone: { id: zone.id, name: zone.name }, inUse: false });
  });

  it("answers field errors, refuses a clashing slug and an unknown zone", async () => {
    const other = await createTestPickupPoint();
    caller = ops;
    const bad = await savePickupPointAction({
      name: "",
      address: "x",
      city: "",
      phone: "12",
      openingHours: "",
      zoneId: "",
    });
    expect(bad).toMatchObject({ ok: false, code: "BAD_REQUEST" });
    if (!bad.ok)
      expect(bad.fieldErrors).toEqual({
        name: "Give the pickup point a name (at least 2 characters)",
        address: "Enter the street address customers go to",
        city: "Enter the city or town",
        phone: "Enter a Ghana number like 024 123 4567 or +233 24 123 4567",
        openingHours: "Say when customers can collect, e.g. Mon–Sat 9:00–18:00",
      });
    const valid = {
      name: "Madina Market",
      address: "Madina Zongo Junction",
      city: "Madina",
      phone: "0201234567",
      openingHours: "Daily 8–20",
    };
    const clash = await savePickupPointAction({ ...valid, slug: other.slug, zoneId: null });
    expect(clash).toMatchObject({
      ok: false,
      fieldErrors: {
        slug: `The slug "${other.slug}" is already used by the pickup point ${other.name}. Type another slug.`,
      },
    });
    const noZone = await savePickupPointAction({ ...valid, slug: uniq("madina"), zoneId: "no-such-zone" });
    expect(noZone).toMatchObject({ ok: false, fieldErrors: { zoneId: "That zone no longer exists. Choose another." } });
  });

  it("edits a pickup point and audits before and after", async () => {
    const point = await createTestPickupPoint();
    caller = ops;
    const r = await savePickupPointAction({
      id: point.id,
      name: point.name,
      address: "2 New Road",
      city: "Tema",
      phone: "+233 20 765 4321",
      openingHours: "Mon–Fri 10–16",
      zoneId: null,
    });
    expect(r).toMatchObject({ ok: true });
    expect(await prisma.pickupPoint.findUniqueOrThrow({ where: { id: point.id } })).toMatchObject({
      slug: point.slug,
      address: "2 New Road",
      city: "Tema",
      phone: "+233207654321",
    });
    expect(await lastAudit(point.id)).toMatchObject({
      action: "pickup_point.update",
      data: { before: { city: "Accra" }, after: { city: "Tema" } },
    });
  });

  it("refuses to delete a point an order chose; deactivating hides it from checkout", async () => {
    const s = await shopFor([{ stockOnHand: 5, priceMinor: 5_000 }]);
    await s.place([{ variantId: s.variants[0]!.id, quantity: 1 }]);
    caller = ops;
    expect(await deletePickupPointAction({ id: s.point.id })).toEqual({
      ok: false,
      code: "INVALID_STATE",
      message: `Pickup point ${s.point.name} is used by 1 order — deactivate it instead.`,
    });
    expect(await prisma.pickupPoint.count({ where: { id: s.point.id } })).toBe(1);
    expect((await listPickupPoints()).map((p) => p.id)).toContain(s.point.id);
    expect(await setPickupPointActiveAction({ id: s.point.id, isActive: false })).toMatchObject({ ok: true });
    expect((await listPickupPoints()).map((p) => p.id)).not.toContain(s.point.id);
    expect(await lastAudit(s.point.id)).toMatchObject({
      action: "pickup_point.deactivate",
      data: { before: { isActive: true }, after: { isActive: false }, usage: { orders: 1 } },
    });
    expect(await prisma.order.count({ where: { pickupPointId: s.point.id } })).toBe(1);
  });

  it("deletes an unused pickup point and audits it", async () => {
    const point = await createTestPickupPoint();
    caller = ops;
    expect(await deletePickupPointAction({ id: point.id })).toMatchObject({ ok: true });
    expect(await prisma.pickupPoint.count({ where: { id: point.id } })).toBe(0);
    expect(await lastAudit(point.id)).toMatchObject({
      action: "pickup_point.delete",
      data: { before: { slug: point.slug } },
    });
  });
});

describe("who may change zones and pickup points", () => {
  it.each([
    ["anonymous", null, "UNAUTHORIZED"],
    ["a customer", customer, "FORBIDDEN"],
    ["a vendor owner", vendorOwner, "FORBIDDEN"],
    ["a finance-only admin", finance, "FORBIDDEN"],
  ] as [string, TSessionUser | null, string][])(
    "%s is refused every action and nothing changes",
    async (_who, who, code) => {
      const zone = await createTestZone();
      const point = await createTestPickupPoint();
      const zoneCount = await prisma.deliveryZone.count({ where: { name: "Refused Zone" } });
      caller = who;
      const answers = await Promise.all([
        saveDeliveryZoneAction({ name: "Refused Zone", region: "Ashanti", fee: "10", etaDays: 1 }),
        saveDeliveryZoneAction({ id: zone.id, name: "Renamed", region: "Ashanti", fee: "99", etaDays: 1 }),
        setDeliveryZoneActiveAction({ id: zone.id, isActive: false }),
        moveDeliveryZoneAction({ id: zone.id, direction: "up" }),
        deleteDeliveryZoneAction({ id: zone.id }),
        savePickupPointAction({
          name: "Refused",
          address: "1 Road",
          city: "Accra",
          phone: "0241234567",
          openingHours: "9–5",
          zoneId: null,
        }),
        savePickupPointAction({
          id: point.id,
          name: "Renamed",
          address: "1 Road",
          city: "Accra",
          phone: "0241234567",
          openingHours: "9–5",
          zoneId: null,
        }),
        setPickupPointActiveAction({ id: point.id, isActive: false }),
        deletePickupPointAction({ id: point.id }),
      ]);
      for (const a of answers) expect(a).toMatchObject({ ok: false, code });
      expect(await prisma.deliveryZone.findUniqueOrThrow({ where: { id: zone.id } })).toMatchObject({
        name: zone.name,
        feeMinor: zone.feeMinor,
        isActive: true,
        position: zone.position,
      });
      expect(await prisma.pickupPoint.findUniqueOrThrow({ where: { id: point.id } })).toMatchObject({
        name: point.name,
        isActive: true,
      });
      expect(await prisma.deliveryZone.count({ where: { name: "Refused Zone" } })).toBe(zoneCount);
      expect(await prisma.auditLog.count({ where: { entityId: { in: [zone.id, point.id] } } })).toBe(0);
    },
  );
});

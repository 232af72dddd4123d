// prisma/seed.ts end to end: run it twice against a dedicated fresh database (so global
// counts mean something and other test files are not disturbed) and check the demo store
// it builds, and that the second run changes nothing.
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { verifyPassword } from "@/lib/auth/password";
import { readMedia } from "@/lib/storage/media";
import { ROOT, createDatabase, dropDatabase, migrateDeploy } from "../../scripts/db.ts";

const DAY = 86_400_000;
let adminUrl: string;
let dbName: string;
let dbUrl: string;
let db: PrismaClient;

function runSeed(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "prisma/seed.ts"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url, NODE_ENV: "development" },
    });
    let out = "";
    child.stdout.on("data", (d) => (out += String(d)));
    child.stderr.on("data", (d) => (out += String(d)));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`seed exited with ${code}:\n${out}`))));
  });
}

async function rowCounts() {
  const tables = [
    "User",
    "Address",
    "Origin",
    "Vendor",
    "VendorMembership",
    "PayoutRecipient",
    "Category",
    "Product",
    "ProductImage",
    "Variant",
    "InventoryMovement",
    "Batch",
    "BatchEvent",
    "DeliveryZone",
    "PickupPoint",
    "Order",
    "Payment",
    "Delivery",
    "DeliveryEvent",
  ];
  const counts: Record<string, number> = {};
  for (const t of tables) {
    const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${t}"`);
    counts[t] = Number(row!.n);
  }
  const [stock] = await db.$queryRawUnsafe<{ s: bigint }[]>(
    `SELECT coalesce(sum("stockOnHand"), 0) AS s FROM "Variant"`,
  );
  counts["sum(stockOnHand)"] = Number(stock!.s);
  return counts;
}

let firstRun: Record<string, number>;
let firstOutput: string;

beforeAll(async () => {
  const u = new URL(process.env.DATABASE_URL!);
  u.pathname = "/postgres";
  adminUrl = u.toString();
  dbName = `seed_test_${Date.now()}_${process.pid}`;
  dbUrl = await createDatabase(adminUrl, dbName);
  migrateDeploy(dbUrl);
  db = new PrismaClient({ adapter: new PrismaPg({ connectionString: dbUrl }) });
  firstOutput = await runSeed(dbUrl);
  firstRun = await rowCounts();
}, 240_000);

afterAll(async () => {
  await db?.$disconnect();
  if (dbName) await dropDatabase(adminUrl, dbName);
});

describe("prisma/seed.ts", () => {
  it("prints a summary", () => {
    expect(firstOutput).toMatch(/\[seed\] done in .* active products/);
  });

  it("builds vendors, a category tree with size charts and 80+ active products with images", async () => {
    expect(await db.vendor.count({ where: { status: "ACTIVE" } })).toBeGreaterThanOrEqual(5);
    expect(await db.category.count({ where: { parentId: null } })).toBeGreaterThanOrEqual(8);
    expect(await db.category.count({ where: { parentId: { not: null } } })).toBeGreaterThanOrEqual(16);
    const charts = await db.category.findMany({
      where: { slug: { in: ["womens-fashion", "mens-fashion", "shoes"] } },
      select: { sizeChart: true },
    });
    expect(charts).toHaveLength(3);
    for (const c of charts) expect(c.sizeChart).toMatchObject({ columns: expect.any(Array), rows: expect.any(Array) });

    const products = await db.product.findMany({
      where: { status: "ACTIVE" },
      select: { slug: true, images: { select: { url: true } }, _count: { select: { variants: true } } },
    });
    expect(products.length).toBeGreaterThanOrEqual(80);
    for (const p of products) {
      expect(p.images.length, p.slug).toBeGreaterThan(0);
      expect(p._count.variants, p.slug).toBeGreaterThan(0);
    }
    const file = await readMedia(products[0]!.images[0]!.url.replace(/^\/media\//, ""));
    expect(file?.contentType).toBe("image/webp");

    // In-stock units are explained by their movements (INITIAL, then the demo orders' SALEs);
    // pre-orders carry caps where set.
    const [stock] = await db.$queryRawUnsafe<{ on_hand: bigint; moved: bigint }[]>(
      `SELECT (SELECT sum("stockOnHand") FROM "Variant") AS on_hand, (SELECT sum(quantity) FROM "InventoryMovement") AS moved`,
    );
    expect(Number(stock!.moved)).toBe(Number(stock!.on_hand));
    expect(await db.variant.count({ where: { availability: "PRE_ORDER", batchCap: { not: null } } })).toBeGreaterThan(
      0,
    );
    expect(
      await db.variant.count({ where: { availability: "IN_STOCK", stockOnHand: { gt: 0, lte: 3 } } }),
    ).toBeGreaterThan(0);
    expect(await db.product.count({ where: { isFeatured: true } })).toBeGreaterThan(0);
  });

  it("opens a batch per origin with a cut-off 1–3 weeks ahead, and ships with carrier and tracking", async () => {
    const now = Date.now();
    const origins = await db.origin.findMany({
      select: {
        code: true,
        batches: { where: { status: "OPEN" }, select: { cutoffAt: true, arrivalWindowStart: true, minUnits: true } },
      },
    });
    expect(origins.map((o) => o.code).sort()).toEqual(["CAN", "DXB", "LDN", "MAN", "NYC"]);
    for (const o of origins) {
      expect(o.batches.length, o.code).toBeGreaterThan(0);
      for (const b of o.batches) {
        expect(b.cutoffAt.getTime() - now, o.code).toBeGreaterThanOrEqual(7 * DAY);
        expect(b.cutoffAt.getTime() - now, o.code).toBeLessThan(21 * DAY);
        expect(b.arrivalWindowStart.getTime()).toBeGreaterThan(b.cutoffAt.getTime());
        expect(b.minUnits).toBeGreaterThan(0);
      }
    }
    const inTransit = await db.batch.findMany({ where: { status: "IN_TRANSIT" } });
    expect(inTransit.length).toBeGreaterThanOrEqual(1);
    for (const b of inTransit)
      expect(b).toMatchObject({ carrier: expect.any(String), trackingNumber: expect.any(String) });
  });

  it("has a batch in every state, the moved ones carrying paid orders moved with them", async () => {
    const lines = (code: string) =>
      db.orderLine.findMany({
        where: { batch: { code } },
        select: { status: true, order: { select: { status: true } } },
      });
    const states = await db.batch.groupBy({ by: ["status"], _count: { _all: true } });
    expect(states.map((s) => s.status).sort()).toEqual(
      ["ARRIVED", "CANCELLED", "CLOSED", "COMPLETED", "DRAFT", "IN_TRANSIT", "OPEN"].sort(),
    );
    expect(await db.batch.findUniqueOrThrow({ where: { code: "MAN-AIR-GROUP1" } })).toMatchObject({
      status: "CLOSED",
      isBelowMinimum: true,
    });
    expect((await lines("DXB-AIR-TRANS1")).map((l) => l.status)).toEqual(["SHIPPED", "SHIPPED", "SHIPPED"]);
    expect(new Set((await lines("CAN-AIR-HUB01")).map((l) => l.status))).toEqual(new Set(["ARRIVED"]));
    expect((await lines("NYC-AIR-DONE01")).map((l) => [l.status, l.order.status])).toEqual([
      ["DELIVERED", "DELIVERED"],
    ]);
    expect((await lines("LDN-AIR-CANC01")).map((l) => [l.status, l.order.status])).toEqual([
      ["CANCELLED", "CANCELLED"],
      ["CANCELLED", "CANCELLED"],
    ]);
    const balanceDue = await db.order.count({
      where: { balanceDueMinor: { gt: 0 }, lines: { some: { batch: { code: "CAN-AIR-HUB01" } } } },
    });
    expect(balanceDue).toBe(1);
  });

  it("creates delivery zones with fees and pickup points", async () => {
    const zones = await db.deliveryZone.findMany({ select: { slug: true, feeMinor: true } });
    expect(zones.length).toBeGreaterThanOrEqual(8);
    expect(zones.map((z) => z.slug)).toEqual(
      expect.arrayContaining(["accra-central", "east-legon", "tema", "kasoa", "kumasi", "takoradi", "tamale"]),
    );
    for (const z of zones) expect(z.feeMinor).toBeGreaterThan(0);
    expect(await db.pickupPoint.count({ where: { isActive: true } })).toBeGreaterThanOrEqual(3);
  });

  it("pays demo orders of Ama's with a delivery in every state, carried by the demo rider", async () => {
    const rider = await db.user.findUniqueOrThrow({ where: { email: "rider@londom.test" } });
    expect(rider.roles).toEqual(["RIDER"]);
    const ama = await db.user.findUniqueOrThrow({ where: { email: "ama@londom.test" } });
    const demo = await db.delivery.findMany({
      where: { order: { customerId: ama.id } },
      select: { status: true, method: true, riderId: true, order: { select: { status: true } } },
    });
    expect(demo.map((d) => d.status).sort()).toEqual(
      ["DELIVERED", "FAILED", "OUT_FOR_DELIVERY", "PENDING", "RETURNED", "SCHEDULED"].sort(),
    );
    expect(demo.map((d) => d.method)).toContain("PICKUP");
    for (const d of demo.filter((x) => x.status !== "PENDING")) expect(d.riderId).toBe(rider.id);
    expect(demo.find((d) => d.status === "DELIVERED")?.order.status).toBe("DELIVERED");
  });

  it("creates the demo accounts with their roles, memberships and addresses", async () => {
    const user = (email: string) =>
      db.user.findUniqueOrThrow({
        where: { email },
        omit: { passwordHash: false },
        include: { membership: { include: { vendor: true } }, addresses: true },
      });
    const admin = await user("admin@londom.test");
    expect(admin).toMatchObject({ roles: ["ADMIN"], adminPermissions: ["SUPERADMIN"] });
    expect(await verifyPassword("password123", admin.passwordHash)).toBe(true);
    expect(await user("ops@londom.test")).toMatchObject({ roles: ["ADMIN"], adminPermissions: ["OPS"] });
    expect(await user("finance@londom.test")).toMatchObject({ roles: ["ADMIN"], adminPermissions: ["FINANCE"] });
    for (const [email, name] of [
      ["customer@londom.test", "Kofi Mensah"],
      ["ama@londom.test", "Ama Owusu"],
    ] as const) {
      const c = await user(email);
      expect(c).toMatchObject({ name, roles: ["CUSTOMER"] });
      expect(c.addresses).toEqual([expect.objectContaining({ isDefault: true, zoneId: expect.any(String) })]);
    }
    const vendors = await db.vendor.findMany({ select: { slug: true } });
    for (const v of vendors) {
      const owner = await user(`owner@${v.slug}.test`);
      expect(owner.roles).toContain("VENDOR");
      expect([owner.membership?.vendor.slug, owner.membership?.role]).toEqual([v.slug, "OWNER"]);
    }
    const staff = await user("staff@kingsway-london.test");
    expect([staff.membership?.vendor.slug, staff.membership?.role]).toEqual(["kingsway-london", "STAFF"]);
  });

  it("changes nothing when run a second time", async () => {
    const out = await runSeed(dbUrl);
    expect(out).toMatch(/\(0 new\)/);
    expect(await rowCounts()).toEqual(firstRun);
  }, 240_000);
});

import "server-only";
import { type Db, type Prisma, prisma } from "@/lib/db";
import { ZZoneListFilters, type TZoneListFilters } from "@/lib/deliveries/schemas";
import { DELIVERY_ZONE_RECORD, type TDeliveryZoneRecord } from "@/lib/deliveries/record-selects";
import { isInUse, type TZoneUsage } from "@/lib/deliveries/usage-text";

export type TAdminDeliveryZone = TDeliveryZoneRecord & {
  usage: TZoneUsage;
  inUse: boolean;
  /** Where it sits in the checkout order among all zones (1-based), and whether it can move. */
  rank: number;
  isFirst: boolean;
  isLast: boolean;
};

/**
 * Every delivery zone for /admin/deliveries/zones, in the order checkout shows them, with
 * how much each is used and the counts per status (which ignore the status filter). Zones
 * are a short list (tens), so it is one page.
 */
export async function listDeliveryZonesAdmin(filters: TZoneListFilters = {}, db: Db = prisma) {
  const f = ZZoneListFilters.parse(filters);
  const all = await db.deliveryZone.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }, { id: "asc" }],
    select: { id: true, isActive: true },
  });
  const rankOf = new Map(all.map((z, i) => [z.id, i]));
  const search: Prisma.DeliveryZoneWhereInput = f.q
    ? {
        OR: [
          { name: { contains: f.q, mode: "insensitive" } },
          { slug: { contains: f.q, mode: "insensitive" } },
          { region: { contains: f.q, mode: "insensitive" } },
        ],
      }
    : {};
  const [rows, active, inactive] = await Promise.all([
    db.deliveryZone.findMany({
      where: { ...search, ...(f.status ? { isActive: f.status === "active" } : {}) },
      orderBy: [{ position: "asc" }, { name: "asc" }, { id: "asc" }],
      select: {
        ...DELIVERY_ZONE_RECORD,
        _count: { select: { orders: true, deliveries: true, addresses: true, pickupPoints: true } },
      },
    }),
    db.deliveryZone.count({ where: { ...search, isActive: true } }),
    db.deliveryZone.count({ where: { ...search, isActive: false } }),
  ]);
  return {
    rows: rows.map(({ _count, ...z }): TAdminDeliveryZone => {
      const rank = rankOf.get(z.id) ?? 0;
      return {
        ...z,
        usage: _count,
        inUse: isInUse(_count),
        rank: rank + 1,
        isFirst: rank === 0,
        isLast: rank === all.length - 1,
      };
    }),
    counts: { all: active + inactive, active, inactive },
    /** Zones that exist at all (an empty list with filters is not an empty list). */
    total: all.length,
  };
}

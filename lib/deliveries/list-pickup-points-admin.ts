import "server-only";
import { type Db, type Prisma, prisma } from "@/lib/db";
import { ZZoneListFilters, type TZoneListFilters } from "@/lib/deliveries/schemas";
import { PICKUP_POINT_DETAILS, type TPickupPointDetails } from "@/lib/deliveries/record-selects";
import { isInUse, type TPickupPointUsage } from "@/lib/deliveries/usage-text";

export type TAdminPickupPoint = TPickupPointDetails & {
  zone: { id: string; name: string; isActive: boolean } | null;
  usage: TPickupPointUsage;
  inUse: boolean;
};

/**
 * Every pickup point for /admin/deliveries/pickup-points, in the order checkout lists them
 * (city, then name), with how much each is used, the counts per status (ignoring the status
 * filter) and the zones a point can sit in. A short list, so one page.
 */
export async function listPickupPointsAdmin(filters: TZoneListFilters = {}, db: Db = prisma) {
  const f = ZZoneListFilters.parse(filters);
  const search: Prisma.PickupPointWhereInput = f.q
    ? {
        OR: [
          { name: { contains: f.q, mode: "insensitive" } },
          { slug: { contains: f.q, mode: "insensitive" } },
          { city: { contains: f.q, mode: "insensitive" } },
          { address: { contains: f.q, mode: "insensitive" } },
          { zone: { name: { contains: f.q, mode: "insensitive" } } },
        ],
      }
    : {};
  const [rows, active, inactive, total, zones] = await Promise.all([
    db.pickupPoint.findMany({
      where: { ...search, ...(f.status ? { isActive: f.status === "active" } : {}) },
      orderBy: [{ city: "asc" }, { name: "asc" }, { id: "asc" }],
      select: {
        ...PICKUP_POINT_DETAILS,
        zone: { select: { id: true, name: true, isActive: true } },
        _count: { select: { orders: true, deliveries: true } },
      },
    }),
    db.pickupPoint.count({ where: { ...search, isActive: true } }),
    db.pickupPoint.count({ where: { ...search, isActive: false } }),
    db.pickupPoint.count(),
    db.deliveryZone.findMany({
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, name: true, isActive: true },
    }),
  ]);
  return {
    rows: rows.map(({ _count, ...p }): TAdminPickupPoint => ({ ...p, usage: _count, inUse: isInUse(_count) })),
    counts: { all: active + inactive, active, inactive },
    total,
    zones,
  };
}

import "server-only";
import { type Db, prisma } from "@/lib/db";

export type TRiderOption = { id: string; name: string };

/**
 * Who can carry a delivery (the same rule scheduleDelivery checks): active users with the
 * RIDER role, or admins with the OPS or SUPERADMIN permission. By name.
 */
export async function listRiders(db: Db = prisma): Promise<TRiderOption[]> {
  return db.user.findMany({
    where: {
      status: "ACTIVE",
      OR: [
        { roles: { has: "RIDER" } },
        { roles: { has: "ADMIN" }, adminPermissions: { hasSome: ["OPS", "SUPERADMIN"] } },
      ],
    },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

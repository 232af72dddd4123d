import "server-only";
import { AppError } from "@/lib/errors";
import { type Db, inTransaction, prisma } from "@/lib/db";
import type { MembershipRole } from "@/lib/generated/prisma/enums";

/**
 * Makes a user a member (OWNER or STAFF) of a vendor and gives them the VENDOR role.
 * Idempotent: an existing membership is updated to the given role.
 */
export async function addVendorMember(
  args: { vendorId: string; userId: string; role: MembershipRole },
  db: Db = prisma,
) {
  return inTransaction(db, async (tx) => {
    const user = await tx.user.findUnique({ where: { id: args.userId }, select: { id: true, roles: true } });
    if (!user) throw new AppError("NOT_FOUND", "User not found.");
    if (!user.roles.includes("VENDOR")) {
      await tx.user.update({ where: { id: user.id }, data: { roles: { push: "VENDOR" } } });
    }
    return tx.vendorMembership.upsert({
      where: { userId_vendorId: { userId: args.userId, vendorId: args.vendorId } },
      create: { userId: args.userId, vendorId: args.vendorId, role: args.role },
      update: { role: args.role },
      select: { id: true, userId: true, vendorId: true, role: true },
    });
  });
}

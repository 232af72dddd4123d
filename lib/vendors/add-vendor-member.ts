import "server-only";
import { AppError } from "@/lib/errors";
import { type Db, inTransaction, prisma } from "@/lib/db";
import type { MembershipRole } from "@/lib/generated/prisma/enums";

/**
 * Makes a user a member (OWNER or STAFF) of a vendor and gives them the VENDOR role.
 * Idempotent: an existing membership of this vendor is updated to the given role. A user
 * works for one vendor only: a member of another vendor is CONFLICT.
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
    const current = await tx.vendorMembership.findUnique({
      where: { userId: args.userId },
      select: { vendorId: true },
    });
    if (current && current.vendorId !== args.vendorId)
      throw new AppError("CONFLICT", "This person already works for another vendor on Londom.");
    return tx.vendorMembership.upsert({
      where: { userId: args.userId },
      create: { userId: args.userId, vendorId: args.vendorId, role: args.role },
      update: { role: args.role },
      select: { id: true, userId: true, vendorId: true, role: true },
    });
  });
}

import "server-only";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockVendor } from "@/lib/vendors/lock-vendor";

// The owner removes a member of their own shop. Never themselves and never the last owner (a
// shop always has someone who can reach its payouts and settings). The person loses the
// VENDOR role with the membership; their customer account stays.

export type TRemovedMember = { membershipId: string; userId: string; email: string; name: string; role: string };

export async function removeVendorMember(
  { vendorId, actorId, membershipId }: { vendorId: string; actorId: string; membershipId: string },
  db: Db = prisma,
): Promise<TRemovedMember> {
  return inTransaction(db, async (tx) => {
    await lockVendor(tx, vendorId);
    const member = await tx.vendorMembership.findFirst({
      where: { id: membershipId, vendorId },
      select: { id: true, role: true, user: { select: { id: true, email: true, name: true, roles: true } } },
    });
    if (!member) throw new AppError("NOT_FOUND", "Team member not found.");
    if (member.user.id === actorId) throw new AppError("INVALID_STATE", "You cannot remove yourself from your shop.");
    if (member.role === "OWNER") {
      const owners = await tx.vendorMembership.count({ where: { vendorId, role: "OWNER" } });
      if (owners <= 1) throw new AppError("INVALID_STATE", "A shop keeps at least one owner.");
    }
    await tx.vendorMembership.delete({ where: { id: member.id }, select: { id: true } });
    await tx.user.update({
      where: { id: member.user.id },
      data: { roles: member.user.roles.filter((r) => r !== "VENDOR") },
      select: { id: true },
    });
    return {
      membershipId: member.id,
      userId: member.user.id,
      email: member.user.email,
      name: member.user.name,
      role: member.role,
    };
  });
}

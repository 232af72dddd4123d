import "server-only";
import { type Db, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

export type TRevokedInvite = { inviteId: string; email: string };

/** The owner withdraws a pending invite of their own shop (another shop's invite: not found). */
export async function revokeVendorInvite(
  { vendorId, inviteId, now = new Date() }: { vendorId: string; inviteId: string; now?: Date },
  db: Db = prisma,
): Promise<TRevokedInvite> {
  const { count } = await db.vendorInvite.updateMany({
    where: { id: inviteId, vendorId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  const invite = await db.vendorInvite.findFirst({
    where: { id: inviteId, vendorId },
    select: { email: true, acceptedAt: true },
  });
  if (!invite) throw new AppError("NOT_FOUND", "Invitation not found.");
  if (count !== 1)
    throw new AppError(
      "INVALID_STATE",
      invite.acceptedAt
        ? `${invite.email} already accepted this invitation.`
        : "This invitation was already withdrawn.",
    );
  return { inviteId, email: invite.email };
}

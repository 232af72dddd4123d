import "server-only";
import { addDays } from "date-fns";
import { type Db, inTransaction, prisma } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { enqueueNotification } from "@/lib/notifications/enqueue";
import { hashInviteToken, newInviteToken } from "@/lib/vendors/invite-token";
import { lockVendor } from "@/lib/vendors/lock-vendor";
import { INVITE_TTL_DAYS, MAX_PENDING_INVITES, ZInviteStaffInput } from "@/lib/vendors/settings-schemas";

// The owner invites a staff member by email: a one-time link (/invite/<token>) valid 7 days.
// Only the token's SHA-256 is stored on the invite; the link itself exists only in the email
// (the outbox row that carries it to Postmark). Inviting the same address again revokes the
// earlier pending invite, so only the newest link works.

export type TInvitedStaff = { inviteId: string; email: string; expiresAt: Date; revokedPrevious: number };

export async function inviteVendorStaff(
  { vendorId, inviterId, input, now = new Date() }: { vendorId: string; inviterId: string; input: unknown; now?: Date },
  db: Db = prisma,
): Promise<TInvitedStaff> {
  const { email } = ZInviteStaffInput.parse(input);
  const token = newInviteToken();
  const expiresAt = addDays(now, INVITE_TTL_DAYS);
  return inTransaction(db, async (tx) => {
    await lockVendor(tx, vendorId);
    const [vendor, inviter, member] = await Promise.all([
      tx.vendor.findUniqueOrThrow({ where: { id: vendorId }, select: { name: true, status: true } }),
      tx.user.findUnique({ where: { id: inviterId }, select: { name: true } }),
      tx.vendorMembership.findFirst({
        where: { vendorId, user: { email: { equals: email, mode: "insensitive" } } },
        select: { id: true },
      }),
    ]);
    if (vendor.status !== "ACTIVE" && vendor.status !== "SUSPENDED")
      throw new AppError("INVALID_STATE", "You can invite staff once your shop is approved.");
    if (member) throw new AppError("CONFLICT", `${email} is already on your team.`);

    const revoked = await tx.vendorInvite.updateMany({
      where: { vendorId, email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    const pending = await tx.vendorInvite.count({
      where: { vendorId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    });
    if (pending >= MAX_PENDING_INVITES)
      throw new AppError(
        "CONFLICT",
        `You have ${pending} invitations waiting. Revoke some before inviting more people.`,
      );
    const invite = await tx.vendorInvite.create({
      data: { vendorId, email, role: "STAFF", tokenHash: hashInviteToken(token), invitedById: inviterId, expiresAt },
      select: { id: true },
    });
    await enqueueNotification(
      {
        vendorId,
        channel: "EMAIL",
        topic: "ACCOUNT",
        templateKey: "vendor.staff_invite",
        recipient: email,
        data: {
          vendorName: vendor.name,
          inviterName: inviter?.name ?? vendor.name,
          acceptUrl: `${serverEnv().APP_URL}/invite/${token}`,
          expiresAt: expiresAt.toISOString(),
        },
        dedupeKey: `vendor.staff_invite:${invite.id}`,
      },
      tx,
    );
    return { inviteId: invite.id, email, expiresAt, revokedPrevious: revoked.count };
  });
}

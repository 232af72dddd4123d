import "server-only";
import { type Db, inTransaction, isUniqueViolation, Prisma, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashInviteToken } from "@/lib/vendors/invite-token";
import { inviteState } from "@/lib/vendors/get-vendor-invite";
import { ZInviteTokenInput } from "@/lib/vendors/settings-schemas";

// The invitee (signed in) accepts an invite: one transaction under the invite's row lock, so
// two accepts of one link make one membership (the second finds it used). The signed-in
// account must be the invited address, and a person works for one vendor only.

export type TAcceptedInvite = { vendorId: string; vendorName: string; membershipId: string; inviteId: string };

const REFUSED: Record<Exclude<ReturnType<typeof inviteState>, "VALID">, string> = {
  ACCEPTED: "This invitation was already used. Ask the shop owner for a new one if you still need access.",
  REVOKED: "This invitation was withdrawn. Ask the shop owner for a new one.",
  EXPIRED: "This invitation has expired. Ask the shop owner to send a new one.",
};

export async function acceptVendorInvite(
  { token, userId, now = new Date() }: { token: string; userId: string; now?: Date },
  db: Db = prisma,
): Promise<TAcceptedInvite> {
  const parsed = ZInviteTokenInput.safeParse({ token });
  if (!parsed.success) throw new AppError("NOT_FOUND", "This invitation link is not valid.");
  const tokenHash = hashInviteToken(parsed.data.token);
  try {
    return await inTransaction(db, async (tx) => {
      const locked = await tx.$queryRaw<{ id: string }[]>(
        Prisma.sql`SELECT "id" FROM "VendorInvite" WHERE "tokenHash" = ${tokenHash} FOR UPDATE`,
      );
      const id = locked[0]?.id;
      if (!id) throw new AppError("NOT_FOUND", "This invitation link is not valid.");
      const invite = await tx.vendorInvite.findUniqueOrThrow({
        where: { id },
        select: {
          id: true,
          vendorId: true,
          email: true,
          role: true,
          expiresAt: true,
          acceptedAt: true,
          revokedAt: true,
          vendor: { select: { name: true, status: true } },
        },
      });
      const state = inviteState(invite, now);
      if (state !== "VALID") throw new AppError(state === "EXPIRED" ? "INVALID_STATE" : "CONFLICT", REFUSED[state]);

      const user = await tx.user.findUnique({
        where: { id: userId },
        select: {
          email: true,
          roles: true,
          membership: { select: { vendorId: true, vendor: { select: { name: true } } } },
        },
      });
      if (!user) throw new AppError("UNAUTHORIZED");
      if (user.email.toLowerCase() !== invite.email.toLowerCase())
        throw new AppError(
          "FORBIDDEN",
          `This invitation is for ${invite.email}, and you are signed in as ${user.email}. Sign out and sign in (or create an account) with ${invite.email}.`,
        );
      if (user.membership)
        throw new AppError(
          "CONFLICT",
          user.membership.vendorId === invite.vendorId
            ? `You are already on the ${invite.vendor.name} team.`
            : `You already work for ${user.membership.vendor.name} on Londom: an account can belong to one shop only. Use another account for this invitation.`,
        );

      const membership = await tx.vendorMembership.create({
        data: { userId, vendorId: invite.vendorId, role: invite.role },
        select: { id: true },
      });
      if (!user.roles.includes("VENDOR"))
        await tx.user.update({ where: { id: userId }, data: { roles: { push: "VENDOR" } }, select: { id: true } });
      await tx.vendorInvite.update({
        where: { id: invite.id },
        data: { acceptedAt: now, acceptedById: userId },
        select: { id: true },
      });
      return {
        vendorId: invite.vendorId,
        vendorName: invite.vendor.name,
        membershipId: membership.id,
        inviteId: invite.id,
      };
    });
  } catch (e) {
    // Two different invites accepted at once by one account: VendorMembership.userId is unique.
    if (isUniqueViolation(e))
      throw new AppError("CONFLICT", "Your account just joined a shop from another tab. Reload the page.", {
        cause: e,
      });
    throw e;
  }
}

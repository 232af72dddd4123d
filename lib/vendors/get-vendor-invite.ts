import "server-only";
import { type Db, prisma } from "@/lib/db";
import { hashInviteToken } from "@/lib/vendors/invite-token";
import { ZInviteTokenInput } from "@/lib/vendors/settings-schemas";

export type TInviteState = "VALID" | "EXPIRED" | "ACCEPTED" | "REVOKED";

export type TVendorInviteView = {
  state: TInviteState;
  email: string;
  vendorName: string;
  vendorSlug: string;
  inviterName: string | null;
  expiresAt: Date;
};

export function inviteState(
  invite: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date; vendor: { status: string } },
  now: Date,
): TInviteState {
  if (invite.acceptedAt) return "ACCEPTED";
  if (invite.revokedAt || invite.vendor.status === "REJECTED" || invite.vendor.status === "PENDING") return "REVOKED";
  if (invite.expiresAt <= now) return "EXPIRED";
  return "VALID";
}

/** What the /invite/<token> page shows, or null for a token that was never issued. */
export async function getVendorInviteByToken(
  { token, now = new Date() }: { token: string; now?: Date },
  db: Db = prisma,
): Promise<TVendorInviteView | null> {
  const parsed = ZInviteTokenInput.safeParse({ token });
  if (!parsed.success) return null;
  const invite = await db.vendorInvite.findUnique({
    where: { tokenHash: hashInviteToken(parsed.data.token) },
    select: {
      email: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      invitedById: true,
      vendor: { select: { name: true, slug: true, status: true } },
    },
  });
  if (!invite) return null;
  const inviter = invite.invitedById
    ? await db.user.findUnique({ where: { id: invite.invitedById }, select: { name: true } })
    : null;
  return {
    state: inviteState(invite, now),
    email: invite.email,
    vendorName: invite.vendor.name,
    vendorSlug: invite.vendor.slug,
    inviterName: inviter?.name ?? null,
    expiresAt: invite.expiresAt,
  };
}

import "server-only";
import { type Db, prisma } from "@/lib/db";
import type { MembershipRole } from "@/lib/generated/prisma/enums";

export type TVendorTeam = {
  members: {
    membershipId: string;
    userId: string;
    name: string;
    email: string;
    role: MembershipRole;
    joinedAt: Date;
  }[];
  /** Invites neither accepted nor revoked, newest first (expired ones too, marked by expiresAt). */
  invites: { inviteId: string; email: string; sentAt: Date; expiresAt: Date }[];
};

const MAX_LISTED_INVITES = 50;

/** The shop's members and its pending invitations. */
export async function listVendorTeam({ vendorId }: { vendorId: string }, db: Db = prisma): Promise<TVendorTeam> {
  const [members, invites] = await Promise.all([
    db.vendorMembership.findMany({
      where: { vendorId },
      orderBy: [{ role: "asc" }, { createdAt: "asc" }], // OWNER before STAFF (enum order),
      select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
    }),
    db.vendorInvite.findMany({
      where: { vendorId, acceptedAt: null, revokedAt: null },
      orderBy: { createdAt: "desc" },
      take: MAX_LISTED_INVITES,
      select: { id: true, email: true, createdAt: true, expiresAt: true },
    }),
  ]);
  return {
    members: members.map((m) => ({
      membershipId: m.id,
      userId: m.user.id,
      name: m.user.name,
      email: m.user.email,
      role: m.role,
      joinedAt: m.createdAt,
    })),
    invites: invites.map((i) => ({ inviteId: i.id, email: i.email, sentAt: i.createdAt, expiresAt: i.expiresAt })),
  };
}

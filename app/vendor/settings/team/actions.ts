"use server";
// The shop's team (/vendor/settings/team): owners only (vendor:members:manage). Every id is
// looked up within the session's own vendor: another shop's invite or member is "not found".
import { action } from "@/lib/http/action";
import { inviteVendorStaff } from "@/lib/vendors/invite-vendor-staff";
import { removeVendorMember } from "@/lib/vendors/remove-vendor-member";
import { revokeVendorInvite } from "@/lib/vendors/revoke-vendor-invite";
import { ZInviteIdInput, ZInviteStaffInput, ZMembershipIdInput } from "@/lib/vendors/settings-schemas";

const TEAM = ["/vendor/settings/team"];

export const inviteVendorStaffAction = action(
  {
    permission: "vendor:members:manage",
    input: ZInviteStaffInput,
    revalidate: TEAM,
    audit: (_input, r: Awaited<ReturnType<typeof inviteVendorStaff>>) => ({
      action: "vendor.invite.create",
      entityType: "VendorInvite",
      entityId: r.inviteId,
      data: { email: r.email, expiresAt: r.expiresAt.toISOString(), revokedPrevious: r.revokedPrevious },
    }),
  },
  async (input, { user, vendor }) => {
    const r = await inviteVendorStaff({ vendorId: vendor.vendorId, inviterId: user.id, input });
    return { ...r, expiresAt: r.expiresAt };
  },
);

export const revokeVendorInviteAction = action(
  {
    permission: "vendor:members:manage",
    input: ZInviteIdInput,
    revalidate: TEAM,
    audit: (_input, r: Awaited<ReturnType<typeof revokeVendorInvite>>) => ({
      action: "vendor.invite.revoke",
      entityType: "VendorInvite",
      entityId: r.inviteId,
      data: { email: r.email },
    }),
  },
  async ({ inviteId }, { vendor }) => revokeVendorInvite({ vendorId: vendor.vendorId, inviteId }),
);

export const removeVendorMemberAction = action(
  {
    permission: "vendor:members:manage",
    input: ZMembershipIdInput,
    revalidate: TEAM,
    audit: (_input, r: Awaited<ReturnType<typeof removeVendorMember>> & { vendorId: string }) => ({
      action: "vendor.member.remove",
      entityType: "Vendor",
      entityId: r.vendorId,
      before: { userId: r.userId, email: r.email, role: r.role },
    }),
  },
  async ({ membershipId }, { user, vendor }) => ({
    ...(await removeVendorMember({ vendorId: vendor.vendorId, actorId: user.id, membershipId })),
    vendorId: vendor.vendorId,
  }),
);

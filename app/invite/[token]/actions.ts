"use server";
// /invite/<token>: the signed-in invitee joins the shop as staff (any signed-in account may
// try; the use case checks the link and that the account is the invited address).
import { action } from "@/lib/http/action";
import { acceptVendorInvite } from "@/lib/vendors/accept-vendor-invite";
import { ZInviteTokenInput } from "@/lib/vendors/settings-schemas";

export const acceptVendorInviteAction = action(
  {
    permission: "account:write",
    input: ZInviteTokenInput,
    audit: (_input, r: Awaited<ReturnType<typeof acceptVendorInvite>>) => ({
      action: "vendor.invite.accept",
      entityType: "VendorInvite",
      entityId: r.inviteId,
      data: { vendorId: r.vendorId, membershipId: r.membershipId },
    }),
  },
  async ({ token }, { user }) => {
    const r = await acceptVendorInvite({ token, userId: user.id });
    return { ...r };
  },
);

"use server";
// Vendor decisions from /admin/vendors (ops and superadmins). Each goes through its lib/vendors
// use case (the status change is a guarded update: a second admin deciding at once is refused)
// and is written to the audit log, which the vendor's page shows as its history.
import { z } from "zod";
import { action } from "@/lib/http/action";
import { approveVendor } from "@/lib/vendors/approve-vendor";
import { reactivateVendor } from "@/lib/vendors/reactivate-vendor";
import { retryVendorPayoutRecipient } from "@/lib/vendors/register-vendor-payout-recipient";
import { rejectVendor } from "@/lib/vendors/reject-vendor";
import { setVendorFee } from "@/lib/vendors/set-vendor-fee";
import { ZFeePercent, ZVendorReason } from "@/lib/vendors/statuses";
import { suspendVendor } from "@/lib/vendors/suspend-vendor";

const ZVendorId = z.string({ error: "Vendor not found." }).min(1, "Vendor not found.").max(40);
const ZWithFee = z.object({ vendorId: ZVendorId, feePercent: ZFeePercent });
const ZWithReason = z.object({ vendorId: ZVendorId, reason: ZVendorReason });
const ZVendorOnly = z.object({ vendorId: ZVendorId });

const paths = ({ vendorId }: { vendorId: string }) => ["/admin/vendors", `/admin/vendors/${vendorId}`];

type TApproved = { feeBps: number | null; before: { status: string }; recipientError: string | null };

export const approveVendorAction = action(
  {
    permission: "admin:vendors",
    input: ZWithFee,
    revalidate: paths,
    audit: ({ vendorId }, r: TApproved) => ({
      action: "vendor.approve",
      entityType: "Vendor",
      entityId: vendorId,
      before: r.before,
      after: { status: "ACTIVE", feeBps: r.feeBps },
      data: { payoutRegistered: r.recipientError === null, ...(r.recipientError ? { error: r.recipientError } : {}) },
    }),
  },
  async ({ vendorId, feePercent }, { user }): Promise<TApproved> => {
    const r = await approveVendor({ vendorId, feeBps: feePercent, actorId: user.id });
    return {
      feeBps: r.feeBps,
      before: { status: r.before.status },
      recipientError: r.recipient.registered ? null : r.recipient.error,
    };
  },
);

export const rejectVendorAction = action(
  {
    permission: "admin:vendors",
    input: ZWithReason,
    revalidate: paths,
    audit: ({ vendorId, reason }, r: { before: { status: string } }) => ({
      action: "vendor.reject",
      entityType: "Vendor",
      entityId: vendorId,
      before: { status: r.before.status },
      after: { status: "REJECTED" },
      data: { reason },
    }),
  },
  async ({ vendorId, reason }, { user }) => {
    const r = await rejectVendor({ vendorId, reason, actorId: user.id });
    return { before: { status: r.before.status } };
  },
);

type TSuspended = { before: { status: string }; expiredOrders: number; paidOrdersToFulfil: number };

export const suspendVendorAction = action(
  {
    permission: "admin:vendors",
    input: ZWithReason,
    revalidate: paths,
    audit: ({ vendorId, reason }, r: TSuspended) => ({
      action: "vendor.suspend",
      entityType: "Vendor",
      entityId: vendorId,
      before: r.before,
      after: { status: "SUSPENDED" },
      data: { reason, expiredOrders: r.expiredOrders, paidOrdersToFulfil: r.paidOrdersToFulfil },
    }),
  },
  async ({ vendorId, reason }): Promise<TSuspended> => {
    const r = await suspendVendor({ vendorId, reason });
    return {
      before: { status: r.before.status },
      expiredOrders: r.expiredOrders,
      paidOrdersToFulfil: r.paidOrdersToFulfil,
    };
  },
);

export const reactivateVendorAction = action(
  {
    permission: "admin:vendors",
    input: ZVendorOnly,
    revalidate: paths,
    audit: ({ vendorId }, r: { before: { status: string } }) => ({
      action: "vendor.reactivate",
      entityType: "Vendor",
      entityId: vendorId,
      before: r.before,
      after: { status: "ACTIVE" },
    }),
  },
  async ({ vendorId }) => {
    const r = await reactivateVendor({ vendorId });
    return { before: { status: r.before.status } };
  },
);

type TFeeSet = { before: { feeBps: number | null }; feeBps: number | null };

export const setVendorFeeAction = action(
  {
    permission: "admin:vendors",
    input: ZWithFee,
    revalidate: paths,
    audit: ({ vendorId }, r: TFeeSet) => ({
      action: "vendor.fee.set",
      entityType: "Vendor",
      entityId: vendorId,
      before: r.before,
      after: { feeBps: r.feeBps },
    }),
  },
  async ({ vendorId, feePercent }): Promise<TFeeSet> => {
    const r = await setVendorFee({ vendorId, feeBps: feePercent });
    return { before: r.before, feeBps: r.feeBps };
  },
);

export const retryVendorPayoutRecipientAction = action(
  {
    permission: "admin:vendors",
    input: ZVendorOnly,
    revalidate: paths,
    audit: ({ vendorId }, r: { recipientCode: string }) => ({
      action: "vendor.payout_account.register",
      entityType: "Vendor",
      entityId: vendorId,
      after: { recipientCode: r.recipientCode },
    }),
  },
  async ({ vendorId }) => {
    const r = await retryVendorPayoutRecipient({ vendorId });
    return { recipientCode: r.recipientCode };
  },
);

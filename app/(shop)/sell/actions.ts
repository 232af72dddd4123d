"use server";

import { action } from "@/lib/http/action";
import {
  submitVendorApplication,
  ZVendorApplicationInput,
  type TSubmittedApplication,
} from "@/lib/vendors/submit-vendor-application";

/** /sell: apply (or, after a rejection, apply again) to sell on Londom. */
export const submitVendorApplicationAction = action(
  {
    permission: "sell:apply",
    input: ZVendorApplicationInput,
    revalidate: ["/sell"],
    audit: (input, r: TSubmittedApplication) => ({
      action: "vendor.apply",
      entityType: "Vendor",
      entityId: r.vendorId,
      data: { reapplied: r.reapplied, businessName: input.businessName },
    }),
  },
  (input, { user }) => submitVendorApplication({ userId: user.id, application: input }),
);

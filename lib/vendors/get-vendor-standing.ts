import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import type { VendorStatus } from "@/lib/generated/prisma/enums";

export type TVendorStanding = { status: VendorStatus; suspensionReason: string | null; suspendedAt: Date | null };

/**
 * A vendor's status as the vendor dashboard gate and its suspension banner need it; read once
 * per request (the guard and the layout share it).
 */
export const getVendorStanding = cache(async (vendorId: string): Promise<TVendorStanding | null> => {
  return prisma.vendor.findUnique({
    where: { id: vendorId },
    select: { status: true, suspensionReason: true, suspendedAt: true },
  });
});

import "server-only";
import type { Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { VENDOR_STATE_WORD, VENDOR_TRANSITIONS } from "@/lib/vendors/statuses";

export type TVendorDecision = keyof typeof VENDOR_TRANSITIONS;

const VERB: Record<TVendorDecision, string> = {
  approve: "approved",
  reject: "rejected",
  suspend: "suspended",
  reactivate: "reactivated",
  reapply: "sent back for review",
};

const NEEDS: Record<TVendorDecision, string> = {
  approve: "an application",
  reject: "an application",
  suspend: "an active vendor",
  reactivate: "a suspended vendor",
  reapply: "a rejected application",
};

export type TMovedVendor = {
  id: string;
  name: string;
  status: string;
  feeBps: number | null;
  before: { status: string; feeBps: number | null };
};

/**
 * One vendor status change inside the caller's transaction: a conditional UPDATE from the
 * decision's allowed states (two admins deciding at once: the second gets INVALID_STATE, never
 * a silent overwrite). Unknown vendor → NOT_FOUND; any other state → INVALID_STATE naming it.
 */
export async function moveVendorStatus(
  tx: Prisma.TransactionClient,
  {
    vendorId,
    decision,
    data,
  }: { vendorId: string; decision: TVendorDecision; data: Prisma.VendorUpdateManyMutationInput },
): Promise<TMovedVendor> {
  const t = VENDOR_TRANSITIONS[decision];
  const before = await tx.vendor.findUnique({
    where: { id: vendorId },
    select: { status: true, feeBps: true, name: true },
  });
  if (!before) throw new AppError("NOT_FOUND", "Vendor not found.");
  const moved = await tx.vendor.updateMany({
    where: { id: vendorId, status: { in: [...t.from] } },
    data: { ...data, status: t.to },
  });
  if (moved.count !== 1) {
    const now = await tx.vendor.findUniqueOrThrow({ where: { id: vendorId }, select: { status: true } });
    throw new AppError(
      "INVALID_STATE",
      `Only ${NEEDS[decision]} can be ${VERB[decision]}: ${before.name} is ${VENDOR_STATE_WORD[now.status]}.`,
    );
  }
  const after = await tx.vendor.findUniqueOrThrow({
    where: { id: vendorId },
    select: { id: true, name: true, status: true, feeBps: true },
  });
  return { ...after, before: { status: before.status, feeBps: before.feeBps } };
}

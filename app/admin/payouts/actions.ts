"use server";
// Payout operations from /admin/payouts (finance and superadmins). Each goes through its
// lib/payouts use case — the weekly job and the poll use the same ones — and is audited.
import { z } from "zod";
import { action } from "@/lib/http/action";
import { retryPayout } from "@/lib/payouts/retry-payout";
import { runPayouts } from "@/lib/payouts/run-payouts";

type TRunSummary = { payouts: number; totalMinor: number; vendorIds: string[]; failedToSend: number };

export const runPayoutsAction = action(
  {
    permission: "admin:payouts",
    input: z.object({}),
    revalidate: ["/admin/payouts"],
    audit: (_input, r: TRunSummary) => ({
      action: "payouts.run",
      entityType: "Payout",
      entityId: "run",
      data: r,
    }),
  },
  async (_input, { user }): Promise<TRunSummary> => {
    const r = await runPayouts({ actorId: user.id });
    return {
      payouts: r.created.length,
      totalMinor: r.created.reduce((a, c) => a + c.amountMinor, 0),
      vendorIds: r.created.map((c) => c.vendorId),
      failedToSend: r.sent.filter((s) => s.status === "FAILED").length,
    };
  },
);

export const retryPayoutAction = action(
  {
    permission: "admin:payouts",
    input: z.object({ payoutId: z.string().min(1).max(40) }),
    revalidate: ({ payoutId }) => ["/admin/payouts", `/admin/payouts/${payoutId}`],
    audit: ({ payoutId }, r: { status: string | null; attempt: number }) => ({
      action: "payout.retry",
      entityType: "Payout",
      entityId: payoutId,
      after: { status: r.status, attempt: r.attempt },
    }),
  },
  async ({ payoutId }, { user }) => {
    const r = await retryPayout({ payoutId, actorId: user.id });
    return { status: r.status, attempt: r.attempt };
  },
);

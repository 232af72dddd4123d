// GET /admin/payouts/preview — what "Run payouts now" would pay (vendors, amounts, total)
// and who waits and why, for the confirmation dialog (computed when it opens).
import { NextResponse } from "next/server";
import { route } from "@/lib/http/route";
import { planPayouts } from "@/lib/payouts/payout-plan";

export const GET = route({ permission: "admin:payouts" }, async () => {
  const plan = await planPayouts();
  return NextResponse.json(
    {
      minimumMinor: plan.minimumMinor,
      totalMinor: plan.due.reduce((a, p) => a + p.amountMinor, 0),
      due: plan.due.map((p) => ({
        vendorName: p.vendorName,
        amountMinor: p.amountMinor,
        lines: p.lines.length,
        recipient: p.recipientLabel,
      })),
      blocked: plan.blocked.map((p) => ({
        vendorName: p.vendorName,
        amountMinor: p.amountMinor,
        reason: p.blockedReason,
      })),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
});

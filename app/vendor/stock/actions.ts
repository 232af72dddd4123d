"use server";
// Stock changes from /vendor/stock and /vendor/stock/[variantId]. The vendor is the session's
// own (ctx.vendor), never a field of the form: another vendor's variant is "not found".
import { adjustStock } from "@/lib/inventory/adjust-stock";
import { ZAdjustStockForm, ZLowStockThresholdForm } from "@/lib/inventory/schemas";
import { setLowStockThreshold } from "@/lib/inventory/set-low-stock-threshold";
import { action } from "@/lib/http/action";

export const adjustStockAction = action(
  {
    permission: "vendor:inventory:write",
    input: ZAdjustStockForm,
    revalidate: ({ variantId }) => ["/vendor/stock", `/vendor/stock/${variantId}`, "/vendor"],
  },
  async ({ variantId, mode, quantity, reason, note }, { user, vendor }) => {
    const r = await adjustStock({
      variantId,
      ...(mode === "set" ? { setTo: quantity } : { delta: quantity }),
      reason,
      ...(note ? { note } : {}),
      actorId: user.id,
      vendorId: vendor.vendorId,
    });
    return { stockOnHand: r.stockOnHand, reserved: r.reserved, delta: r.delta, isLowStockAlerted: r.isLowStockAlerted };
  },
);

export const setLowStockThresholdAction = action(
  {
    permission: "vendor:inventory:write",
    input: ZLowStockThresholdForm,
    revalidate: ({ variantId }) => ["/vendor/stock", `/vendor/stock/${variantId}`, "/vendor"],
  },
  async ({ variantId, lowStockAt }, { vendor }) =>
    setLowStockThreshold({ vendorId: vendor.vendorId, variantId, lowStockAt }),
);

// How much a zone or pickup point is used, in words (isomorphic: the admin dialogs say it
// before the admin confirms, and the refusals say it after).

export type TZoneUsage = { orders: number; deliveries: number; addresses: number; pickupPoints: number };
export type TPickupPointUsage = { orders: number; deliveries: number };

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en-GH")} ${n === 1 ? one : many}`;

/** "34 orders and 12 saved addresses"; "" when unused. Deliveries only count beyond orders. */
export function usageWords(usage: { orders: number; deliveries: number; addresses?: number }): string {
  const parts: string[] = [];
  if (usage.orders) parts.push(plural(usage.orders, "order", "orders"));
  // Every delivery belongs to an order, so it adds something only if the order has moved on.
  if (usage.deliveries > usage.orders) parts.push(plural(usage.deliveries, "delivery", "deliveries"));
  if (usage.addresses) parts.push(plural(usage.addresses, "saved address", "saved addresses"));
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/** In use means: deleting it would take it away from an order, a delivery or a saved address. */
export function isInUse(usage: { orders: number; deliveries: number; addresses?: number }): boolean {
  return usage.orders + usage.deliveries + (usage.addresses ?? 0) > 0;
}

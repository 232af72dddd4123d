import "server-only";
import { type Db, prisma } from "@/lib/db";
import { getAddressOrThrow } from "@/lib/addresses/get-address";
import { AppError } from "@/lib/errors";
import type { TDeliveryChoice } from "@/lib/checkout/schemas";

export type TResolvedDelivery = {
  method: "HOME" | "PICKUP";
  feeMinor: number;
  zoneId: string | null;
  pickupPointId: string | null;
  /** Snapshot stored on the order (the address book may change later). */
  shippingAddress: Record<string, string | null> | null;
  /** HOME: the recipient's phone; PICKUP: null (the account's phone is used). */
  phone: string | null;
  label: string;
};

/**
 * HOME: one of the customer's addresses, whose zone must be an active delivery zone; the
 * fee is the zone's. PICKUP: an active pickup point, free. Another customer's address is
 * NOT_FOUND, like a missing one.
 */
export async function resolveDelivery(
  { customerId, choice }: { customerId: string; choice: TDeliveryChoice },
  db: Db = prisma,
): Promise<TResolvedDelivery> {
  if (choice.method === "PICKUP") {
    const point = await db.pickupPoint.findFirst({
      where: { id: choice.pickupPointId, isActive: true },
      select: { id: true, name: true, city: true },
    });
    if (!point) throw new AppError("BAD_REQUEST", "That pickup point is not available. Choose another one.");
    return {
      method: "PICKUP",
      feeMinor: 0,
      zoneId: null,
      pickupPointId: point.id,
      shippingAddress: null,
      phone: null,
      label: `Pickup: ${point.name}, ${point.city}`,
    };
  }
  const address = await getAddressOrThrow({ userId: customerId, addressId: choice.addressId }, db);
  if (!address.zone) throw new AppError("BAD_REQUEST", "Choose a delivery zone for this address first.");
  const zone = await db.deliveryZone.findFirst({
    where: { id: address.zone.id, isActive: true },
    select: { id: true, name: true, feeMinor: true },
  });
  if (!zone)
    throw new AppError(
      "BAD_REQUEST",
      "We do not deliver to this address's zone any more. Choose a pickup point or another address.",
    );
  return {
    method: "HOME",
    feeMinor: zone.feeMinor,
    zoneId: zone.id,
    pickupPointId: null,
    shippingAddress: {
      recipientName: address.recipientName,
      phone: address.phone,
      line1: address.line1,
      line2: address.line2,
      area: address.area,
      city: address.city,
      region: address.region,
      landmark: address.landmark,
      gpsAddress: address.gpsAddress,
      zone: zone.name,
    },
    phone: address.phone,
    label: `Home delivery: ${zone.name}`,
  };
}

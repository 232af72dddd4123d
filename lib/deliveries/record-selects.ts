import "server-only";

/**
 * The columns of a delivery zone and of a pickup point that the admin use cases read back and
 * write to the audit log, in one place so the list, save and delete answers agree.
 */
export const DELIVERY_ZONE_DETAILS = {
  id: true,
  slug: true,
  name: true,
  region: true,
  feeMinor: true,
  etaDays: true,
  isActive: true,
} as const;

/** A zone's details and its place in the checkout order. */
export const DELIVERY_ZONE_RECORD = { ...DELIVERY_ZONE_DETAILS, position: true } as const;

export const PICKUP_POINT_DETAILS = {
  id: true,
  slug: true,
  name: true,
  address: true,
  city: true,
  phone: true,
  openingHours: true,
  isActive: true,
} as const;

export type TDeliveryZoneDetails = {
  id: string;
  slug: string;
  name: string;
  region: string;
  feeMinor: number;
  etaDays: number;
  isActive: boolean;
};
export type TDeliveryZoneRecord = TDeliveryZoneDetails & { position: number };

export type TPickupPointDetails = {
  id: string;
  slug: string;
  name: string;
  address: string;
  city: string;
  phone: string;
  openingHours: string;
  isActive: boolean;
};

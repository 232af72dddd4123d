// Address book DTOs (isomorphic: client forms and server pages share them).

export type TDeliveryZone = { id: string; name: string; region: string; feeMinor: number; etaDays: number };

export type TAddress = {
  id: string;
  label: string | null;
  recipientName: string;
  /** E.164, e.g. +233244123456 */
  phone: string;
  line1: string;
  line2: string | null;
  area: string | null;
  city: string;
  region: string;
  landmark: string | null;
  gpsAddress: string | null;
  zone: TDeliveryZone | null;
  isDefault: boolean;
};

export type TPickupPoint = {
  id: string;
  name: string;
  address: string;
  city: string;
  phone: string;
  openingHours: string;
};

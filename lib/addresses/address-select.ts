import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TAddress } from "@/lib/addresses/types";

/** The fields an address DTO needs: one select shared by every read. */
export const addressSelect = {
  id: true,
  label: true,
  recipientName: true,
  phone: true,
  line1: true,
  line2: true,
  area: true,
  city: true,
  region: true,
  landmark: true,
  gpsAddress: true,
  isDefault: true,
  zone: { select: { id: true, name: true, region: true, feeMinor: true, etaDays: true } },
} satisfies Prisma.AddressSelect;

export type TAddressRow = Prisma.AddressGetPayload<{ select: typeof addressSelect }>;

export function toAddressDto(row: TAddressRow): TAddress {
  return { ...row, zone: row.zone ? { ...row.zone } : null };
}

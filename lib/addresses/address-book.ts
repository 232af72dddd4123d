import "server-only";
import { prisma } from "@/lib/db";
import { createAddress } from "@/lib/addresses/create-address";
import { deleteAddress } from "@/lib/addresses/delete-address";
import { getAddressOrThrow } from "@/lib/addresses/get-address";
import { listAddresses } from "@/lib/addresses/list-addresses";
import { listDeliveryZones, listPickupPoints } from "@/lib/addresses/list-delivery-options";
import { setDefaultAddress } from "@/lib/addresses/set-default-address";
import { updateAddress } from "@/lib/addresses/update-address";
import type { TAddressFormValues } from "@/lib/addresses/schemas";

// Entry points for app/ (pages, actions, route handlers may not touch the database client):
// the use cases bound to the shared client. userId always comes from the session.
type TRef = { userId: string; addressId: string };

export const addressBook = {
  list: (userId: string) => listAddresses(prisma, userId),
  get: (ref: TRef) => getAddressOrThrow(prisma, ref),
  create: (userId: string, values: TAddressFormValues) => createAddress(prisma, userId, values),
  update: (ref: TRef, values: TAddressFormValues) => updateAddress(prisma, ref, values),
  remove: (ref: TRef) => deleteAddress(prisma, ref),
  setDefault: (ref: TRef) => setDefaultAddress(prisma, ref),
  zones: () => listDeliveryZones(prisma),
  pickupPoints: () => listPickupPoints(prisma),
};

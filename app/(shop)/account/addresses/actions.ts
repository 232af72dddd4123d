"use server";
// Address book mutations for /account/addresses and the checkout's inline "add address". The
// customer is the session's; the use cases scope every read and write to them.
import { createAddress } from "@/lib/addresses/create-address";
import { deleteAddress } from "@/lib/addresses/delete-address";
import { ZAddressId, ZAddressInput } from "@/lib/addresses/schemas";
import { setDefaultAddress } from "@/lib/addresses/set-default-address";
import { updateAddress } from "@/lib/addresses/update-address";
import { action } from "@/lib/http/action";
import { z } from "zod";

const revalidate = ["/account/addresses", "/checkout"];
const ZAddressRef = z.object({ addressId: ZAddressId });

export const createAddressAction = action(
  { permission: "account:write", input: ZAddressInput, revalidate },
  (values, { user }) => createAddress({ userId: user.id, values }),
);

export const updateAddressAction = action(
  { permission: "account:write", input: ZAddressInput.extend(ZAddressRef.shape), revalidate },
  ({ addressId, ...values }, { user }) => updateAddress({ userId: user.id, addressId, values }),
);

export const deleteAddressAction = action(
  { permission: "account:write", input: ZAddressRef, revalidate },
  async ({ addressId }, { user }) => {
    await deleteAddress({ userId: user.id, addressId });
    return null;
  },
);

export const setDefaultAddressAction = action(
  { permission: "account:write", input: ZAddressRef, revalidate },
  async ({ addressId }, { user }) => {
    await setDefaultAddress({ userId: user.id, addressId });
    return null;
  },
);

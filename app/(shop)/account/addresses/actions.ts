"use server";
// Address book mutations for /account/addresses and the checkout's inline "add address".
// Each action is a public POST endpoint: it reads the user from the session itself and the
// domain functions scope every read and write to that user.
import { revalidatePath } from "next/cache";
import { ZodError } from "zod";
import { requireUser } from "@/lib/auth/guards";
import { createAddress } from "@/lib/addresses/create-address";
import { deleteAddress } from "@/lib/addresses/delete-address";
import { setDefaultAddress } from "@/lib/addresses/set-default-address";
import { updateAddress } from "@/lib/addresses/update-address";
import { ZAddressId, type TAddressFormValues } from "@/lib/addresses/schemas";
import type { TAddress } from "@/lib/addresses/types";
import { isAppError } from "@/lib/errors";

export type TAddressActionResult<T> =
  { ok: true; data: T } | { ok: false; message: string; fieldErrors?: Record<string, string> };

function fail(e: unknown): { ok: false; message: string; fieldErrors?: Record<string, string> } {
  if (e instanceof ZodError) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of e.issues) {
      const key = String(issue.path[0] ?? "form");
      fieldErrors[key] ??= issue.message;
    }
    return { ok: false, message: "Please check the highlighted fields.", fieldErrors };
  }
  if (isAppError(e)) return { ok: false, message: e.message };
  console.error("[address action]", e);
  return { ok: false, message: "Something went wrong on our side. Please try again." };
}

function refresh() {
  revalidatePath("/account/addresses");
  revalidatePath("/checkout");
}

export async function createAddressAction(values: TAddressFormValues): Promise<TAddressActionResult<TAddress>> {
  try {
    const user = await requireUser();
    const address = await createAddress({ userId: user.id, values });
    refresh();
    return { ok: true, data: address };
  } catch (e) {
    return fail(e);
  }
}

export async function updateAddressAction(
  addressId: string,
  values: TAddressFormValues,
): Promise<TAddressActionResult<TAddress>> {
  try {
    const user = await requireUser();
    const id = ZAddressId.parse(addressId);
    const address = await updateAddress({ userId: user.id, addressId: id, values });
    refresh();
    return { ok: true, data: address };
  } catch (e) {
    return fail(e);
  }
}

export async function deleteAddressAction(addressId: string): Promise<TAddressActionResult<null>> {
  try {
    const user = await requireUser();
    await deleteAddress({ userId: user.id, addressId: ZAddressId.parse(addressId) });
    refresh();
    return { ok: true, data: null };
  } catch (e) {
    return fail(e);
  }
}

export async function setDefaultAddressAction(addressId: string): Promise<TAddressActionResult<null>> {
  try {
    const user = await requireUser();
    await setDefaultAddress({ userId: user.id, addressId: ZAddressId.parse(addressId) });
    refresh();
    return { ok: true, data: null };
  } catch (e) {
    return fail(e);
  }
}

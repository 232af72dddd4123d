import { lockRow } from "@/lib/db/lock-row";
import "server-only";
import { inTransaction, type Db, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { addressSelect, toAddressDto } from "@/lib/addresses/address-select";
import { assertActiveZone } from "@/lib/addresses/assert-zone";
import { ZAddressInput, type TAddressFormValues } from "@/lib/addresses/schemas";
import type { TAddress } from "@/lib/addresses/types";

// A generous cap so a script cannot grow one account's book without bound.
export const MAX_ADDRESSES = 20;

/**
 * Adds an address to the customer's book. The first address becomes the default; asking for
 * default moves the flag in the same transaction, so there is never more than one.
 */
export async function createAddress(
  { userId, values }: { userId: string; values: TAddressFormValues },
  db: Db = prisma,
): Promise<TAddress> {
  const input = ZAddressInput.parse(values);
  return inTransaction(db, async (tx) => {
    await assertActiveZone({ zoneId: input.zoneId }, tx);
    // Lock the owner row so concurrent creates agree on "first address" and the cap.
    await lockRow(tx, "User", userId);
    const count = await tx.address.count({ where: { userId } });
    if (count >= MAX_ADDRESSES)
      throw new AppError("CONFLICT", `You can keep up to ${MAX_ADDRESSES} addresses. Delete one first.`);
    const isDefault = input.isDefault || count === 0;
    if (isDefault) await tx.address.updateMany({ where: { userId, isDefault: true }, data: { isDefault: false } });
    const row = await tx.address.create({ data: { ...input, userId, isDefault }, select: addressSelect });
    return toAddressDto(row);
  });
}

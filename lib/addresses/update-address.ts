import "server-only";
import { inTransaction, type Db, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { addressSelect, toAddressDto } from "@/lib/addresses/address-select";
import { assertActiveZone } from "@/lib/addresses/assert-zone";
import { ZAddressInput, type TAddressFormValues } from "@/lib/addresses/schemas";
import type { TAddress } from "@/lib/addresses/types";

/**
 * Replaces an address's fields. Orders keep their own snapshot of the address, so editing
 * never changes where a placed order goes. Unsetting the default is ignored: a book with
 * addresses always has one default (set another as default instead).
 */
export async function updateAddress(
  { userId, addressId, values }: { userId: string; addressId: string; values: TAddressFormValues },
  db: Db = prisma,
): Promise<TAddress> {
  const input = ZAddressInput.parse(values);
  return inTransaction(db, async (tx) => {
    const current = await tx.address.findFirst({
      where: { id: addressId, userId },
      select: { id: true, isDefault: true },
    });
    if (!current) throw new AppError("NOT_FOUND", "That address was not found.");
    await assertActiveZone({ zoneId: input.zoneId }, tx);
    const isDefault = current.isDefault || input.isDefault;
    if (isDefault && !current.isDefault) {
      await tx.address.updateMany({ where: { userId, isDefault: true }, data: { isDefault: false } });
    }
    const row = await tx.address.update({
      where: { id: current.id },
      data: { ...input, isDefault },
      select: addressSelect,
    });
    return toAddressDto(row);
  });
}

import "server-only";
import { type Db, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { addressSelect, toAddressDto } from "@/lib/addresses/address-select";
import type { TAddress } from "@/lib/addresses/types";

/** One of the customer's addresses; another customer's id answers "not found", like a missing one. */
export async function getAddressOrThrow(
  { userId, addressId }: { userId: string; addressId: string },
  db: Db = prisma,
): Promise<TAddress> {
  const row = await db.address.findFirst({ where: { id: addressId, userId }, select: addressSelect });
  if (!row) throw new AppError("NOT_FOUND", "That address was not found.");
  return toAddressDto(row);
}

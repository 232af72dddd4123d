import "server-only";
import { type Db, prisma } from "@/lib/db";
import { addressSelect, toAddressDto } from "@/lib/addresses/address-select";
import type { TAddress } from "@/lib/addresses/types";

/** The signed-in customer's address book: default first, then newest. */
export async function listAddresses({ userId }: { userId: string }, db: Db = prisma): Promise<TAddress[]> {
  const rows = await db.address.findMany({
    where: { userId },
    select: addressSelect,
    orderBy: [{ isDefault: "desc" }, { createdAt: "desc" }],
    take: 50,
  });
  return rows.map(toAddressDto);
}

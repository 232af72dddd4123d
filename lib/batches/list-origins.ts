import "server-only";
import { type Db, prisma } from "@/lib/db";

export type TOriginOption = { id: string; name: string; code: string; isActive: boolean };

/** Origins a batch can ship from, by name (the batch form and the list filter). */
export async function listOrigins(db: Db = prisma): Promise<TOriginOption[]> {
  return db.origin.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, code: true, isActive: true },
  });
}

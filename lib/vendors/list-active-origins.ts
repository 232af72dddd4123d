import "server-only";
import { type Db, prisma } from "@/lib/db";

/** The cities vendors can source from (the /sell origin select), by name. */
export async function listActiveOrigins(db: Db = prisma): Promise<{ id: string; code: string; name: string }[]> {
  return db.origin.findMany({
    where: { isActive: true },
    orderBy: { name: "asc" },
    select: { id: true, code: true, name: true },
  });
}

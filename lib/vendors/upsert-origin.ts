import "server-only";
import { type Db, prisma } from "@/lib/db";
import { ZOriginInput, type TOriginInput } from "@/lib/vendors/schemas";

/** Creates or updates an origin (where pre-orders ship from) by its code, e.g. "LDN". */
export async function upsertOrigin(input: TOriginInput, db: Db = prisma) {
  const data = ZOriginInput.parse(input);
  return db.origin.upsert({
    where: { code: data.code },
    create: data,
    update: { name: data.name, countryCode: data.countryCode, isActive: data.isActive },
    select: { id: true, code: true, name: true },
  });
}

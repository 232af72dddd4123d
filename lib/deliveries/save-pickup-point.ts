import "server-only";
import { slugify } from "@/lib/catalog/schemas";
import { AppError } from "@/lib/errors";
import { type Db, inTransaction, isUniqueViolation, prisma } from "@/lib/db";
import { ZSavePickupPointInput, type TSavePickupPointInput } from "@/lib/deliveries/schemas";
import { PICKUP_POINT_DETAILS, type TPickupPointDetails } from "@/lib/deliveries/record-selects";
import { fieldError, lockPickupPoint, resolveSlug, slugTaken } from "@/lib/deliveries/zones";

const SELECT = { ...PICKUP_POINT_DETAILS, zoneId: true } as const;

type TPoint = TPickupPointDetails & { zoneId: string | null };
export type TSavedPickupPoint = { point: TPoint; before: TPoint | null };

/**
 * Creates a pickup point (open for collection) or edits one. The phone is stored in E.164;
 * the slug is made from the name when left empty and must be unique; the zone, if any, must
 * exist. Orders already placed for collection there see the new details.
 */
export async function savePickupPoint(raw: TSavePickupPointInput, db: Db = prisma): Promise<TSavedPickupPoint> {
  const input = ZSavePickupPointInput.parse(raw);
  const data = {
    name: input.name,
    address: input.address,
    city: input.city,
    phone: input.phone,
    openingHours: input.openingHours,
    zoneId: input.zoneId,
  };
  try {
    return await inTransaction(db, async (tx) => {
      if (input.zoneId && !(await tx.deliveryZone.findUnique({ where: { id: input.zoneId }, select: { id: true } })))
        throw fieldError("zoneId", "That zone no longer exists. Choose another.");
      if (input.id) {
        if (!(await lockPickupPoint(tx, input.id)))
          throw new AppError("NOT_FOUND", "This pickup point no longer exists.");
        const before = await tx.pickupPoint.findUniqueOrThrow({ where: { id: input.id }, select: SELECT });
        const slug = await resolveSlug("pickup point", { ...input, currentSlug: before.slug, excludeId: input.id }, tx);
        const point = await tx.pickupPoint.update({ where: { id: input.id }, data: { ...data, slug }, select: SELECT });
        return { point, before };
      }
      const slug = await resolveSlug("pickup point", input, tx);
      const point = await tx.pickupPoint.create({ data: { ...data, slug, isActive: true }, select: SELECT });
      return { point, before: null };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw slugTaken("pickup point", input.slug ?? slugify(input.name));
    throw e;
  }
}

import "server-only";
import { slugify } from "@/lib/catalog/schemas";
import { AppError } from "@/lib/errors";
import { type Db, inTransaction, isUniqueViolation, prisma } from "@/lib/db";
import { ZSaveDeliveryZoneInput, type TSaveDeliveryZoneInput } from "@/lib/deliveries/schemas";
import { DELIVERY_ZONE_RECORD as SELECT, type TDeliveryZoneRecord } from "@/lib/deliveries/record-selects";
import { lockDeliveryZone, resolveSlug, slugTaken } from "@/lib/deliveries/zones";

export type TSavedDeliveryZone = {
  zone: TDeliveryZoneRecord;
  /** What it was before an edit (null when created). */
  before: TSavedDeliveryZone["zone"] | null;
};

/**
 * Creates a delivery zone (active, placed last in the checkout order) or edits one. The fee
 * arrives in cedis and is stored in pesewas; the slug is made from the name when left empty
 * and must be unique. Orders already placed keep the fee they were charged.
 */
export async function saveDeliveryZone(raw: TSaveDeliveryZoneInput, db: Db = prisma): Promise<TSavedDeliveryZone> {
  const input = ZSaveDeliveryZoneInput.parse(raw);
  const data = { name: input.name, region: input.region, feeMinor: input.feeMinor, etaDays: input.etaDays };
  try {
    return await inTransaction(db, async (tx) => {
      if (input.id) {
        if (!(await lockDeliveryZone(tx, input.id)))
          throw new AppError("NOT_FOUND", "This delivery zone no longer exists.");
        const before = await tx.deliveryZone.findUniqueOrThrow({ where: { id: input.id }, select: SELECT });
        const slug = await resolveSlug("zone", { ...input, currentSlug: before.slug, excludeId: input.id }, tx);
        const zone = await tx.deliveryZone.update({ where: { id: input.id }, data: { ...data, slug }, select: SELECT });
        return { zone, before };
      }
      const slug = await resolveSlug("zone", input, tx);
      const last = await tx.deliveryZone.aggregate({ _max: { position: true } });
      const position = last._max.position === null ? 0 : last._max.position + 1;
      const zone = await tx.deliveryZone.create({ data: { ...data, slug, position, isActive: true }, select: SELECT });
      return { zone, before: null };
    });
  } catch (e) {
    // Two admins saving the same slug at once: the unique index decides.
    if (isUniqueViolation(e)) throw slugTaken("zone", input.slug ?? slugify(input.name));
    throw e;
  }
}

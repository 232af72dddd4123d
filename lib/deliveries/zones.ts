import "server-only";
import { AppError } from "@/lib/errors";
import { type Db, prisma } from "@/lib/db";
import {
  ZDeliveryZoneInput,
  ZPickupPointInput,
  type TDeliveryZoneInput,
  type TPickupPointInput,
} from "@/lib/deliveries/schemas";

/** Creates or updates a home-delivery zone by slug (fee in pesewas). */
export async function upsertDeliveryZone(input: TDeliveryZoneInput, db: Db = prisma) {
  const { slug, ...data } = ZDeliveryZoneInput.parse(input);
  return db.deliveryZone.upsert({
    where: { slug },
    create: { slug, ...data },
    update: data,
    select: { id: true, slug: true, name: true, feeMinor: true },
  });
}

/** Creates or updates a pickup point by slug; zoneSlug must name an existing zone. */
export async function upsertPickupPoint(input: TPickupPointInput, db: Db = prisma) {
  const { slug, zoneSlug, ...data } = ZPickupPointInput.parse(input);
  let zoneId: string | null = null;
  if (zoneSlug) {
    const zone = await db.deliveryZone.findUnique({ where: { slug: zoneSlug }, select: { id: true } });
    if (!zone) throw new AppError("NOT_FOUND", `Delivery zone "${zoneSlug}" not found.`);
    zoneId = zone.id;
  }
  return db.pickupPoint.upsert({
    where: { slug },
    create: { slug, zoneId, ...data },
    update: { zoneId, ...data },
    select: { id: true, slug: true, name: true },
  });
}

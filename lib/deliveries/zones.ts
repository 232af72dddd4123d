import "server-only";
import { AppError } from "@/lib/errors";
import { ZodError } from "zod";
import { slugify } from "@/lib/catalog/schemas";
import { type Db, type Prisma, prisma } from "@/lib/db";
import type { TPickupPointUsage, TZoneUsage } from "@/lib/deliveries/usage-text";
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

// ── Shared by the admin use cases (save / set active / delete / move) ──

type TTx = Prisma.TransactionClient;

/** Locks a zone row (FOR UPDATE) for a change; false when it does not exist. */
export async function lockDeliveryZone(tx: TTx, id: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "DeliveryZone" WHERE "id" = ${id} FOR UPDATE`;
  return rows.length === 1;
}

/** Locks a pickup point row (FOR UPDATE) for a change; false when it does not exist. */
export async function lockPickupPoint(tx: TTx, id: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "PickupPoint" WHERE "id" = ${id} FOR UPDATE`;
  return rows.length === 1;
}

/**
 * What refers to a zone. Counted after lockDeliveryZone: an order or address being written
 * holds a key-share lock on the zone until it commits, so the count cannot miss it.
 */
export async function deliveryZoneUsage(id: string, db: Db = prisma): Promise<TZoneUsage> {
  const [orders, deliveries, addresses, pickupPoints] = await Promise.all([
    db.order.count({ where: { deliveryZoneId: id } }),
    db.delivery.count({ where: { zoneId: id } }),
    db.address.count({ where: { zoneId: id } }),
    db.pickupPoint.count({ where: { zoneId: id } }),
  ]);
  return { orders, deliveries, addresses, pickupPoints };
}

/** What refers to a pickup point (count after lockPickupPoint, as for zones). */
export async function pickupPointUsage(id: string, db: Db = prisma): Promise<TPickupPointUsage> {
  const [orders, deliveries] = await Promise.all([
    db.order.count({ where: { pickupPointId: id } }),
    db.delivery.count({ where: { pickupPointId: id } }),
  ]);
  return { orders, deliveries };
}

/** A field error the admin form shows next to the field (same shape as a zod refusal). */
export function fieldError(field: string, message: string): ZodError {
  return new ZodError([{ code: "custom", path: [field], message, input: undefined }]);
}

/**
 * The slug to store: the one typed, else the current one (edit), else made from the name.
 * Refuses a slug another row already has, naming that row.
 */
export async function resolveSlug(
  kind: "zone" | "pickup point",
  input: { slug?: string | undefined; name: string; currentSlug?: string | undefined; excludeId?: string | undefined },
  db: Db,
): Promise<string> {
  const typed = input.slug;
  const slug = typed ?? input.currentSlug ?? slugify(input.name);
  if (slug.length < 2)
    throw fieldError(typed ? "slug" : "name", "Use letters or digits in the name, or type a slug (e.g. east-legon)");
  const where = { slug, ...(input.excludeId ? { NOT: { id: input.excludeId } } : {}) };
  const other =
    kind === "zone"
      ? await db.deliveryZone.findFirst({ where, select: { name: true } })
      : await db.pickupPoint.findFirst({ where, select: { name: true } });
  if (other) throw slugTaken(kind, slug, other.name);
  return slug;
}

export function slugTaken(kind: "zone" | "pickup point", slug: string, otherName?: string): ZodError {
  const who = otherName ? `the ${kind} ${otherName}` : `another ${kind}`;
  return fieldError("slug", `The slug "${slug}" is already used by ${who}. Type another slug.`);
}

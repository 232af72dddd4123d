import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { CATALOG_TAGS, MAX_TAGS_PER_MESSAGE, ZCatalogTag } from "@/lib/catalog/cache/tags";
import { type Db, prisma } from "@/lib/db";

// Cross-process cache invalidation, publishing side: catalog tags go out on one PostgreSQL
// NOTIFY channel that every web process LISTENs to (cache-listener.ts). NOTIFY, not Redis: the
// database is already shared by every process, and a NOTIFY sent in a transaction is only
// delivered if and when it commits — a rolled-back write expires nothing.
// Channels are per database, so parallel test databases and dev databases never hear each other.

export const CATALOG_CACHE_CHANNEL = "catalog_cache";

/** PostgreSQL refuses payloads of 8000 bytes or more; keep a margin. */
export const MAX_PAYLOAD_BYTES = 7_900;

const ZCatalogNotification = z.object({
  tags: z.array(ZCatalogTag).min(1).max(MAX_TAGS_PER_MESSAGE),
  /** The publishing process when it already expired the tags itself, else null. */
  origin: z.string().max(100).nullable(),
});
export type TCatalogNotification = z.infer<typeof ZCatalogNotification>;

const globalForOrigin = globalThis as unknown as { catalogCacheOrigin?: string };

/**
 * This process's id in notifications. Kept on globalThis: Next may load this module in several
 * bundles (route handlers, instrumentation) of one process and they must agree.
 */
export function processOrigin(): string {
  globalForOrigin.catalogCacheOrigin ??= `${process.pid}-${randomUUID()}`;
  return globalForOrigin.catalogCacheOrigin;
}

/** The NOTIFY payload; too many or too long tags collapse to `catalog`, which every entry carries. */
export function encodeNotification(tags: readonly string[], origin: string | null): string {
  const unique = [...new Set(tags)];
  const payload = JSON.stringify({ tags: unique, origin });
  if (unique.length <= MAX_TAGS_PER_MESSAGE && Buffer.byteLength(payload) <= MAX_PAYLOAD_BYTES) return payload;
  return JSON.stringify({ tags: [CATALOG_TAGS.all], origin });
}

/** Reads a payload; one we cannot read (another version mid-deploy) still means "the catalog changed". */
export function decodeNotification(payload: string | undefined): TCatalogNotification {
  try {
    const parsed = ZCatalogNotification.safeParse(JSON.parse(payload ?? ""));
    if (parsed.success) return parsed.data;
  } catch {
    // not JSON: fall through
  }
  return { tags: [CATALOG_TAGS.all], origin: null };
}

/**
 * Publishes tags to every listening process. On a transaction client the notification leaves
 * at COMMIT; on the plain client at once. Throws on a database error (invalidateCatalog logs).
 */
export async function publishCatalogTags(
  { tags, origin }: { tags: readonly string[]; origin: string | null },
  db: Db = prisma,
): Promise<void> {
  if (tags.length === 0) return;
  // $executeRaw, not $queryRaw: pg_notify returns `void`, which Prisma cannot deserialize.
  await db.$executeRaw`SELECT pg_notify(${CATALOG_CACHE_CHANNEL}, ${encodeNotification(tags, origin)})`;
}

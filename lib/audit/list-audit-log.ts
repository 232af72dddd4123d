import "server-only";
import { z } from "zod";
import { type Db, prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ZText } from "@/lib/http/text";

// /admin/audit: every staff action (who, what, on which entity, before/after, from which IP,
// when), newest first, keyset-paged on (createdAt, id) — the [createdAt] index serves it. The
// log is append-only (migration 20261204014000_audit_log_append_only): there is no write here.

export const AUDIT_PAGE_SIZE = 50;

const ZDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date (yyyy-mm-dd)")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), "is not a date");

export const ZAuditFilters = z.object({
  /** Actor: part of their email or name, or their exact user id. */
  actor: ZText.trim().max(200).optional(),
  /** Exact action ("batch.cancel") or a prefix ending with "." ("batch."). */
  action: ZText.trim().max(100).optional(),
  entityType: ZText.trim().max(100).optional(),
  entityId: ZText.trim().max(200).optional(),
  /** Days in Africa/Accra (UTC all year), both inclusive. */
  from: ZDay.optional(),
  to: ZDay.optional(),
  cursor: ZText.max(40).optional(),
});
export type TAuditFilters = z.output<typeof ZAuditFilters>;

export type TAuditRow = {
  id: string;
  createdAt: Date;
  action: string;
  entityType: string;
  entityId: string;
  ip: string | null;
  data: unknown;
  actor: { id: string; name: string | null; email: string } | null;
};

const DAY_MS = 86_400_000;

/** The where clause of the filters (cursor aside), shared by the list and the CSV export. */
export function auditWhere(f: TAuditFilters): Prisma.AuditLogWhereInput {
  const and: Prisma.AuditLogWhereInput[] = [];
  if (f.actor)
    and.push({
      OR: [
        { actorId: f.actor },
        { actor: { email: { contains: f.actor, mode: "insensitive" } } },
        { actor: { name: { contains: f.actor, mode: "insensitive" } } },
      ],
    });
  if (f.action) and.push(f.action.endsWith(".") ? { action: { startsWith: f.action } } : { action: f.action });
  if (f.entityType) and.push({ entityType: f.entityType });
  if (f.entityId) and.push({ entityId: f.entityId });
  if (f.from) and.push({ createdAt: { gte: new Date(`${f.from}T00:00:00Z`) } });
  if (f.to) and.push({ createdAt: { lt: new Date(Date.parse(`${f.to}T00:00:00Z`) + DAY_MS) } });
  return and.length ? { AND: and } : {};
}

export const AUDIT_ROW_SELECT = {
  id: true,
  createdAt: true,
  action: true,
  entityType: true,
  entityId: true,
  ip: true,
  data: true,
  actor: { select: { id: true, name: true, email: true } },
} satisfies Prisma.AuditLogSelect;

/** Rows strictly after `after` in (createdAt desc, id desc) order. */
export function auditAfter(after: { createdAt: Date; id: string } | null): Prisma.AuditLogWhereInput {
  return after
    ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }
    : {};
}

/** One page of the audit log under the filters; `nextCursor` is the last row's id. */
export async function listAuditLog(
  input: TAuditFilters,
  db: Db = prisma,
): Promise<{ rows: TAuditRow[]; nextCursor: string | null }> {
  const f = ZAuditFilters.parse(input);
  const after = f.cursor
    ? await db.auditLog.findUnique({ where: { id: f.cursor }, select: { id: true, createdAt: true } })
    : null;
  const rows = await db.auditLog.findMany({
    where: { AND: [auditWhere(f), auditAfter(after)] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: AUDIT_PAGE_SIZE + 1,
    select: AUDIT_ROW_SELECT,
  });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  return { rows: page, nextCursor: rows.length > AUDIT_PAGE_SIZE ? (page.at(-1)?.id ?? null) : null };
}

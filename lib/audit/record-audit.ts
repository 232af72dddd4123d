import "server-only";
import { type Db, type Prisma, prisma } from "@/lib/db";

export type TAuditEntry = {
  /** What was done, "<area>.<verb>" (e.g. "batch.cancel", "refund.create"). */
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  /** Anything else worth keeping (the reason, the input). */
  data?: Record<string, unknown>;
};

/** One AuditLog row for a staff action: who, what, on which entity, before/after, from where. */
export async function recordAudit(
  input: TAuditEntry & { actorId: string | null; ip?: string | null },
  db: Db = prisma,
): Promise<void> {
  const data = {
    ...(input.data ?? {}),
    ...(input.before !== undefined ? { before: input.before } : {}),
    ...(input.after !== undefined ? { after: input.after } : {}),
  };
  await db.auditLog.create({
    data: {
      actorId: input.actorId,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      ...(Object.keys(data).length ? { data: JSON.parse(JSON.stringify(data)) as Prisma.InputJsonValue } : {}),
      ip: input.ip ?? null,
    },
  });
}

import "server-only";
import Papa from "papaparse";
import { type Db, prisma } from "@/lib/db";
import {
  AUDIT_ROW_SELECT,
  auditAfter,
  auditWhere,
  type TAuditFilters,
  type TAuditRow,
  ZAuditFilters,
} from "@/lib/audit/list-audit-log";

// The CSV export of /admin/audit: every row under the filters (not one page), read in keyset
// chunks and written chunk by chunk, so a long log never sits in memory at once.

export const AUDIT_EXPORT_CHUNK = 1000;
export const AUDIT_CSV_COLUMNS = [
  "created_at",
  "actor_email",
  "actor_name",
  "actor_id",
  "action",
  "entity_type",
  "entity_id",
  "ip",
  "data",
] as const;

// A cell starting with = + - @ tab or CR would run as a spreadsheet formula: escaped as text.
const FORMULA = /^[=+\-@\t\r]/;
const unparse = (data: string[][]) => Papa.unparse(data, { escapeFormulae: FORMULA, newline: "\r\n" });

function csvRecord(r: TAuditRow): string[] {
  return [
    r.createdAt.toISOString(),
    r.actor?.email ?? "",
    r.actor?.name ?? "",
    r.actor?.id ?? "",
    r.action,
    r.entityType,
    r.entityId,
    r.ip ?? "",
    r.data === null || r.data === undefined ? "" : JSON.stringify(r.data),
  ];
}

/** Every audit row under the filters (cursor ignored), newest first, `chunk` at a time. */
export async function* auditLogChunks(
  input: TAuditFilters,
  db: Db = prisma,
  chunk = AUDIT_EXPORT_CHUNK,
): AsyncGenerator<TAuditRow[]> {
  const f = ZAuditFilters.parse({ ...input, cursor: undefined });
  const where = auditWhere(f);
  let after: { createdAt: Date; id: string } | null = null;
  for (;;) {
    const rows: TAuditRow[] = await db.auditLog.findMany({
      where: { AND: [where, auditAfter(after)] },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: chunk,
      select: AUDIT_ROW_SELECT,
    });
    if (rows.length) yield rows;
    if (rows.length < chunk) return;
    const last = rows[rows.length - 1]!;
    after = { createdAt: last.createdAt, id: last.id };
  }
}

/** The CSV as a byte stream: the header row, then one chunk of rows at a time. */
export function auditLogCsvStream(input: TAuditFilters, db: Db = prisma, chunk = AUDIT_EXPORT_CHUNK) {
  const encoder = new TextEncoder();
  let chunks: AsyncGenerator<TAuditRow[]> | undefined;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${unparse([[...AUDIT_CSV_COLUMNS]])}\r\n`));
    },
    async pull(controller) {
      chunks ??= auditLogChunks(input, db, chunk);
      const next = await chunks.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(`${unparse(next.value.map(csvRecord))}\r\n`));
    },
    async cancel() {
      await chunks?.return(undefined);
    },
  });
}

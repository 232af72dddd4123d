// Issue 15 §7: /admin/audit on the real database — the log is append-only in PostgreSQL (a
// trigger refuses UPDATE and DELETE; only a deleted user's actorId may become NULL), the list
// filters by actor, action, entity and dates with keyset pages, and the CSV export streams every
// matching row to superadmins only. The session is the one thing replaced.
import { describe, expect, it, vi } from "vitest";
import type { TSessionUser } from "@/lib/auth/types";
import { getSessionUserById } from "@/lib/auth/session-claims";
import { AUDIT_PAGE_SIZE, listAuditLog } from "@/lib/audit/list-audit-log";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import { GET as exportCsv } from "@/app/admin/audit/export.csv/route";
import { uniq } from "../factories/catalog";
import { createTestUser } from "../factories/users";

const session = vi.hoisted(() => ({ user: null as TSessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.user }));

const asUser = async (opts: Parameters<typeof createTestUser>[0]) =>
  (await getSessionUserById({ userId: (await createTestUser(opts)).id }))!;

describe("append-only in the database", () => {
  it("refuses UPDATE and DELETE of an audit row", async () => {
    const actor = await createTestUser({ roles: ["ADMIN"], adminPermissions: ["OPS"] });
    const type = uniq("T");
    await recordAudit({ action: "batch.ship", entityType: type, entityId: "B1", actorId: actor.id });
    const row = await prisma.auditLog.findFirstOrThrow({ where: { entityType: type } });
    // restrict_violation, which Prisma reports as a foreign-key error (P2003)
    await expect(
      prisma.auditLog.update({ where: { id: row.id }, data: { action: "batch.nothing" } }),
    ).rejects.toMatchObject({ code: "P2003" });
    await expect(prisma.auditLog.delete({ where: { id: row.id } })).rejects.toMatchObject({ code: "P2003" });
    await expect(prisma.auditLog.deleteMany({ where: { entityType: type } })).rejects.toThrow();
    await expect(prisma.$executeRaw`UPDATE "AuditLog" SET "ip" = '1.2.3.4' WHERE "id" = ${row.id}`).rejects.toThrow();
    expect(await prisma.auditLog.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ action: "batch.ship" });
  });

  it("lets a deleted user's entries lose their actor (ON DELETE SET NULL) and keep everything else", async () => {
    const actor = await createTestUser({ roles: ["ADMIN"], adminPermissions: ["OPS"] });
    const type = uniq("T");
    await recordAudit({
      action: "order.cancel",
      entityType: type,
      entityId: "O1",
      actorId: actor.id,
      ip: "198.51.100.2",
    });
    await prisma.user.delete({ where: { id: actor.id } });
    expect(await prisma.auditLog.findFirstOrThrow({ where: { entityType: type } })).toMatchObject({
      actorId: null,
      action: "order.cancel",
      ip: "198.51.100.2",
    });
  });
});

describe("listAuditLog", () => {
  it("filters by actor, action (exact or prefix), entity and dates, newest first", async () => {
    const ama = await createTestUser({ name: "Ama Auditor", roles: ["ADMIN"], adminPermissions: ["OPS"] });
    const kofi = await createTestUser({ name: "Kofi Other", roles: ["ADMIN"], adminPermissions: ["OPS"] });
    const type = uniq("T");
    const at = (day: string) => new Date(`${day}T12:00:00Z`);
    const rows = [
      { actorId: ama.id, action: "batch.ship", entityId: "B1", createdAt: at("2026-11-01") },
      { actorId: ama.id, action: "batch.cancel", entityId: "B2", createdAt: at("2026-11-02") },
      { actorId: kofi.id, action: "order.cancel", entityId: "O1", createdAt: at("2026-11-03") },
    ];
    await prisma.auditLog.createMany({ data: rows.map((r) => ({ ...r, entityType: type })) });
    const ids = async (f: Parameters<typeof listAuditLog>[0]) =>
      (await listAuditLog({ entityType: type, ...f })).rows.map((r) => r.entityId);

    expect(await ids({})).toEqual(["O1", "B2", "B1"]);
    expect(await ids({ actor: ama.email.toUpperCase() })).toEqual(["B2", "B1"]);
    expect(await ids({ actor: "ama audit" })).toEqual(["B2", "B1"]);
    expect(await ids({ actor: "kofi oth" })).toEqual(["O1"]);
    expect(await ids({ actor: kofi.id })).toEqual(["O1"]);
    expect(await ids({ action: "batch." })).toEqual(["B2", "B1"]);
    expect(await ids({ action: "batch.ship" })).toEqual(["B1"]);
    expect(await ids({ entityId: "B2" })).toEqual(["B2"]);
    expect(await ids({ from: "2026-11-02", to: "2026-11-02" })).toEqual(["B2"]);
    expect(await ids({ from: "2026-11-02" })).toEqual(["O1", "B2"]);
    const first = (await listAuditLog({ entityType: type })).rows[0]!;
    expect(first.actor).toMatchObject({ id: kofi.id, name: "Kofi Other" });
  });

  it("pages with a keyset cursor: every row once, in order", async () => {
    const actor = await createTestUser({ roles: ["ADMIN"], adminPermissions: ["OPS"] });
    const type = uniq("T");
    const t0 = Date.now();
    const n = AUDIT_PAGE_SIZE + 7;
    await prisma.auditLog.createMany({
      data: Array.from({ length: n }, (_, i) => ({
        actorId: actor.id,
        action: "delivery.schedule",
        entityType: type,
        entityId: `D${i}`,
        // pairs share a timestamp: the id breaks the tie
        createdAt: new Date(t0 - Math.floor(i / 2) * 1000),
      })),
    });
    const page1 = await listAuditLog({ entityType: type });
    expect(page1.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(page1.nextCursor).not.toBeNull();
    const page2 = await listAuditLog({ entityType: type, cursor: page1.nextCursor! });
    expect(page2.rows).toHaveLength(7);
    expect(page2.nextCursor).toBeNull();
    const all = [...page1.rows, ...page2.rows].map((r) => r.entityId);
    expect(new Set(all).size).toBe(n);
    const times = [...page1.rows, ...page2.rows].map((r) => r.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});

describe("CSV export", () => {
  const get = (query: Record<string, string>) =>
    exportCsv(new Request(`http://test.local/admin/audit/export.csv?${new URLSearchParams(query)}`), undefined);

  it("streams every matching row (past one chunk of the page size) to a superadmin, formulas escaped", async () => {
    const actor = await createTestUser({ name: '=HYPERLINK("x")', roles: ["ADMIN"], adminPermissions: ["OPS"] });
    const type = uniq("T");
    await prisma.auditLog.createMany({
      data: Array.from({ length: AUDIT_PAGE_SIZE + 3 }, (_, i) => ({
        actorId: actor.id,
        action: "payout.retry",
        entityType: type,
        entityId: `P${i}`,
        ip: "203.0.113.8",
        data: { before: { status: "FAILED" }, after: { status: "PROCESSING" } },
      })),
    });
    session.user = await asUser({ roles: ["ADMIN"], adminPermissions: ["SUPERADMIN"] });
    const res = await get({ entityType: type });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = (await res.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe("created_at,actor_email,actor_name,actor_id,action,entity_type,entity_id,ip,data");
    expect(lines).toHaveLength(AUDIT_PAGE_SIZE + 3 + 1);
    expect(lines[1]).toContain(`,payout.retry,${type},`);
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines[1]).toContain('""before"":{""status"":""FAILED""}');
  });

  it("is refused to staff without admin:audit and to anonymous callers", async () => {
    session.user = await asUser({ roles: ["ADMIN"], adminPermissions: ["OPS"] });
    expect((await get({})).status).toBe(403);
    session.user = null;
    expect((await get({})).status).toBe(401);
  });

  it("a malformed filter is a 400, not a 500", async () => {
    session.user = await asUser({ roles: ["ADMIN"], adminPermissions: ["SUPERADMIN"] });
    expect((await get({ from: "yesterday" })).status).toBe(400);
    expect((await get({ actor: "a\u0000b" })).status).toBe(400);
  });
});

import { describe, expect, it } from "vitest";
import type { JWT } from "next-auth/jwt";
import { attemptSignIn } from "@/lib/auth/attempt-sign-in";
import { authOptions } from "@/lib/auth/options";
import { verifyPassword } from "@/lib/auth/password";
import { registerUser } from "@/lib/auth/register-user";
import { signUp } from "@/lib/auth/sign-up";
import { getActiveSessionUser, revokeUserSession } from "@/lib/auth/session-claims";
import { SESSION_CHECK_INTERVAL_MS, SessionEndedError } from "@/lib/auth/session-check";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { uniq } from "../factories/catalog";
import { createTestUser } from "../factories/users";

const ip = () => uniq("ip");

describe("registerUser", () => {
  it("stores a lower-cased email and an argon2id hash that verifies", async () => {
    const local = uniq("Ama");
    const { id, email } = await registerUser({
      email: `  ${local}@Example.TEST `,
      name: "Ama Owusu",
      password: "password123",
    });
    expect(email).toBe(`${local.toLowerCase()}@example.test`);
    const row = await prisma.user.findUniqueOrThrow({
      where: { id },
      select: { passwordHash: true, roles: true, adminPermissions: true },
    });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.roles).toEqual(["CUSTOMER"]);
    expect(row.adminPermissions).toEqual([]);
    expect(await verifyPassword("password123", row.passwordHash)).toBe(true);
    expect(await verifyPassword("password124", row.passwordHash)).toBe(false);
    expect(await verifyPassword("password123", "not-a-hash")).toBe(false);
  });

  it("refuses a duplicate email whatever its case", async () => {
    const email = `${uniq("dup")}@test.local`;
    await registerUser({ email, name: "Kwame", password: "password123" });
    const e = await registerUser({
      email: email.toUpperCase(),
      name: "Kwame 2",
      password: "password123",
    }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect(e).toMatchObject({ code: "CONFLICT", message: "An account with this email already exists" });
  });

  it("maps a concurrent duplicate (unique violation) to CONFLICT too", async () => {
    const email = `${uniq("race")}@test.local`;
    const results = await Promise.allSettled(
      Array.from({ length: 4 }, () => registerUser({ email, name: "Racer", password: "password123" })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "CONFLICT" });
  });

  it("validates input: short passwords and bad emails are 400s", async () => {
    await expect(registerUser({ email: `${uniq("x")}@test.local`, name: "Yaw", password: "short" })).rejects.toThrow(
      /at least 8/,
    );
    await expect(registerUser({ email: "not-an-email", name: "Yaw", password: "password123" })).rejects.toThrow(
      /valid email/,
    );
  });
});

describe("attemptSignIn", () => {
  it("opens a UserSession and returns the session user on the right password", async () => {
    const user = await createTestUser({ name: "Abena Mensah" });
    const result = await attemptSignIn({
      email: user.email,
      password: user.password,
      ip: "203.0.113.5",
      userAgent: "Vitest",
    });
    if (!result.ok) throw new Error("expected success");
    expect(result.user).toMatchObject({
      id: user.id,
      email: user.email,
      name: "Abena Mensah",
      roles: ["CUSTOMER"],
      membership: null,
    });
    const session = await prisma.userSession.findUniqueOrThrow({ where: { id: result.sessionId } });
    expect(session).toMatchObject({ userId: user.id, ip: "203.0.113.5", userAgent: "Vitest", revokedAt: null });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).not.toBeNull();
  });

  it("refuses a wrong password, an unknown email and a disabled account", async () => {
    const user = await createTestUser();
    expect(await attemptSignIn({ email: user.email, password: "nope-nope", ip: ip() })).toEqual({
      ok: false,
      reason: "INVALID_CREDENTIALS",
    });
    expect(await attemptSignIn({ email: `${uniq("ghost")}@test.local`, password: "x", ip: ip() })).toEqual({
      ok: false,
      reason: "INVALID_CREDENTIALS",
    });
    expect(await attemptSignIn({ email: 42, password: null, ip: ip() })).toEqual({
      ok: false,
      reason: "INVALID_CREDENTIALS",
    });
    await prisma.user.update({ where: { id: user.id }, data: { status: "DISABLED" } });
    expect(await attemptSignIn({ email: user.email, password: user.password, ip: ip() })).toEqual({
      ok: false,
      reason: "ACCOUNT_DISABLED",
    });
  });
});

describe("JWT sessions", () => {
  const jwt = authOptions.callbacks!.jwt!;
  const run = (token: JWT) => jwt({ token } as Parameters<typeof jwt>[0]);

  async function signedInToken(): Promise<{ token: JWT; userId: string; sessionId: string }> {
    const user = await createTestUser({ name: "Esi" });
    const result = await attemptSignIn({ email: user.email, password: user.password, ip: ip() });
    if (!result.ok) throw new Error("sign-in failed");
    const token = await jwt({
      token: { email: user.email },
      user: { id: user.id, claims: result.user, sessionId: result.sessionId },
    } as Parameters<typeof jwt>[0]);
    return { token, userId: user.id, sessionId: result.sessionId };
  }

  it("carries id, roles, permissions, membership and the session id", async () => {
    const { token, userId, sessionId } = await signedInToken();
    expect(token).toMatchObject({ sub: userId, sid: sessionId, roles: ["CUSTOMER"], perms: [], membership: null });
    const session = await authOptions.callbacks!.session!({ session: { expires: "" }, token } as never);
    expect(session).toMatchObject({ sessionId, user: { id: userId, name: "Esi", roles: ["CUSTOMER"] } });
  });

  it("skips the database within a minute and rejects a revoked session after it", async () => {
    const { token, userId, sessionId } = await signedInToken();
    await revokeUserSession({ input: { userId, sessionId } });
    expect(await getActiveSessionUser({ sessionId })).toBeNull();
    // Checked less than a minute ago: still accepted without a query (cheap path).
    expect(await run(token)).toMatchObject({ sid: sessionId });
    const stale = { ...token, checkedAt: Date.now() - SESSION_CHECK_INTERVAL_MS - 1 };
    await expect(run(stale)).rejects.toBeInstanceOf(SessionEndedError);
  });

  it("rejects a disabled user's session and refreshes changed roles", async () => {
    const a = await signedInToken();
    await prisma.user.update({
      where: { id: a.userId },
      data: { roles: ["CUSTOMER", "ADMIN"], adminPermissions: ["SUPPORT"] },
    });
    const refreshed = await run({ ...a.token, checkedAt: 0 });
    expect(refreshed).toMatchObject({ roles: ["CUSTOMER", "ADMIN"], perms: ["SUPPORT"] });

    const b = await signedInToken();
    await prisma.user.update({ where: { id: b.userId }, data: { status: "DISABLED" } });
    await expect(run({ ...b.token, checkedAt: 0 })).rejects.toBeInstanceOf(SessionEndedError);
  });

  it("only lets a user revoke their own sessions", async () => {
    const a = await signedInToken();
    const b = await signedInToken();
    expect(await revokeUserSession({ input: { userId: b.userId, sessionId: a.sessionId } })).toBe(false);
    expect(await getActiveSessionUser({ sessionId: a.sessionId })).not.toBeNull();
  });
});

describe("registerUser phone numbers", () => {
  it("refuses a phone number already on another account", async () => {
    const phone = `+23324${Date.now().toString().slice(-7)}`;
    await registerUser({ email: `${uniq("ph")}@test.local`, name: "Kojo", password: "password123", phone });
    await expect(
      registerUser({ email: `${uniq("ph")}@test.local`, name: "Kojo", password: "password123", phone }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "An account with this phone number already exists",
    });
  });
});

describe("sign-up does not tell whether an email or phone has an account", () => {
  const outboxFor = (userId: string) =>
    prisma.notification.findMany({ where: { userId, templateKey: "account.already_exists" } });

  it("answers an existing email exactly like a new one, makes no second account and emails the owner", async () => {
    const owner = await createTestUser();
    const fresh = `${uniq("fresh")}@test.local`;
    const a = await signUp({ data: { name: "New Person", email: fresh, password: "password123" }, ip: ip() });
    const b = await signUp({
      data: { name: "Someone Else", email: owner.email.toUpperCase(), password: "another-pass-1" },
      ip: ip(),
    });
    expect(a).toEqual({ email: fresh });
    expect(b).toEqual({ email: owner.email });
    expect(await prisma.user.count({ where: { email: owner.email } })).toBe(1);
    const row = await prisma.user.findUniqueOrThrow({ where: { email: owner.email }, select: { passwordHash: true } });
    expect(await verifyPassword(owner.password, row.passwordHash)).toBe(true); // untouched
    const sent = await outboxFor(owner.id);
    expect(sent).toMatchObject([{ channel: "EMAIL", recipient: owner.email, topic: "ACCOUNT", status: "QUEUED" }]);

    // a retry within the hour does not send it again
    await signUp({ data: { name: "Someone Else", email: owner.email, password: "another-pass-1" }, ip: ip() });
    expect(await outboxFor(owner.id)).toHaveLength(1);
  });

  it("a phone already on another account is left off the new one, and its owner gets an SMS", async () => {
    const phone = `+23320${Date.now().toString().slice(-7)}`;
    const first = await registerUser({
      email: `${uniq("ph")}@test.local`,
      name: "Kojo",
      password: "password123",
      phone,
    });
    const email = `${uniq("ph")}@test.local`;
    await expect(signUp({ data: { name: "Akua", email, password: "password123", phone }, ip: ip() })).resolves.toEqual({
      email,
    });
    const created = await prisma.user.findUniqueOrThrow({ where: { email }, select: { phone: true } });
    expect(created.phone).toBeNull();
    expect(await outboxFor(first.id)).toMatchObject([{ channel: "SMS", recipient: phone }]);
  });

  it("the sign-up route answers 201 with the same body either way", async () => {
    const { POST } = await import("@/app/api/auth/sign-up/route");
    const owner = await createTestUser();
    const send = (email: string) =>
      POST(
        new Request("http://test.local/api/auth/sign-up", {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": ip() },
          body: JSON.stringify({ name: "Abena Mensah", email, password: "password123" }),
        }),
        undefined,
      );
    const fresh = `${uniq("route")}@test.local`;
    const [a, b] = [await send(fresh), await send(owner.email)];
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(await a.json()).toEqual({ user: { email: fresh } });
    expect(await b.json()).toEqual({ user: { email: owner.email } });
  });
});

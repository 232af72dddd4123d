import { describe, expect, it } from "vitest";
import { attemptSignIn } from "@/lib/auth/attempt-sign-in";
import { AUTH_LIMITS, signInSlowdownMs } from "@/lib/auth/auth-limits";
import { consumeRateLimit, deleteExpiredRateLimitBuckets, refundRateLimit } from "@/lib/auth/rate-limit";
import { signUp } from "@/lib/auth/sign-up";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { uniq } from "../factories/catalog";
import { createTestUser } from "../factories/users";

const limit = (key: string, now?: Date) =>
  consumeRateLimit({ key, points: 3, windowSeconds: 60, ...(now ? { now } : {}) });

async function rateLimited(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe("RATE_LIMITED");
  return e as AppError;
}

describe("consumeRateLimit (PostgreSQL fixed window)", () => {
  it("refuses the N+1th attempt in the window, with a retry-after", async () => {
    const key = uniq("rl");
    const t0 = new Date();
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await limit(key, new Date(t0.getTime() + i * 1000)));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results.map((r) => r.remaining)).toEqual([2, 1, 0, 0]);
    expect(results[3]!.retryAfterSeconds).toBe(57);
    expect(results[0]!.retryAfterSeconds).toBe(0);
  });

  it("keeps keys independent", async () => {
    const a = uniq("rl");
    const b = uniq("rl");
    for (let i = 0; i < 4; i++) await limit(a);
    expect((await limit(a)).allowed).toBe(false);
    expect(await limit(b)).toMatchObject({ allowed: true, consumed: 1 });
  });

  it("starts a new window once the old one expired", async () => {
    const key = uniq("rl");
    const t0 = new Date();
    for (let i = 0; i < 4; i++) await limit(key, t0);
    expect((await limit(key, new Date(t0.getTime() + 59_000))).allowed).toBe(false);
    const next = await limit(key, new Date(t0.getTime() + 60_000));
    expect(next).toMatchObject({ allowed: true, consumed: 1, remaining: 2 });
    expect(next.resetAt.getTime()).toBe(t0.getTime() + 120_000);
    // The raw SQL and Prisma agree on the instant (no time-zone drift).
    const row = await prisma.rateLimitBucket.findUniqueOrThrow({ where: { key } });
    expect(row.expiresAt.getTime()).toBe(t0.getTime() + 120_000);
  });

  it("counts concurrent attempts exactly (one atomic upsert)", async () => {
    const key = uniq("rl");
    const results = await Promise.all(
      Array.from({ length: 20 }, () => consumeRateLimit({ key, points: 5, windowSeconds: 60 })),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    expect(Math.max(...results.map((r) => r.consumed))).toBe(20);
  });

  it("refunds points and cleans up expired buckets", async () => {
    const key = uniq("rl");
    for (let i = 0; i < 3; i++) await limit(key);
    await refundRateLimit({ key });
    expect((await limit(key)).allowed).toBe(true);
    const past = new Date(Date.now() - 3_600_000);
    const old = uniq("rl");
    await limit(old, past);
    expect(await deleteExpiredRateLimitBuckets()).toBeGreaterThanOrEqual(1);
    expect(await prisma.rateLimitBucket.findUnique({ where: { key: old } })).toBeNull();
  });
});

describe("sign-in and sign-up limits", () => {
  it("ten wrong passwords from elsewhere do not lock the owner out: the right one from a clean IP works, slowed", async () => {
    const victim = await createTestUser();
    const attacker = uniq("ip");
    const delays: number[] = [];
    const sleep = async (ms: number) => void delays.push(ms);
    for (let i = 0; i < AUTH_LIMITS.signInPerAccount.points; i++) {
      // many addresses, as a botnet would
      const r = await attemptSignIn(
        { email: victim.email, password: "wrong-password", ip: `${attacker}-${i}` },
        prisma,
        sleep,
      );
      expect(r).toEqual({ ok: false, reason: "INVALID_CREDENTIALS" });
    }
    expect(delays).toEqual([]); // ten failures: no slowdown yet
    const owner = await attemptSignIn(
      { email: victim.email.toUpperCase(), password: victim.password, ip: uniq("ip") },
      prisma,
      sleep,
    );
    expect(owner.ok).toBe(true);
    expect(delays).toEqual([AUTH_LIMITS.signInSlowdown.baseMs]); // slowed down, not locked

    // further guesses keep getting slower, capped
    for (let i = 0; i < 8; i++)
      await attemptSignIn({ email: victim.email, password: "wrong", ip: `${attacker}-x${i}` }, prisma, sleep);
    expect(delays.slice(1)).toEqual([250, 500, 1000, 2000, 4000, 5000, 5000, 5000]);
    expect(signInSlowdownMs(1_000)).toBe(AUTH_LIMITS.signInSlowdown.maxMs);
  });

  it("ten wrong passwords from one IP refuse that IP for that account only", async () => {
    const victim = await createTestUser();
    const other = await createTestUser();
    const ip = uniq("ip");
    const sleep = async () => undefined;
    for (let i = 0; i < AUTH_LIMITS.signInPerAccountIp.points; i++)
      await attemptSignIn({ email: victim.email, password: "wrong-password", ip }, prisma, sleep);
    const e = await rateLimited(attemptSignIn({ email: victim.email, password: victim.password, ip }, prisma, sleep));
    expect(e.retryAfterSeconds).toBeGreaterThan(0);
    expect(e.retryAfterSeconds).toBeLessThanOrEqual(AUTH_LIMITS.signInPerAccountIp.windowSeconds);
    // the same address still signs in to another account, and the owner from another address
    expect((await attemptSignIn({ email: other.email, password: other.password, ip }, prisma, sleep)).ok).toBe(true);
    expect(
      (await attemptSignIn({ email: victim.email, password: victim.password, ip: uniq("ip") }, prisma, sleep)).ok,
    ).toBe(true);
  });

  it("limits one IP across accounts, and successful sign-ins give their points back", async () => {
    const user = await createTestUser();
    const ip = uniq("ip");
    // Many successes from one address (a shared NAT) never lock it.
    for (let i = 0; i < 3; i++)
      expect((await attemptSignIn({ email: user.email, password: user.password, ip })).ok).toBe(true);
    const bucket = await prisma.rateLimitBucket.findUnique({ where: { key: `sign-in:ip:${ip}` } });
    expect(bucket?.points).toBe(0);
    // Failures against many different accounts from that address do.
    await prisma.rateLimitBucket.update({
      where: { key: `sign-in:ip:${ip}` },
      data: { points: AUTH_LIMITS.signInPerIp.points },
    });
    await rateLimited(attemptSignIn({ email: `${uniq("nobody")}@test.local`, password: "x", ip }));
    await rateLimited(attemptSignIn({ email: user.email, password: user.password, ip }));
  });

  it("limits sign-ups per IP", async () => {
    const ip = uniq("ip");
    const data = () => ({ name: "Kofi Boateng", email: `${uniq("signup")}@test.local`, password: "password123" });
    for (let i = 0; i < AUTH_LIMITS.signUpPerIp.points; i++) await signUp({ data: data(), ip });
    const e = await rateLimited(signUp({ data: data(), ip }));
    expect(e.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("limits sign-ups per email across IPs", async () => {
    const email = `${uniq("signup")}@test.local`;
    await signUp({ data: { name: "Efua", email, password: "password123" }, ip: uniq("ip") });
    for (let i = 1; i < AUTH_LIMITS.signUpPerAccount.points; i++) {
      // the same answer as a new account (no enumeration), until the limit
      await expect(signUp({ data: { name: "Efua", email, password: "password123" }, ip: uniq("ip") })).resolves.toEqual(
        {
          email,
        },
      );
    }
    await rateLimited(signUp({ data: { name: "Efua", email, password: "password123" }, ip: uniq("ip") }));
  });
});

import "server-only";
import type { NextAuthOptions, User } from "next-auth";
import type { JWT } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { serverEnv } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { attemptSignIn } from "./attempt-sign-in";
import { ACCOUNT_DISABLED, encodeRateLimited } from "./client";
import { clientIp, userAgent } from "./request-ip";
import { revokeUserSession } from "./session-claims";
import { checkSession, forgetSession, SESSION_CHECK_INTERVAL_MS, SessionEndedError } from "./session-check";
import type { TSessionUser } from "./types";

const THIRTY_DAYS = 30 * 24 * 60 * 60;

function withClaims(token: JWT, user: TSessionUser, sessionId: string, checkedAt: number): JWT {
  return {
    ...token,
    sub: user.id,
    name: user.name,
    email: user.email,
    sid: sessionId,
    roles: user.roles,
    perms: user.adminPermissions,
    membership: user.membership,
    checkedAt,
  };
}

function userFromToken(token: JWT): TSessionUser | null {
  if (!token.sub || !token.sid || !token.email || !token.roles) return null;
  return {
    id: token.sub,
    email: token.email,
    name: token.name ?? "",
    roles: token.roles,
    adminPermissions: token.perms ?? [],
    membership: token.membership ?? null,
  };
}

async function authorize(
  credentials: Record<string, string> | undefined,
  headers: Record<string, string>,
): Promise<User | null> {
  try {
    const result = await attemptSignIn({
      email: credentials?.email,
      password: credentials?.password,
      ip: clientIp(headers),
      userAgent: userAgent(headers),
    });
    if (result.ok) return { id: result.user.id, claims: result.user, sessionId: result.sessionId };
    if (result.reason === "ACCOUNT_DISABLED") throw new Error(ACCOUNT_DISABLED);
    return null;
  } catch (e) {
    // next-auth copies a thrown message into the redirect URL: only known codes may pass.
    if (isAppError(e) && e.code === "RATE_LIMITED") throw new Error(encodeRateLimited(e.retryAfterSeconds ?? 60));
    if (e instanceof Error && e.message === ACCOUNT_DISABLED) throw e;
    console.error("[auth] sign-in failed unexpectedly", e);
    throw new Error("SIGN_IN_UNAVAILABLE");
  }
}

export const authOptions: NextAuthOptions = {
  // Read on first request, not at import: `next build` imports this without any secret.
  get secret() {
    return serverEnv().authSecret;
  },
  session: { strategy: "jwt", maxAge: THIRTY_DAYS },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: (credentials, req) => authorize(credentials, (req.headers ?? {}) as Record<string, string>),
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user?.claims && user.sessionId) return withClaims(token, user.claims, user.sessionId, Date.now());
      if (!token.sid || !token.sub) throw new SessionEndedError();
      const now = Date.now();
      if (token.checkedAt && now - token.checkedAt < SESSION_CHECK_INTERVAL_MS) return token;
      const { at, user: fresh } = await checkSession(token.sid, now);
      if (!fresh) throw new SessionEndedError();
      return withClaims(token, fresh, token.sid, at);
    },
    session({ session, token }) {
      const user = userFromToken(token);
      if (!user) throw new SessionEndedError();
      return { ...session, user, sessionId: token.sid ?? "" };
    },
  },
  events: {
    async signOut({ token }) {
      if (!token?.sid || !token.sub) return;
      forgetSession(token.sid);
      await revokeUserSession({ input: { userId: token.sub, sessionId: token.sid } });
    },
  },
  logger: {
    error(code, metadata) {
      if (metadata instanceof SessionEndedError) return; // a revoked session is not an error
      console.error(`[next-auth][error][${code}]`, metadata);
    },
    warn(code) {
      // NEXTAUTH_URL is optional here: the app is served from APP_URL / the request host.
      if (code !== "NEXTAUTH_URL") console.warn(`[next-auth][warn][${code}]`);
    },
    debug() {},
  },
};

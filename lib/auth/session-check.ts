import "server-only";
import { getActiveSessionUser } from "./session-claims";
import type { TSessionUser } from "./types";

// Revocation is checked against the database at most once a minute per session. The JWT
// remembers when it was last checked, but server components cannot rewrite the cookie, so a
// small per-process memo covers them: a revoked session or disabled user is refused everywhere
// within SESSION_CHECK_INTERVAL_MS, at the cost of one query per active session per minute.

export const SESSION_CHECK_INTERVAL_MS = 60_000;
const MAX_ENTRIES = 10_000;
const memo = new Map<string, { at: number; user: TSessionUser | null }>();

/** The live session's user (fresh claims) and when that was read, or user null if ended. */
export async function checkSession(
  sessionId: string,
  now = Date.now(),
): Promise<{ at: number; user: TSessionUser | null }> {
  const hit = memo.get(sessionId);
  if (hit && now - hit.at < SESSION_CHECK_INTERVAL_MS) return hit;
  const entry = { at: now, user: await getActiveSessionUser({ sessionId, now: new Date(now) }) };
  if (memo.size >= MAX_ENTRIES) {
    // Map iterates in insertion order: drop the oldest tenth.
    let n = Math.ceil(MAX_ENTRIES / 10);
    for (const key of memo.keys()) {
      memo.delete(key);
      if (--n === 0) break;
    }
  }
  memo.delete(sessionId);
  memo.set(sessionId, entry);
  return entry;
}

/** Drops this process's memo of a session (after sign-out here). */
export function forgetSession(sessionId: string): void {
  memo.delete(sessionId);
}

/** Thrown from the jwt callback: next-auth then clears the cookie and answers "no session". */
export class SessionEndedError extends Error {
  constructor() {
    super("SESSION_ENDED");
    this.name = "SessionEndedError";
  }
}

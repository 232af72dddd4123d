// Auth helpers shared by the sign-in/up forms (client) and the server. No secrets, no database.

/** The error code authorize() throws when a limit is hit; next-auth puts it in `?error=`. */
export const RATE_LIMITED_PREFIX = "RATE_LIMITED:";
export const ACCOUNT_DISABLED = "ACCOUNT_DISABLED";

export function encodeRateLimited(retryAfterSeconds: number): string {
  return `${RATE_LIMITED_PREFIX}${Math.max(1, Math.ceil(retryAfterSeconds))}`;
}

/** Seconds to wait when `error` is a rate-limit code, else null. */
export function parseRateLimited(error: string | null | undefined): number | null {
  if (!error?.startsWith(RATE_LIMITED_PREFIX)) return null;
  const s = Number(error.slice(RATE_LIMITED_PREFIX.length));
  return Number.isFinite(s) && s > 0 ? s : null;
}

export function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many attempts, try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

/** User-facing text for next-auth's `error` codes (query string or signIn() result). */
export function signInErrorMessage(error: string | null | undefined): string | null {
  if (!error) return null;
  const wait = parseRateLimited(error);
  if (wait) return tooManyAttemptsMessage(wait);
  if (error === ACCOUNT_DISABLED)
    return "This account has been disabled. Contact support if you think this is a mistake.";
  if (error === "CredentialsSignin") return "That email and password don't match. Please try again.";
  if (error === "SessionRequired") return "Please sign in to continue.";
  return "We couldn't sign you in. Please try again.";
}

/**
 * Only same-origin paths may be a post-sign-in destination (no open redirects): "/orders?x=1"
 * passes; "https://evil.test", "//evil.test", "/\\evil.test" and anything odd fall back.
 */
export function safeCallbackUrl(raw: string | null | undefined, fallback = "/"): string {
  if (!raw || typeof raw !== "string" || raw.length > 2000) return fallback;
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return fallback;
  // Control characters and backslashes are how "/\tevil.test"-style tricks get past browsers.
  for (const ch of raw) if (ch.charCodeAt(0) < 0x20 || ch === "\\") return fallback;
  try {
    const url = new URL(raw, "http://londom.invalid");
    if (url.origin !== "http://londom.invalid") return fallback;
    // Never bounce back to the auth pages themselves.
    if (url.pathname === "/sign-in" || url.pathname === "/sign-up") return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}

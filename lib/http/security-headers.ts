// The security headers of every response (pages, API routes, static files), built here and set
// once by next.config.ts `headers()` for the source "/:path*". Plain TypeScript with no
// server-only import: next.config loads it, and so do the tests.
//
// Why the CSP allows 'unsafe-inline' scripts instead of a nonce or hashes:
// - A nonce must be new on every response, so the HTML has to be rendered per request: Next
//   then renders every page dynamically, and the catalog's cached (ISR) pages — the home page,
//   categories, product pages, search keys — would lose their cache (their whole point).
// - Hashes (with or without 'strict-dynamic') would need the hash of every inline script of
//   every page in the header: Next streams the RSC payload as inline
//   `self.__next_f.push(…)` scripts whose content is the page's data, different per page and per
//   regeneration, and a header set in next.config cannot know it. 'strict-dynamic' without a
//   nonce or hash would block Next's own bootstrap scripts.
// So scripts are limited to our own origin (plus the PostHog assets host, when analytics are
// on) and inline scripts are allowed. What the policy still buys: no script, frame, plugin or
// form target from a foreign origin, no <base> hijack, no framing of any page (checkout, admin)
// and no data sent to hosts we do not know. React escapes all rendered text, and no page uses
// dangerouslySetInnerHTML with user data; that stays the defence against injected markup.
//
// Where things are allowed:
// - Paystack: its hosted checkout (checkout.paystack.com) is reached by a top-level navigation
//   to the authorization_url (CSP does not restrict navigation); `form-action` allows it too in
//   case a form posts there. The emulator's hosted page is on our own origin (/dev/paystack).
// - PostHog: posthog-js is bundled (self); it sends events to NEXT_PUBLIC_POSTHOG_HOST and may
//   load its remote config script from the matching "-assets" host (eu.i.posthog.com →
//   eu-assets.i.posthog.com): connect-src and script-src.
// - Images: next/image serves every product image from /_next/image on our origin; data: and
//   blob: for inline placeholders and local previews of uploads.
// - Development only: 'unsafe-eval' (React refresh and webpack's eval source maps) and ws: for
//   the hot-reload socket.

export type TSecurityHeadersOptions = {
  /** NODE_ENV: "production" adds HSTS; "development" allows eval and the HMR socket. */
  nodeEnv: string | undefined;
  /** NEXT_PUBLIC_POSTHOG_HOST (its default when unset). */
  posthogHost?: string | undefined;
};

export const PAYSTACK_CHECKOUT_ORIGIN = "https://checkout.paystack.com";
const DEFAULT_POSTHOG_HOST = "https://eu.i.posthog.com";

/** Origin of a URL, or undefined when it is not a valid http(s) URL. */
function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === "https:" || u.protocol === "http:" ? u.origin : undefined;
  } catch {
    return undefined;
  }
}

/** PostHog's API host and the host it serves its scripts from (eu.i.posthog.com → eu-assets.i.posthog.com). */
export function posthogOrigins(host: string | undefined): string[] {
  const api = originOf(host ?? DEFAULT_POSTHOG_HOST);
  if (!api) return [];
  const u = new URL(api);
  const m = /^([a-z]+)\.i\.posthog\.com$/.exec(u.hostname);
  return m ? [api, `${u.protocol}//${m[1]}-assets.i.posthog.com`] : [api];
}

export function contentSecurityPolicy({ nodeEnv, posthogHost }: TSecurityHeadersOptions): string {
  const dev = nodeEnv === "development";
  const posthog = posthogOrigins(posthogHost);
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : []), ...posthog.slice(1)],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...posthog, ...(dev ? ["ws:", "wss:"] : [])],
    "worker-src": ["'self'", "blob:"],
    "manifest-src": ["'self'"],
    "frame-src": ["'self'"],
    "frame-ancestors": ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'", PAYSTACK_CHECKOUT_ORIGIN],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/** Every security header, as next.config `headers()` entries want them. */
export function securityHeaders(options: TSecurityHeadersOptions): { key: string; value: string }[] {
  const headers = [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
    // frame-ancestors is the modern form; X-Frame-Options for browsers that ignore CSP
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    // full URLs (order numbers, payment references in callbacks) never leave the site
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    // nothing here uses these; payment=() too: Paystack runs on its own page, not in ours
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
  // HTTPS only in production: a browser that saw HSTS on localhost would refuse plain-HTTP dev servers
  if (options.nodeEnv === "production")
    headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  return headers;
}

// Walks every page, layout, server action and route handler that can be reached from the
// outside and fails when one does not check its caller: dashboard pages through their section
// guard (with their own path), server actions through action(), route handlers through
// route({ permission }). Endpoints anyone may call are listed below with the reason.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { RBAC_MATRIX } from "@/lib/auth/rbac";

const ROOT = path.resolve(__dirname, "../..");
const APP = path.join(ROOT, "app");

/** Route handlers with `permission: "public"`, and why that is safe. */
const PUBLIC_ROUTES: Record<string, string> = {
  "api/health": "liveness for load balancers; reveals nothing",
  "api/auth/sign-up": "creating an account is for anyone (rate limited per IP and email)",
  "api/webhooks/paystack": "authenticated by Paystack's HMAC signature",
  "api/internal/cache/revalidate": "authenticated by an HMAC signature with the app secret",
  "api/v1/me": "answers who the visitor is, or null",
  "api/v1/cart/quote": "reprices a cart from public catalog data",
  "api/v1/categories": "public catalog",
  "api/v1/products": "public catalog",
  "api/v1/products/[slug]": "public catalog",
  "api/v1/search/suggest": "public catalog",
  "api/dev/paystack/*": "the local Paystack emulator; every handler calls assertPaystackEmulatorEnabled",
  "api/webhooks/twilio": "authenticated by X-Twilio-Signature (the SDK's validateRequest)",
  "api/webhooks/postmark": "authenticated by the basic auth in Postmark's webhook URL",
  "api/dev/twilio/[...path]": "the local Twilio emulator; 404 with real Twilio keys (assertTwilioEmulatorEnabled)",
  "api/dev/postmark/[...path]": "the local Postmark emulator; 404 with a real token (assertPostmarkEmulatorEnabled)",
  "media/[...key]": "product images, served to every visitor",
  "bench/baseline-api": "a constant body, the benchmarks' baseline",
};
/** Route files that are not ours to wrap. */
const FOREIGN_ROUTES: Record<string, string> = {
  "api/auth/[...nextauth]": "next-auth's own handler (sign-in, callbacks, CSRF)",
};
const PAGE_GUARDS: Record<string, string> = {
  admin: "requireAdminSection",
  vendor: "requireVendorSection",
  rider: "requireRiderPage",
};
const LAYOUT_GUARDS: Record<string, string> = {
  admin: "requireAdminPage",
  vendor: "requireVendorPage",
  rider: "requireRiderPage",
};
const HTTP_METHODS = new Set(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]);

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}
const parse = (file: string, text = fs.readFileSync(file, "utf8")) =>
  ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);

/** The URL path of an app/ file: route groups dropped, "page.tsx"/"route.ts" removed. */
export function routePath(file: string): string {
  const rel = path.relative(APP, path.dirname(file)).split(path.sep);
  return rel.filter((s) => !/^\(.*\)$/.test(s)).join("/");
}

function calls(node: ts.Node, name: string): ts.CallExpression[] {
  const out: ts.CallExpression[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === name) out.push(n);
    ts.forEachChild(n, visit);
  };
  visit(node);
  return out;
}

function stringProperty(obj: ts.Expression | undefined, key: string): string | null {
  if (!obj || !ts.isObjectLiteralExpression(obj)) return null;
  for (const p of obj.properties) {
    if (ts.isPropertyAssignment(p) && p.name.getText() === key && ts.isStringLiteral(p.initializer)) {
      return p.initializer.text;
    }
  }
  return null;
}

/** Exported consts/functions of a module: name → initializer (null for a function declaration). */
function exportsOf(sf: ts.SourceFile): Map<string, ts.Expression | null> {
  const out = new Map<string, ts.Expression | null>();
  for (const st of sf.statements) {
    const exported =
      ts.canHaveModifiers(st) && ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) out.set(d.name.getText(), d.initializer ?? null);
    } else if (ts.isFunctionDeclaration(st) && st.name) out.set(st.name.text, null);
  }
  return out;
}

/** Problems of one dashboard page or layout: it must call its section guard with its own path (or a parent's). */
export function checkDashboardPage(file: string, text?: string): string[] {
  const section = routePath(file).split("/")[0]!;
  const guard = PAGE_GUARDS[section]!;
  const sf = parse(file, text);
  const own = "/" + routePath(file);
  const hrefs = calls(sf, guard).map((c) =>
    c.arguments[0] && ts.isStringLiteral(c.arguments[0]) ? c.arguments[0].text : null,
  );
  if (path.basename(file).startsWith("layout")) {
    const layoutGuard = LAYOUT_GUARDS[section]!;
    return calls(sf, layoutGuard).length ? [] : [`${layoutGuard}() is not called`];
  }
  if (!hrefs.length) return [`${guard}() is not called`];
  const ok = hrefs.some((h) => h !== null && (own === h || own.startsWith(h === `/${section}` ? `${h}/__` : `${h}/`)));
  return ok ? [] : [`${guard}(${hrefs.join(", ")}) does not guard ${own}`];
}

/** Problems of a "use server" module: every export is action({ permission: <an RBAC action | "public"> }, ...). */
export function checkServerActions(file: string, text?: string): string[] {
  const sf = parse(file, text);
  const problems: string[] = [];
  for (const [name, init] of exportsOf(sf)) {
    const call =
      init && ts.isCallExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === "action"
        ? init
        : null;
    const permission = call ? stringProperty(call.arguments[0], "permission") : null;
    if (!permission) problems.push(`${name} is not action({ permission }, ...)`);
    else if (permission !== "public" && !(permission in RBAC_MATRIX))
      problems.push(`${name}: unknown permission ${permission}`);
  }
  return problems;
}

/** Problems of a route module: every HTTP method is route({ permission }); "public" only when listed. */
export function checkRoute(file: string, text?: string): string[] {
  const rp = routePath(file);
  if (FOREIGN_ROUTES[rp]) return [];
  const sf = parse(file, text);
  const listedPublic = Object.keys(PUBLIC_ROUTES).some((k) =>
    k.endsWith("/*") ? rp.startsWith(k.slice(0, -1)) : k === rp,
  );
  const problems: string[] = [];
  for (const [name, init] of exportsOf(sf)) {
    if (!HTTP_METHODS.has(name)) continue;
    const call =
      init && ts.isCallExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === "route"
        ? init
        : null;
    const permission = call ? stringProperty(call.arguments[0], "permission") : null;
    if (!permission) problems.push(`${name} is not route({ permission }, ...)`);
    else if (permission === "public" && !listedPublic)
      problems.push(`${name} is public but ${rp} is not on PUBLIC_ROUTES`);
    else if (permission !== "public" && !(permission in RBAC_MATRIX))
      problems.push(`${name}: unknown permission ${permission}`);
  }
  return problems;
}

const files = walk(APP).filter((f) => /\.(ts|tsx)$/.test(f));
const rel = (f: string) => path.relative(ROOT, f);
const isDashboard = (f: string) => /^(admin|vendor|rider)\//.test(path.relative(APP, f));
const dashboardPages = files.filter((f) => isDashboard(f) && /^(page|layout)\.tsx$/.test(path.basename(f)));
const serverActionFiles = files.filter((f) => /^["']use server["']/m.test(fs.readFileSync(f, "utf8")));
const routeFiles = files.filter((f) => path.basename(f) === "route.ts");

describe("every entry point checks its caller", () => {
  it("finds the entry points it walks", () => {
    expect(dashboardPages.length).toBeGreaterThanOrEqual(19);
    expect(routeFiles.length).toBeGreaterThanOrEqual(20);
    expect(serverActionFiles.length).toBeGreaterThanOrEqual(2);
  });

  it.each(dashboardPages.map(rel))("%s calls its section guard", (f) => {
    expect(checkDashboardPage(path.join(ROOT, f))).toEqual([]);
  });

  it.each(serverActionFiles.map(rel))("%s exports only action()-wrapped server actions", (f) => {
    expect(checkServerActions(path.join(ROOT, f))).toEqual([]);
  });

  it.each(routeFiles.map(rel))("%s declares a permission for every method", (f) => {
    expect(checkRoute(path.join(ROOT, f))).toEqual([]);
  });

  it("every listed public route exists", () => {
    const paths = new Set(routeFiles.map(routePath));
    for (const key of [...Object.keys(PUBLIC_ROUTES), ...Object.keys(FOREIGN_ROUTES)]) {
      const exists = key.endsWith("/*") ? [...paths].some((p) => p.startsWith(key.slice(0, -1))) : paths.has(key);
      expect(exists, key).toBe(true);
    }
  });
});

describe("the walker catches what it should", () => {
  const page = path.join(APP, "admin/batches/page.tsx");
  it("an unguarded page, or one guarded with another section's path", () => {
    expect(checkDashboardPage(page, "export default async function P() { return null; }")).toEqual([
      "requireAdminSection() is not called",
    ]);
    expect(
      checkDashboardPage(page, 'export default async function P() { await requireAdminSection("/admin/payouts"); }'),
    ).toEqual(["requireAdminSection(/admin/payouts) does not guard /admin/batches"]);
    expect(
      checkDashboardPage(page, 'export default async function P() { await requireAdminSection("/admin"); }'),
    ).toHaveLength(1);
    const detail = path.join(APP, "admin/batches/[code]/page.tsx");
    expect(
      checkDashboardPage(detail, 'export default async function P() { await requireAdminSection("/admin/batches"); }'),
    ).toEqual([]);
  });

  it("a rider page must call requireRiderPage with its own path", () => {
    const rider = path.join(APP, "rider/page.tsx");
    expect(checkDashboardPage(rider, "export default async function P() { return null; }")).toEqual([
      "requireRiderPage() is not called",
    ]);
    expect(
      checkDashboardPage(rider, 'export default async function P() { await requireAdminSection("/admin"); }'),
    ).toEqual(["requireRiderPage() is not called"]);
    expect(
      checkDashboardPage(rider, 'export default async function P() { await requireRiderPage("/rider"); }'),
    ).toEqual([]);
    expect(checkDashboardPage(path.join(APP, "rider/layout.tsx"), "export default function L() {}")).toEqual([
      "requireRiderPage() is not called",
    ]);
  });

  it("a bare server action, or one with a made-up permission", () => {
    const f = path.join(APP, "admin/batches/actions.ts");
    expect(checkServerActions(f, '"use server";\nexport async function ship() {}')).toEqual([
      "ship is not action({ permission }, ...)",
    ]);
    expect(
      checkServerActions(
        f,
        '"use server";\nexport const ship = action({ permission: "admin:everything", input: Z }, h);',
      ),
    ).toEqual(["ship: unknown permission admin:everything"]);
    expect(
      checkServerActions(f, '"use server";\nexport const ship = action({ permission: "admin:batches", input: Z }, h);'),
    ).toEqual([]);
  });

  it("a bare route handler, or an unlisted public one", () => {
    const f = path.join(APP, "api/v1/orders/route.ts");
    expect(checkRoute(f, "export async function GET() {}")).toEqual(["GET is not route({ permission }, ...)"]);
    expect(checkRoute(f, 'export const POST = route({ permission: "public" }, h);')).toEqual([
      "POST is public but api/v1/orders is not on PUBLIC_ROUTES",
    ]);
    expect(checkRoute(f, 'export const POST = route({ permission: "orders:place" }, h);')).toEqual([]);
  });
});

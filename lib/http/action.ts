import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { revalidatePath } from "next/cache";
import { ZodError, type z } from "zod";
import { recordAudit, type TAuditEntry } from "@/lib/audit/record-audit";
import { isAppError } from "@/lib/errors";
import type { TActionResult } from "@/lib/http/action-result";
import { resolveCaller, type TCaller, type TIsStaff, type TPermission } from "@/lib/http/caller";
import { assertStorableInput } from "@/lib/http/text";

// The one wrapper for server actions. A server action is a public POST endpoint, so each one
// declares who may call it (an RBAC action, or "public"), and the wrapper does the rest in
// the same order every time: session → RBAC (vendor actions: the session's own vendor is the
// tenant, never a field of the input) → zod parse → the use case → audit row for staff
// actions → revalidation → an answer the form can show (field errors, AppError messages;
// anything unexpected is logged and answered generically, never a stack trace).

export type { TActionResult } from "@/lib/http/action-result";

export type TActionContext<P extends TPermission> = TCaller<P>;

type TAuditFor<S extends z.ZodType, R> = (input: z.output<S>, result: R) => TAuditEntry;

type TActionConfig<P extends TPermission, S extends z.ZodType, R> = {
  permission: P;
  input: S;
  /** Paths whose pages show what this action changes. */
  revalidate?: string[] | ((input: z.output<S>, result: R) => string[]);
} & (TIsStaff<P> extends true
  ? { /** Staff actions are always audited. */ audit: TAuditFor<S, R> }
  : { audit?: TAuditFor<S, R> });

export function action<P extends TPermission, S extends z.ZodType, R>(
  config: TActionConfig<P, S, NoInfer<R>>,
  handler: (input: z.output<S>, ctx: TActionContext<P>) => Promise<R>,
): (raw: z.input<S> | FormData) => Promise<TActionResult<R>> {
  return async (raw) => {
    try {
      const ctx = await resolveCaller(config.permission, await headers());
      const values = raw instanceof FormData ? formDataObject(raw) : raw;
      assertStorableInput(values); // NUL / unpaired surrogates: a field error, not a 500 from PostgreSQL
      const input = config.input.parse(values) as z.output<S>;
      const result = await handler(input, ctx);
      if (config.audit)
        await recordAudit({ ...config.audit(input, result), actorId: ctx.user?.id ?? null, ip: ctx.ip });
      const paths = typeof config.revalidate === "function" ? config.revalidate(input, result) : config.revalidate;
      for (const p of paths ?? []) revalidatePath(p);
      return { ok: true, data: result };
    } catch (e) {
      unstable_rethrow(e); // redirect() and notFound() keep working inside actions
      return toActionError(e);
    }
  };
}

/** AppError / ZodError → what the form shows; anything else is logged and answered generically. */
export function toActionError(e: unknown): Exclude<TActionResult<never>, { ok: true }> {
  if (e instanceof ZodError) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of e.issues) fieldErrors[issue.path.join(".") || "form"] ??= issue.message;
    const only = e.issues.length === 1 ? e.issues[0]?.message : undefined;
    return { ok: false, code: "BAD_REQUEST", message: only ?? "Please check the highlighted fields.", fieldErrors };
  }
  if (isAppError(e)) return { ok: false, code: e.code, message: e.message };
  console.error("[server action]", e);
  return { ok: false, code: "INTERNAL", message: "Something went wrong on our side. Please try again." };
}

/** A form post as a plain object: repeated keys become arrays, empty strings stay (zod decides). */
function formDataObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form) {
    if (key.startsWith("$ACTION")) continue; // Next's own fields
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...(prev as unknown[]), value] : [prev, value];
  }
  return out;
}

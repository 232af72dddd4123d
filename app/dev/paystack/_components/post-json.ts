// Browser-side JSON calls to the emulator's endpoints (app/api/dev/paystack): the route()
// wrapper answers errors as { error: { message } }, shown to the user as is.
export type TResult<T> = { ok: true; data: T } | { ok: false; error: string };

export async function callJson<T>(url: string, body?: unknown): Promise<TResult<T>> {
  try {
    const res = await fetch(url, {
      method: body === undefined ? "GET" : "POST",
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: "no-store",
    });
    const json = (await res.json().catch(() => null)) as (T & { error?: { message?: string } }) | null;
    if (!res.ok) return { ok: false, error: json?.error?.message ?? `Request failed (${res.status})` };
    return { ok: true, data: json as T };
  } catch {
    return { ok: false, error: "Network error. Please try again." };
  }
}

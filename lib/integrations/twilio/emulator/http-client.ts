import "server-only";
import twilio from "twilio";
import TwilioResponse from "twilio/lib/http/response";
import { handleTwilioRequest } from "./api";

type TReqOpts = Parameters<InstanceType<typeof twilio.RequestClient>["request"]>[0];

function toSearch(obj: unknown): string {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries((obj ?? {}) as Record<string, unknown>)) {
    if (v === undefined || v === null) continue;
    for (const item of Array.isArray(v) ? v : [v]) s.append(k, String(item));
  }
  return s.toString();
}

/**
 * The twilio SDK's own seam: `twilio(sid, token, { httpClient })`. This RequestClient hands
 * each request to the emulator in-process (no network, works in the worker and in tests)
 * instead of sending it to api.twilio.com; everything above it is the unchanged SDK.
 */
export class TwilioEmulatorRequestClient extends twilio.RequestClient {
  override async request<TData>(opts: TReqOpts) {
    const url = new URL(opts.uri);
    const query = toSearch(opts.params);
    if (query) url.search = query;
    const headers = new Headers();
    if (opts.username)
      headers.set(
        "authorization",
        `Basic ${Buffer.from(`${opts.username}:${opts.password ?? ""}`).toString("base64")}`,
      );
    const method = opts.method.toUpperCase();
    const hasBody = method === "POST";
    if (hasBody) headers.set("content-type", "application/x-www-form-urlencoded");
    const res = await handleTwilioRequest(
      new Request(url, { method, headers, body: hasBody ? toSearch(opts.data) : undefined }),
    );
    const body = await res.text();
    // The SDK's Response(statusCode, body, headers); it parses string bodies as JSON itself.
    return new TwilioResponse<TData>(res.status, body as TData, Object.fromEntries(res.headers));
  }
}

import "server-only";
import http from "node:http";
import https from "node:https";
import { PEER_ADDRESS_HEADER } from "@/lib/auth/request-ip";

// Next 16 does not hand the socket to route handlers, server actions or next-auth, only the
// headers (lib/auth/request-ip.ts). This hook, installed once per server process by
// instrumentation.ts, copies each request's TCP peer address into PEER_ADDRESS_HEADER before
// Next sees the request — overwriting a value the client sent under that name — so clientIp()
// can use the real address when no trusted proxy is configured. Node's servers dispatch every
// request through emit("request", req, res): wrapping emit on the server prototypes covers the
// server `next start` / `next dev` already created as well as later ones.

const INSTALLED = Symbol.for("londom.peerAddressHook");

type TEmit = (this: unknown, event: string | symbol, ...args: unknown[]) => boolean;

function wrap(proto: { emit: TEmit }): void {
  const original = proto.emit;
  proto.emit = function emit(this: unknown, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as http.IncomingMessage | undefined;
      if (req?.headers) req.headers[PEER_ADDRESS_HEADER] = req.socket?.remoteAddress ?? "";
    }
    return original.call(this, event, ...args);
  };
}

export function installPeerAddressHook(): void {
  const g = globalThis as { [INSTALLED]?: true };
  if (g[INSTALLED]) return;
  g[INSTALLED] = true;
  wrap(http.Server.prototype as unknown as { emit: TEmit });
  wrap(https.Server.prototype as unknown as { emit: TEmit });
}

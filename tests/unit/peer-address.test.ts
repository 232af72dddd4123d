// The peer-address hook (installed by instrumentation.ts) puts the TCP peer's address into the
// request headers before the app reads them, replacing a value the client forged, so that
// clientIp() without a trusted proxy is the socket's address: rotating X-Forwarded-For (or the
// hook's own header) no longer changes the IP the sign-in limit counts.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installPeerAddressHook } from "@/lib/auth/peer-address";
import { clientIp } from "@/lib/auth/request-ip";

let server: http.Server;
let port = 0;

beforeAll(async () => {
  // a server created BEFORE the hook is installed, like the one `next start` made
  server = http.createServer((req, res) => {
    res.end(clientIp(req.headers as Record<string, string | string[] | undefined>, 0));
  });
  installPeerAddressHook();
  installPeerAddressHook(); // idempotent
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("peer address hook", () => {
  it("answers the socket address whatever the client claims", async () => {
    for (const forged of ["203.0.113.1", "203.0.113.2", "198.51.100.99"]) {
      const res = await fetch(`http://127.0.0.1:${port}/`, {
        headers: { "x-forwarded-for": forged, "x-real-ip": forged, "x-londom-peer-address": forged },
      });
      expect(await res.text()).toBe("127.0.0.1");
    }
  });
});

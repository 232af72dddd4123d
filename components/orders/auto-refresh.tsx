"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Re-renders the server page every few seconds while a payment or refund is in flight, so
 * the order updates without a reload (live SSE replaces this later). Stops after `maxMs`
 * and while the tab is hidden.
 */
export function AutoRefresh({ intervalMs = 3000, maxMs = 10 * 60_000 }: { intervalMs?: number; maxMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    const started = Date.now();
    const id = window.setInterval(() => {
      if (Date.now() - started > maxMs) return window.clearInterval(id);
      if (document.visibilityState === "visible") router.refresh();
    }, intervalMs);
    return () => window.clearInterval(id);
  }, [router, intervalMs, maxMs]);
  return null;
}

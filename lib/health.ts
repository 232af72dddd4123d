import "server-only";
import { prisma } from "@/lib/db";

export async function checkDatabase(): Promise<{ status: "ok" | "down"; latencyMs: number }> {
  const t0 = performance.now();
  try {
    await prisma.$queryRaw`SELECT 1`;
    return { status: "ok", latencyMs: Math.round(performance.now() - t0) };
  } catch (e) {
    console.error("[health] database check failed", e);
    return { status: "down", latencyMs: Math.round(performance.now() - t0) };
  }
}

import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { isNextBuild, serverEnv } from "@/lib/env";

// Next keeps every cached (ISR) page it renders on disk, with no size limit, and the catalog's
// keys are open-ended: every search, every page number, every unknown /p/<slug> (a cached 404).
// A crawler or a script could fill the disk. This sweep keeps, per route, the entries written
// most recently (a page served at least once a minute is rewritten by its revalidation) and
// deletes the rest; Next re-renders a deleted page on its next request.
//
// Layout (Next 16): <distDir>/server/route-cache/<KIND>/<route hash>/$/<path…>/<key><suffix>,
// one file per suffix below (".segments" is a directory). An e2e test checks it against a real
// server, so an upgrade that moves it fails loudly instead of letting the disk fill.

const SUFFIXES = [".html", ".rsc", ".meta", ".body", ".segments"] as const;

type TEntry = { base: string; names: string[]; mtimeMs: number };

export type TSweepResult = { routes: number; entries: number; removed: number };

export function routeCacheDir(distDir: string): string {
  return path.join(distDir, "server", "route-cache");
}

function splitSuffix(name: string): [string, string] | null {
  const suffix = SUFFIXES.find((s) => name.endsWith(s) && name.length > s.length);
  return suffix ? [name.slice(0, -suffix.length), suffix] : null;
}

async function listDir(dir: string) {
  return fs.readdir(dir, { withFileTypes: true }).catch(() => []);
}

/** Every entry below one route's directory, with the time it was last written. */
async function collectEntries(dir: string, out: Map<string, TEntry>): Promise<void> {
  for (const item of await listDir(dir)) {
    const full = path.join(dir, item.name);
    const split = splitSuffix(item.name);
    if (split) {
      const base = path.join(dir, split[0]);
      const entry = out.get(base) ?? { base, names: [], mtimeMs: 0 };
      entry.names.push(full);
      const stat = await fs.stat(full).catch(() => null);
      if (stat) entry.mtimeMs = Math.max(entry.mtimeMs, stat.mtimeMs);
      out.set(base, entry);
    } else if (item.isDirectory()) {
      await collectEntries(full, out); // a path segment, e.g. /c/<slug>/
    }
  }
}

/** Keeps at most `maxEntriesPerRoute` cached pages per route, the most recently written. */
export async function sweepRouteCache(distDir: string, maxEntriesPerRoute: number): Promise<TSweepResult> {
  const result: TSweepResult = { routes: 0, entries: 0, removed: 0 };
  const root = routeCacheDir(distDir);
  for (const kind of await listDir(root)) {
    if (!kind.isDirectory()) continue;
    for (const route of await listDir(path.join(root, kind.name))) {
      if (!route.isDirectory()) continue;
      result.routes++;
      const entries = new Map<string, TEntry>();
      await collectEntries(path.join(root, kind.name, route.name), entries);
      result.entries += entries.size;
      const oldestFirst = [...entries.values()].sort((a, b) => a.mtimeMs - b.mtimeMs);
      for (const entry of oldestFirst.slice(0, Math.max(0, oldestFirst.length - maxEntriesPerRoute))) {
        await Promise.all(entry.names.map((name) => fs.rm(name, { recursive: true, force: true })));
        result.removed++;
      }
    }
  }
  return result;
}

const SWEEP_EVERY_MS = 10 * 60_000;
const globalForSweeper = globalThis as unknown as { routeCacheSweeper?: NodeJS.Timeout };

/** Started by instrumentation.ts in `next start` (dev keeps its cache elsewhere; build has none). */
export function bootRouteCacheSweeper(): void {
  const env = serverEnv();
  if (isNextBuild() || env.NODE_ENV !== "production" || globalForSweeper.routeCacheSweeper) return;
  const sweep = () =>
    sweepRouteCache(env.NEXT_DIST_DIR, env.ROUTE_CACHE_MAX_ENTRIES).then(
      (r) => void (r.removed && console.info(`[route-cache] removed ${r.removed} of ${r.entries} cached pages`)),
      (e: unknown) => console.error("[route-cache] sweep failed", e),
    );
  void sweep();
  globalForSweeper.routeCacheSweeper = setInterval(() => void sweep(), SWEEP_EVERY_MS).unref();
}

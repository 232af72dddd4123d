import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { routeCacheDir, sweepRouteCache } from "@/lib/catalog/cache/route-cache-sweeper";

// Next 16's layout: route-cache/<KIND>/<route hash>/$/<path…>/<key><suffix>
let dist: string;

async function writeEntry(route: string, key: string, ageMinutes: number): Promise<void> {
  const base = path.join(routeCacheDir(dist), "APP_PAGE", route, "$", key);
  await fs.mkdir(path.dirname(base), { recursive: true });
  const when = new Date(Date.now() - ageMinutes * 60_000);
  for (const suffix of [".html", ".rsc", ".meta"]) {
    await fs.writeFile(base + suffix, "x");
    await fs.utimes(base + suffix, when, when);
  }
  await fs.mkdir(`${base}.segments`, { recursive: true });
  await fs.writeFile(path.join(`${base}.segments`, "_tree.segment.rsc"), "x");
}

async function keysOf(route: string, dir: string): Promise<string[]> {
  const names = await fs.readdir(path.join(routeCacheDir(dist), "APP_PAGE", route, "$", dir)).catch(() => []);
  return [...new Set(names.map((n) => n.replace(/\.(html|rsc|meta|segments)$/, "")))].sort();
}

beforeEach(async () => {
  dist = await fs.mkdtemp(path.join(os.tmpdir(), "route-cache-"));
});
afterEach(async () => {
  await fs.rm(dist, { recursive: true, force: true });
});

describe("sweepRouteCache", () => {
  it("keeps the most recently written pages of each route and deletes every file of the others", async () => {
    for (const [key, age] of [
      ["q.old", 50],
      ["q.older", 60],
      ["q.new", 1],
      ["q.newer", 0],
      ["q.mid two", 5],
    ] as const) {
      await writeEntry("search-route", `search/${key}`, age);
    }
    const result = await sweepRouteCache(dist, 3);
    expect(result).toEqual({ routes: 1, entries: 5, removed: 2 });
    expect(await keysOf("search-route", "search")).toEqual(["q.mid two", "q.new", "q.newer"]);
  });

  it("counts a route's entries across its path segments, and routes separately", async () => {
    // random category slugs each make a directory: the cap is per route, not per directory
    for (let i = 0; i < 4; i++) await writeEntry("category-route", `c/slug-${i}/-`, 10 - i);
    await writeEntry("product-route", "p/a-product", 100);
    const result = await sweepRouteCache(dist, 2);
    expect(result.removed).toBe(2);
    expect(await keysOf("category-route", "c/slug-0")).toEqual([]);
    expect(await keysOf("category-route", "c/slug-1")).toEqual([]);
    expect(await keysOf("category-route", "c/slug-3")).toEqual(["-"]);
    expect(await keysOf("product-route", "p")).toEqual(["a-product"]); // its own route, under the cap
  });

  it("does nothing without a cache directory (a fresh build)", async () => {
    expect(await sweepRouteCache(dist, 10)).toEqual({ routes: 0, entries: 0, removed: 0 });
  });
});

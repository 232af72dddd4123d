import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { MEDIA_ROUTE_PREFIX, type TMediaBackend } from "@/lib/storage/backend";
import { mediaContentType } from "@/lib/storage/keys";

// Media on local disk under one root directory (MEDIA_ROOT, default .data/media), served by
// app/media/[...key]/route.ts at /media/<key>.

export function localDiskBackend(root: string): TMediaBackend {
  const mediaRoot = path.resolve(process.cwd(), root);

  function resolveKey(key: string): string | null {
    if (!mediaContentType(key)) return null;
    const full = path.resolve(mediaRoot, key);
    // Belt and braces: the segment rule already forbids "..", absolute paths and backslashes.
    return full.startsWith(mediaRoot + path.sep) ? full : null;
  }

  function requireKey(key: string): string {
    const full = resolveKey(key);
    if (!full) throw new Error(`invalid media key: ${key}`);
    return full;
  }

  return {
    kind: "local",
    url: (key) => `${MEDIA_ROUTE_PREFIX}${key}`,
    keyFromUrl(url) {
      if (!url.startsWith(MEDIA_ROUTE_PREFIX)) return null;
      const key = url.slice(MEDIA_ROUTE_PREFIX.length);
      return mediaContentType(key) ? key : null;
    },
    async put(key, body) {
      const full = requireKey(key);
      await fs.mkdir(path.dirname(full), { recursive: true });
      // Write then rename, so a reader never sees half a file.
      const tmp = `${full}.${process.pid}.${Date.now()}.tmp`;
      await fs.writeFile(tmp, body);
      await fs.rename(tmp, full);
    },
    async has(key) {
      const full = resolveKey(key);
      if (!full) return false;
      return fs.stat(full).then(
        (s) => s.isFile(),
        () => false,
      );
    },
    async read(key) {
      const full = resolveKey(key);
      const contentType = mediaContentType(key);
      if (!full || !contentType) return null;
      try {
        return { body: await fs.readFile(full), contentType };
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "ENOENT" || code === "EISDIR") return null;
        throw e;
      }
    },
    async delete(key) {
      await fs.rm(requireKey(key), { force: true });
    },
  };
}

import "server-only";
import fs from "node:fs/promises";
import path from "node:path";

// Product images and uploads on local disk under .data/media/ (S3-compatible storage can
// replace this module later behind the same three functions). Keys are relative paths such
// as "products/linen-shirt/sand-3f9a2c1e.webp"; they are validated strictly so a key can
// never address a file outside the media root.

const MEDIA_ROOT = path.resolve(process.cwd(), ".data/media");

export const MEDIA_CONTENT_TYPES = {
  webp: "image/webp",
  avif: "image/avif",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
} as const;
type TExt = keyof typeof MEDIA_CONTENT_TYPES;

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*$/;

/** The content type a key is served with, or null when the key is not a valid media key. */
export function mediaContentType(key: string): string | null {
  if (key.length === 0 || key.length > 300) return null;
  const segments = key.split("/");
  if (segments.length > 6 || !segments.every((s) => SEGMENT.test(s))) return null;
  const ext = key.slice(key.lastIndexOf(".") + 1).toLowerCase();
  return ext in MEDIA_CONTENT_TYPES ? MEDIA_CONTENT_TYPES[ext as TExt] : null;
}

function resolveKey(key: string): string | null {
  if (!mediaContentType(key)) return null;
  const full = path.resolve(MEDIA_ROOT, key);
  // Belt and braces: the segment rule already forbids "..", absolute paths and backslashes.
  return full.startsWith(MEDIA_ROOT + path.sep) ? full : null;
}

/** Public URL of a stored file (served by app/media/[...key]/route.ts). */
export function mediaUrl(key: string): string {
  if (!mediaContentType(key)) throw new Error(`invalid media key: ${key}`);
  return `/media/${key}`;
}

/** Stores a file; the key's extension must match the content type. Returns its URL. */
export async function putMedia(key: string, body: Buffer | Uint8Array, contentType: string): Promise<string> {
  const full = resolveKey(key);
  if (!full) throw new Error(`invalid media key: ${key}`);
  if (mediaContentType(key) !== contentType) throw new Error(`content type ${contentType} does not match key ${key}`);
  await fs.mkdir(path.dirname(full), { recursive: true });
  // Write then rename, so a reader never sees half a file.
  const tmp = `${full}.${process.pid}.${Date.now()}.tmp`;
  await fs.writeFile(tmp, body);
  await fs.rename(tmp, full);
  return mediaUrl(key);
}

export async function hasMedia(key: string): Promise<boolean> {
  const full = resolveKey(key);
  if (!full) return false;
  return fs.stat(full).then(
    (s) => s.isFile(),
    () => false,
  );
}

/** The file and its content type, or null for an unknown or invalid key. */
export async function readMedia(key: string): Promise<{ body: Buffer; contentType: string } | null> {
  const full = resolveKey(key);
  const contentType = mediaContentType(key);
  if (!full || !contentType) return null;
  try {
    return { body: await fs.readFile(full), contentType };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT" || (e as NodeJS.ErrnoException).code === "EISDIR") return null;
    throw e;
  }
}

import "server-only";
import { serverEnv, type TServerEnv } from "@/lib/env";
import type { TMediaBackend } from "@/lib/storage/backend";
import { assertStorableKey, mediaContentType } from "@/lib/storage/keys";
import { localDiskBackend } from "@/lib/storage/local-disk";
import { s3Backend } from "@/lib/storage/s3";

// Product images and uploads. The one place that chooses where they live: local disk under
// MEDIA_ROOT (default .data/media/) unless S3_BUCKET is set, then an S3-compatible bucket
// (lib/storage/s3.ts). Callers only see keys — relative paths such as
// "products/linen-shirt/sand-3f9a2c1e.webp", validated strictly (lib/storage/keys.ts) — and
// the URLs these functions give for them.

export { MEDIA_CONTENT_TYPES, mediaContentType } from "@/lib/storage/keys";

/** The backend the environment selects (S3 when S3_BUCKET is set, else local disk). */
export function mediaBackendFor(env: TServerEnv): TMediaBackend {
  if (!env.S3_BUCKET) return localDiskBackend(env.MEDIA_ROOT);
  return s3Backend({
    bucket: env.S3_BUCKET,
    endpoint: env.S3_ENDPOINT,
    region: env.S3_REGION,
    credentials:
      env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
        : undefined,
    publicUrl: env.S3_PUBLIC_URL,
  });
}

let backend: TMediaBackend | undefined;
function media(): TMediaBackend {
  backend ??= mediaBackendFor(serverEnv());
  return backend;
}

/** Where media are stored in this process. */
export function mediaStorageKind(): TMediaBackend["kind"] {
  return media().kind;
}

/** Public URL of a stored file: /media/<key> (app/media/[...key]/route.ts) or under S3_PUBLIC_URL. */
export function mediaUrl(key: string): string {
  if (!mediaContentType(key)) throw new Error(`invalid media key: ${key}`);
  return media().url(key);
}

/** The key behind a URL this storage gave out, or null (another site's URL, a bad key). */
export function mediaKeyFromUrl(url: string): string | null {
  return media().keyFromUrl(url);
}

/** Stores a file; the key's extension must match the content type. Returns its URL. */
export async function putMedia(key: string, body: Buffer | Uint8Array, contentType: string): Promise<string> {
  assertStorableKey(key, contentType);
  await media().put(key, body, contentType);
  return media().url(key);
}

export async function hasMedia(key: string): Promise<boolean> {
  if (!mediaContentType(key)) return false;
  return media().has(key);
}

/** The file and its content type, or null for an unknown or invalid key. */
export async function readMedia(key: string): Promise<{ body: Buffer; contentType: string } | null> {
  if (!mediaContentType(key)) return null;
  return media().read(key);
}

/** Deletes a stored file (a missing one is not an error); throws on an invalid key. */
export async function deleteMedia(key: string): Promise<void> {
  if (!mediaContentType(key)) throw new Error(`invalid media key: ${key}`);
  await media().delete(key);
}

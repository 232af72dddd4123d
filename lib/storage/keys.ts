// Media keys: relative paths such as "products/<productId>/3f9a2c1e0b7d4e55-a1b2c3.webp", the
// same on every backend. They are validated strictly so a key can never address a file outside
// the media root (local disk) or the bucket's media (S3), and the extension decides the type.

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

/** Throws unless the key is valid and its extension matches the content type. */
export function assertStorableKey(key: string, contentType: string): void {
  const type = mediaContentType(key);
  if (!type) throw new Error(`invalid media key: ${key}`);
  if (type !== contentType) throw new Error(`content type ${contentType} does not match key ${key}`);
}

/** Cache-Control of every stored file: keys carry a content hash, so a changed file gets a new URL. */
export const MEDIA_CACHE_CONTROL = "public, max-age=31536000, immutable";

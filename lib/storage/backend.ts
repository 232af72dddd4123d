// What a media storage backend does (lib/storage/local-disk.ts, lib/storage/s3.ts). Keys are
// validated by the caller (lib/storage/media.ts) before they reach a backend.

export type TMediaBackend = {
  readonly kind: "local" | "s3";
  /** Public URL of a key (a root-relative /media/… URL or an absolute one). */
  url(key: string): string;
  /** The key a URL of this backend points at, or null for any other URL. */
  keyFromUrl(url: string): string | null;
  put(key: string, body: Buffer | Uint8Array, contentType: string): Promise<void>;
  has(key: string): Promise<boolean>;
  read(key: string): Promise<{ body: Buffer; contentType: string } | null>;
  /** Deletes a key; deleting a missing key is not an error. */
  delete(key: string): Promise<void>;
};

/** URLs served by app/media/[...key]/route.ts (local disk, or S3 without a public URL). */
export const MEDIA_ROUTE_PREFIX = "/media/";

import "server-only";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { MEDIA_ROUTE_PREFIX, type TMediaBackend } from "@/lib/storage/backend";
import { MEDIA_CACHE_CONTROL, mediaContentType } from "@/lib/storage/keys";

// Media in an S3-compatible bucket (AWS S3, Cloudflare R2, MinIO, …), keys as object names.
// With a public URL (a public bucket or a CDN in front of it) images link there directly;
// without one they are served through app/media/[...key]/route.ts, which reads the object
// with these credentials (the bucket may stay private).

export type TS3Config = {
  bucket: string;
  /** Set for anything but AWS itself; then path-style addressing (endpoint/bucket/key) is used. */
  endpoint?: string | undefined;
  region: string;
  /** Unset: the SDK's default credential chain (AWS_* variables, instance role, …). */
  credentials?: { accessKeyId: string; secretAccessKey: string } | undefined;
  publicUrl?: string | undefined;
};

export function s3Backend(config: TS3Config, client: S3Client = s3Client(config)): TMediaBackend {
  const { bucket } = config;
  const publicBase = config.publicUrl ? config.publicUrl.replace(/\/+$/, "") + "/" : null;
  const prefix = publicBase ?? MEDIA_ROUTE_PREFIX;

  return {
    kind: "s3",
    url: (key) => `${prefix}${key}`,
    keyFromUrl(url) {
      // Images stored before the public URL was set keep their /media/ URLs: both are ours.
      for (const p of publicBase ? [publicBase, MEDIA_ROUTE_PREFIX] : [MEDIA_ROUTE_PREFIX]) {
        if (url.startsWith(p)) {
          const key = url.slice(p.length);
          return mediaContentType(key) ? key : null;
        }
      }
      return null;
    },
    async put(key, body, contentType) {
      await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: key,
          Body: body,
          ContentType: contentType,
          CacheControl: MEDIA_CACHE_CONTROL,
        }),
      );
    },
    async has(key) {
      try {
        await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
        return true;
      } catch (e) {
        if (isMissing(e)) return false;
        throw e;
      }
    },
    async read(key) {
      const contentType = mediaContentType(key);
      if (!contentType) return null;
      try {
        const res = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        if (!res.Body) return null;
        return { body: Buffer.from(await res.Body.transformToByteArray()), contentType };
      } catch (e) {
        if (isMissing(e)) return null;
        throw e;
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },
  };
}

export function s3Client(config: TS3Config): S3Client {
  return new S3Client({
    region: config.region,
    ...(config.endpoint ? { endpoint: config.endpoint, forcePathStyle: true } : {}),
    ...(config.credentials ? { credentials: config.credentials } : {}),
    // Checksums only where S3 requires them: several S3-compatible services refuse the SDK's
    // default CRC32 trailers on PutObject.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
}

function isMissing(e: unknown): boolean {
  if (!(e instanceof S3ServiceException)) return false;
  return e.name === "NoSuchKey" || e.name === "NotFound" || e.$metadata.httpStatusCode === 404;
}

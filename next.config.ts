import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // NEXT_DIST_DIR lets parallel checkouts build side by side without sharing .next/
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // pg / Prisma runtime / pg-boss stay as Node requires on the server (not bundled)
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "pg-boss", "msw", "@node-rs/argon2", "sharp"],
  poweredByHeader: false,
  // Cached catalog pages and data live in memory only (an LRU of this many bytes), never on
  // disk: search pages are cached per distinct query, so a crawler could otherwise fill the
  // disk, and a restarted server never serves what it cached before writes it did not see.
  cacheMaxMemorySize: 256 * 1024 * 1024,
  experimental: { isrFlushToDisk: false },
  // `next dev` serves its client chunks to these hosts too (the README says localhost)
  allowedDevOrigins: ["127.0.0.1"],
  images: {
    formats: ["image/avif", "image/webp"],
    deviceSizes: [360, 480, 640, 768, 1024, 1280],
    imageSizes: [64, 96, 128, 192, 256, 384],
  },
};

export default nextConfig;

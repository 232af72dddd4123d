import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // NEXT_DIST_DIR lets parallel checkouts build side by side without sharing .next/
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // pg / Prisma runtime / pg-boss stay as Node requires on the server (not bundled)
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "pg-boss", "msw", "@node-rs/argon2", "sharp"],
  poweredByHeader: false,
  // `next dev` serves its client chunks to these hosts too (the README says localhost)
  allowedDevOrigins: ["127.0.0.1"],
  images: {
    formats: ["image/avif", "image/webp"],
    deviceSizes: [360, 480, 640, 768, 1024, 1280],
    imageSizes: [64, 96, 128, 192, 256, 384],
  },
};

export default nextConfig;

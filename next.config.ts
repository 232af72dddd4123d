import type { NextConfig } from "next";
import { catalogRewrites } from "./lib/catalog/cache/page-routes";
import { securityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // NEXT_DIST_DIR lets parallel checkouts build side by side without sharing .next/
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // pg / Prisma runtime / pg-boss stay as Node requires on the server (not bundled)
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "pg-boss", "@node-rs/argon2", "sharp"],
  poweredByHeader: false,
  // Next hashes the whole HTML of every response to make its ETag, per request: on a cached
  // catalog page that hash was the largest CPU cost of serving it (~0.5 ms for the 190 KB home
  // page). It rarely pays back: the pages carry their render time (countdowns), so the tag
  // changes with every regeneration, and static assets are immutable and fingerprinted anyway.
  generateEtags: false,
  // `next dev` serves its client chunks to these hosts too (the README says localhost)
  allowedDevOrigins: ["127.0.0.1"],
  // Security headers on every response, pages, API routes and static files alike
  // (lib/http/security-headers.ts says why the CSP is what it is).
  async headers() {
    const headers = securityHeaders({
      nodeEnv: process.env.NODE_ENV,
      posthogHost: process.env.NEXT_PUBLIC_POSTHOG_HOST || undefined,
    });
    return [{ source: "/:path*", headers }];
  },
  // Catalog URLs that need no computing reach their cached page here; proxy.ts does the rest.
  async rewrites() {
    return { beforeFiles: catalogRewrites(), afterFiles: [], fallback: [] };
  },
  images: {
    formats: ["image/avif", "image/webp"],
    // Few widths on purpose: every one is a srcset candidate written into the HTML of every
    // image (the home page has ~40), and the next larger width costs little with AVIF.
    deviceSizes: [360, 640, 768, 1024, 1280],
    imageSizes: [64, 128, 256],
  },
};

export default nextConfig;

"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { Suspense, useEffect, type ReactNode } from "react";
import {
  configureAnalytics,
  isAnalyticsEnabled,
  track,
  trackPageView,
  type TAnalyticsEvent,
} from "@/lib/analytics/client";

/** Sends a page view on every client navigation (only when analytics are enabled). */
function PageViews() {
  const pathname = usePathname();
  const search = useSearchParams();
  const qs = search.toString();
  useEffect(() => {
    if (!isAnalyticsEnabled()) return;
    trackPageView(`${window.location.origin}${pathname}${qs ? `?${qs}` : ""}`);
  }, [pathname, qs]);
  return null;
}

/** Mount once per layout with the public PostHog settings (undefined key = analytics off). */
export function PosthogProvider({
  posthogKey,
  posthogHost = "https://eu.i.posthog.com",
  children,
}: {
  posthogKey?: string | undefined;
  posthogHost?: string;
  children: ReactNode;
}) {
  // Set before any child effect fires (render precedes effects); idempotent.
  configureAnalytics({ key: posthogKey, host: posthogHost });
  return (
    <>
      {/* useSearchParams needs a Suspense boundary; it renders nothing */}
      <Suspense fallback={null}>
        <PageViews />
      </Suspense>
      {children}
    </>
  );
}

/** Fires one analytics event when mounted (e.g. product_viewed from a server page). */
export function TrackEvent({
  event,
  props,
}: {
  event: TAnalyticsEvent;
  props: Record<string, string | number | boolean | null>;
}) {
  const key = JSON.stringify(props);
  useEffect(() => {
    track(event, JSON.parse(key) as Record<string, string | number | boolean | null>);
  }, [event, key]);
  return null;
}

// Browser analytics (PostHog). Nothing is loaded and no request is made unless
// NEXT_PUBLIC_POSTHOG_KEY is set AND the visitor has not asked not to be tracked
// (Do-Not-Track or Global Privacy Control). posthog-js is imported lazily, so pages without
// analytics ship none of it. The key arrives from the server layout through
// PosthogProvider (configureAnalytics) rather than an import of lib/env, which would pull
// zod into every page's JavaScript.
import type { PostHog } from "posthog-js";

type TAnalyticsConfig = { key: string | undefined; host: string };
let config: TAnalyticsConfig = { key: undefined, host: "https://eu.i.posthog.com" };

/** Called by PosthogProvider with the public env; before that every call is a no-op. */
export function configureAnalytics(next: TAnalyticsConfig): void {
  config = next;
}

export type TAnalyticsEvent = "product_viewed" | "search" | "add_to_cart" | "cart_viewed";
type TProps = Record<string, string | number | boolean | null | undefined>;

let loading: Promise<PostHog | null> | undefined;

function isTrackingRefused(): boolean {
  const nav = navigator as Navigator & { globalPrivacyControl?: boolean; msDoNotTrack?: string };
  const win = window as Window & { doNotTrack?: string };
  return (
    nav.doNotTrack === "1" || win.doNotTrack === "1" || nav.msDoNotTrack === "1" || nav.globalPrivacyControl === true
  );
}

/** True when events would be sent (key configured, in a browser, tracking not refused). */
export function isAnalyticsEnabled(): boolean {
  return typeof window !== "undefined" && Boolean(config.key) && !isTrackingRefused();
}

/** Loads and initialises posthog once; resolves null when analytics are off. */
export function loadAnalytics(): Promise<PostHog | null> {
  if (!isAnalyticsEnabled()) return Promise.resolve(null);
  loading ??= import("posthog-js")
    .then(({ default: posthog }) => {
      posthog.init(config.key as string, {
        api_host: config.host,
        capture_pageview: false, // sent by PosthogProvider on every client navigation
        capture_pageleave: true,
        respect_dnt: true,
        autocapture: false,
        disable_session_recording: true,
        persistence: "localStorage+cookie",
      });
      return posthog;
    })
    .catch(() => null); // analytics must never break the page
  return loading;
}

/** Records a product event; a no-op without a key or when tracking is refused. */
export function track(event: TAnalyticsEvent, props: TProps = {}): void {
  if (!isAnalyticsEnabled()) return;
  void loadAnalytics().then((ph) => ph?.capture(event, props));
}

export function trackPageView(url: string): void {
  if (!isAnalyticsEnabled()) return;
  void loadAnalytics().then((ph) => ph?.capture("$pageview", { $current_url: url }));
}

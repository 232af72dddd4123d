"use client";

import NextTopLoader from "nextjs-toploader";

// nprogress finds the bar by [role="bar"]; aria-hidden keeps that non-ARIA role (and the purely
// visual bar) away from assistive technology, which hears the new page from Next's announcer.
const TEMPLATE = '<div class="bar" role="bar" aria-hidden="true"><div class="peg"></div></div>';

/**
 * A thin bar at the top from a link click until the next page shows. Cached catalog pages have
 * no loading skeleton (a Suspense boundary would stream their content out of place), so on a
 * slow connection this is the sign that a tap was taken. One delegated click listener, no work
 * per link.
 */
export function NavigationProgress() {
  return <NextTopLoader color="#0b6e48" height={3} showSpinner={false} shadow={false} template={TEMPLATE} />;
}

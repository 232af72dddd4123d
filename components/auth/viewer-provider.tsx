"use client";

import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import type { TViewer } from "@/lib/auth/types";

// The storefront's pages are rendered once and cached for every visitor, so they cannot say
// who is signed in: the browser asks /api/v1/me once per page load, after hydration. Until
// the answer comes the state is "unknown" — the header shows a neutral account link and the
// cart does not sync yet.
export type TViewerState = { status: "unknown" } | { status: "anonymous" } | { status: "signed-in"; viewer: TViewer };

const ViewerContext = createContext<TViewerState>({ status: "unknown" });

export function ViewerProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<TViewerState>({ status: "unknown" });
  useEffect(() => {
    const ctrl = new AbortController();
    fetch("/api/v1/me", { signal: ctrl.signal, cache: "no-store" })
      .then((res) => (res.ok ? (res.json() as Promise<{ viewer: TViewer | null }>) : { viewer: null }))
      .then(({ viewer }) => setState(viewer ? { status: "signed-in", viewer } : { status: "anonymous" }))
      .catch(() => {
        // offline or aborted: stay "unknown" (the account link still works)
      });
    return () => ctrl.abort();
  }, []);
  return <ViewerContext.Provider value={state}>{children}</ViewerContext.Provider>;
}

export function useViewer(): TViewerState {
  return useContext(ViewerContext);
}

"use client";

import { useEffect } from "react";
import { TriangleAlert } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function AdminVendorsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <EmptyState
      icon={<TriangleAlert />}
      title="The vendors could not be loaded"
      className="py-20"
      action={<Button onClick={reset}>Try again</Button>}
    >
      <p>Please try again in a moment{error.digest ? `; if it keeps happening, quote ${error.digest}` : ""}.</p>
    </EmptyState>
  );
}

"use client";

import { useEffect } from "react";
import { TriangleAlert } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function ShopError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <EmptyState
      icon={<TriangleAlert />}
      title="Something went wrong on our side"
      className="py-20"
      action={<Button onClick={reset}>Try again</Button>}
    >
      <p>
        Please try again in a moment. If it keeps happening, contact support
        {error.digest ? ` and quote ${error.digest}` : ""}.
      </p>
    </EmptyState>
  );
}

"use client";

import { ArrowDown, ArrowUp } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { TActionResult } from "@/lib/http/action-result";
import { useActionSubmit } from "./use-action-submit";

/** Moves a zone one place up or down in the checkout order. */
export function ZoneMoveButtons({
  id,
  name,
  isFirst,
  isLast,
  move,
}: {
  id: string;
  name: string;
  isFirst: boolean;
  isLast: boolean;
  move: (input: { id: string; direction: "up" | "down" }) => Promise<TActionResult<unknown>>;
}) {
  const { isPending, error, submit } = useActionSubmit();
  const go = (direction: "up" | "down") =>
    submit(
      () => move({ id, direction }),
      () => undefined,
    );
  return (
    <div>
      <div className="flex gap-1">
        <Button
          size="sm"
          variant="ghost"
          className="w-9 px-0"
          aria-label={`Move ${name} up`}
          title="Move up"
          disabled={isFirst || isPending}
          onClick={() => go("up")}
        >
          <ArrowUp aria-hidden="true" className="h-4 w-4" />
        </Button>
        <Button
          size="sm"
          variant="ghost"
          className="w-9 px-0"
          aria-label={`Move ${name} down`}
          title="Move down"
          disabled={isLast || isPending}
          onClick={() => go("down")}
        >
          <ArrowDown aria-hidden="true" className="h-4 w-4" />
        </Button>
      </div>
      {error ? (
        <p role="alert" className="mt-1 text-xs text-danger-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

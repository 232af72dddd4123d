"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { TActionResult } from "@/lib/http/action-result";

/** Runs a server action from a form or button: pending state, the refusal and field errors. */
export function useActionSubmit() {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  function submit<T>(run: () => Promise<TActionResult<T>>, onDone: (data: T) => void) {
    setError(null);
    startTransition(async () => {
      const r = await run();
      if (r.ok) {
        setFieldErrors({});
        onDone(r.data);
        router.refresh();
      } else {
        setError(r.message);
        setFieldErrors(r.fieldErrors ?? {});
      }
    });
  }
  function reset() {
    setError(null);
    setFieldErrors({});
  }
  return { isPending, error, fieldErrors, submit, reset };
}

"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { TActionResult } from "@/lib/http/action-result";

export function RetryPayoutButton({
  payoutId,
  description,
  retry,
}: {
  payoutId: string;
  description: string;
  retry: (input: { payoutId: string }) => Promise<TActionResult<{ status: string | null; attempt: number }>>;
}) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <div>
      <ConfirmDialog
        trigger={
          <Button size="sm" isLoading={isPending}>
            Retry payout
          </Button>
        }
        title="Retry this payout?"
        description={description}
        confirmLabel="Send a new transfer"
        onConfirm={() =>
          startTransition(async () => {
            const r = await retry({ payoutId });
            setMessage(
              r.ok
                ? { ok: true, text: `Attempt ${r.data.attempt} sent: ${r.data.status?.toLowerCase()}.` }
                : { ok: false, text: r.message },
            );
            router.refresh();
          })
        }
      />
      {message ? (
        <p
          role={message.ok ? "status" : "alert"}
          className={message.ok ? "mt-2 text-sm text-brand-700" : "mt-2 text-sm text-danger-700"}
        >
          {message.text}
        </p>
      ) : null}
    </div>
  );
}

"use client";
// Apply (PREVIEWED → QUEUED, the job takes it from there) or discard a previewed import, each
// after a confirmation that says what will happen. The page at ?import=<id> re-renders into
// the progress or the discarded state.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { applyProductImportAction, discardProductImportAction } from "../actions";
import { plural } from "./import-labels";

export function ImportActions({
  importId,
  createCount,
  updateCount,
  rejectCount,
  productCount,
}: {
  importId: string;
  createCount: number;
  updateCount: number;
  rejectCount: number;
  productCount: number | null;
}) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const canApply = createCount + updateCount > 0;

  function run(call: typeof applyProductImportAction) {
    setError(null);
    startTransition(async () => {
      const r = await call({ importId });
      if (r.ok) router.refresh();
      else setError(r.message);
    });
  }

  const what = [
    createCount ? `${plural(createCount, "variant")} will be created` : null,
    updateCount ? `${plural(updateCount, "existing variant")} will be updated` : null,
  ]
    .filter(Boolean)
    .join(" and ");
  const products = productCount !== null ? ` across ${plural(productCount, "product")}` : "";
  const skipped = rejectCount ? ` The ${plural(rejectCount, "rejected row")} will be skipped.` : "";

  return (
    <div className="space-y-3">
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <ConfirmDialog
          trigger={
            <Button variant="outline" disabled={isPending}>
              Discard
            </Button>
          }
          title="Discard this import?"
          description="Nothing in your catalogue changes and the uploaded file is deleted. You can upload it again later."
          confirmLabel="Discard import"
          onConfirm={() => run(discardProductImportAction)}
        />
        {canApply ? (
          <ConfirmDialog
            trigger={<Button isLoading={isPending}>Apply import</Button>}
            title="Apply this import?"
            description={`${what}${products}.${skipped} Products are written one at a time and changes reach the storefront as each one is saved; you can leave this page while it runs.`}
            confirmLabel="Apply now"
            cancelLabel="Not yet"
            onConfirm={() => run(applyProductImportAction)}
          />
        ) : (
          <Button disabled>Nothing to apply</Button>
        )}
      </div>
      {error ? (
        <p role="alert" className="rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

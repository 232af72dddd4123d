"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ModalPanel } from "@/components/ui/modal";
import type { TActionResult } from "@/lib/http/action-result";
import { useActionSubmit } from "./use-action-submit";

type TDialog = "deactivate" | "activate" | "delete" | null;

/**
 * Activate / deactivate / delete for a zone or a pickup point, each behind a dialog that says
 * what it does. Deleting something in use is refused before it is asked (and by the server
 * if it became used meanwhile), with deactivation offered instead.
 */
export function RecordActions({
  id,
  kind,
  name,
  isActive,
  usage,
  deactivateEffect,
  deleteEffect,
  setActive,
  remove,
  edit,
}: {
  id: string;
  kind: "Zone" | "Pickup point";
  name: string;
  isActive: boolean;
  /** "34 orders and 12 saved addresses"; empty when unused (it may be deleted). */
  usage: string;
  /** What deactivating changes, shown before it is confirmed. */
  deactivateEffect: string;
  /** Anything deleting changes beyond the row itself (e.g. pickup points losing their zone). */
  deleteEffect?: string;
  setActive: (input: { id: string; isActive: boolean }) => Promise<TActionResult<unknown>>;
  remove: (input: { id: string }) => Promise<TActionResult<unknown>>;
  /** The edit button (a form dialog of the page's own). */
  edit?: React.ReactNode;
}) {
  const [open, setOpen] = useState<TDialog>(null);
  const [done, setDone] = useState<string | null>(null);
  const { isPending, error, submit, reset } = useActionSubmit();
  const openDialog = (d: TDialog) => {
    reset();
    setDone(null);
    setOpen(d);
  };
  const finish = (message: string) => {
    setOpen(null);
    setDone(message);
  };
  const refusal = usage
    ? `${kind} ${name} is used by ${usage} — ${isActive ? "deactivate it instead" : "it stays deactivated"}.`
    : null;
  const label = kind.toLowerCase();

  return (
    <div>
      <div className="flex flex-wrap gap-2 md:flex-nowrap md:justify-end">
        {edit}
        {isActive ? (
          <Button size="sm" variant="outline" onClick={() => openDialog("deactivate")}>
            Deactivate
          </Button>
        ) : (
          <Button size="sm" variant="outline" onClick={() => openDialog("activate")}>
            Activate
          </Button>
        )}
        <Button size="sm" variant="ghost" className="text-danger-700" onClick={() => openDialog("delete")}>
          Delete
        </Button>
      </div>
      <p role="status" className={done ? "mt-2 text-sm font-semibold text-brand-700" : "sr-only"}>
        {done ?? ""}
      </p>
      {open ? (
        <ModalPanel
          open
          onOpenChange={(o) => (o ? null : setOpen(null))}
          title={
            open === "delete"
              ? refusal
                ? `${name} cannot be deleted`
                : `Delete ${label} ${name}?`
              : open === "deactivate"
                ? `Deactivate ${label} ${name}?`
                : `Activate ${label} ${name}?`
          }
          className="w-[min(30rem,calc(100vw-2rem))]"
        >
          <div className="space-y-3 text-sm text-ink-muted">
            {open === "delete" && refusal ? (
              <p role="alert" className="rounded-control bg-warning-50 px-3 py-2 font-medium text-warning-700">
                {refusal}
              </p>
            ) : null}
            {open === "delete" && !refusal ? (
              <p>
                Nothing refers to it yet, so it can go for good.{deleteEffect ? ` ${deleteEffect}` : ""} This cannot be
                undone.
              </p>
            ) : null}
            {open === "delete" && refusal && isActive ? <p>{deactivateEffect}</p> : null}
            {open === "deactivate" ? <p>{deactivateEffect}</p> : null}
            {open === "activate" ? <p>Customers can choose it at checkout again.</p> : null}
            {error ? (
              <p role="alert" className="rounded-control bg-danger-50 px-3 py-2 text-danger-700">
                {error}
              </p>
            ) : null}
          </div>
          <div className="mt-5 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button variant="outline" onClick={() => setOpen(null)}>
              {open === "delete" && refusal && !isActive ? "Close" : "Keep it"}
            </Button>
            {open === "delete" && !refusal ? (
              <Button
                variant="danger"
                isLoading={isPending}
                onClick={() =>
                  submit(
                    () => remove({ id }),
                    () => finish(`${kind} deleted.`),
                  )
                }
              >
                Delete {label}
              </Button>
            ) : null}
            {open === "deactivate" || (open === "delete" && refusal && isActive) ? (
              <Button
                variant="danger"
                isLoading={isPending}
                onClick={() =>
                  submit(
                    () => setActive({ id, isActive: false }),
                    () => finish("Deactivated."),
                  )
                }
              >
                Deactivate {label}
              </Button>
            ) : null}
            {open === "activate" ? (
              <Button
                isLoading={isPending}
                onClick={() =>
                  submit(
                    () => setActive({ id, isActive: true }),
                    () => finish("Activated."),
                  )
                }
              >
                Activate {label}
              </Button>
            ) : null}
          </div>
        </ModalPanel>
      ) : null}
    </div>
  );
}

"use client";

import { MapPinned, Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import {
  createAddressAction,
  deleteAddressAction,
  setDefaultAddressAction,
  updateAddressAction,
} from "@/app/(shop)/account/addresses/actions";
import { AddressSummary } from "@/components/addresses/address-card";
import { AddressForm } from "@/components/addresses/address-form";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Button } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { TAddress, TDeliveryZone } from "@/lib/addresses/types";

/** The /account/addresses list: add, edit inline, set default, delete (with confirmation). */
export function AddressBook({ addresses, zones }: { addresses: TAddress[]; zones: TDeliveryZone[] }) {
  const router = useRouter();
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const [isPending, startTransition] = useTransition();

  function done(text: string) {
    setEditing(null);
    setMessage({ tone: "ok", text });
    router.refresh();
  }

  function run(action: () => Promise<{ ok: boolean; message?: string }>, okText: string) {
    startTransition(async () => {
      const r = await action();
      if (r.ok) done(okText);
      else setMessage({ tone: "error", text: r.message ?? "That did not work. Please try again." });
    });
  }

  return (
    <div className="mt-6 space-y-4">
      <p
        aria-live="polite"
        className={message ? (message.tone === "ok" ? "text-sm text-brand-700" : "text-sm text-danger-700") : "sr-only"}
      >
        {message?.text ?? ""}
      </p>

      {editing === "new" ? (
        <Card>
          <CardBody>
            <h2 className="mb-4 text-base font-semibold">New address</h2>
            <AddressForm
              zones={zones}
              canChooseDefault={addresses.length > 0}
              save={createAddressAction}
              onSaved={() => done("Address added.")}
              onCancel={() => setEditing(null)}
            />
          </CardBody>
        </Card>
      ) : addresses.length === 0 ? (
        <Card>
          <EmptyState
            icon={<MapPinned />}
            title="No addresses yet"
            action={
              <Button onClick={() => setEditing("new")}>
                <Plus aria-hidden="true" className="h-4 w-4" />
                Add an address
              </Button>
            }
          >
            Add where you would like your orders delivered. You can also collect from a pickup point at checkout.
          </EmptyState>
        </Card>
      ) : (
        <Button variant="outline" onClick={() => setEditing("new")} className="w-full sm:w-auto">
          <Plus aria-hidden="true" className="h-4 w-4" />
          Add an address
        </Button>
      )}

      <ul className="space-y-3">
        {addresses.map((a) => (
          <li key={a.id}>
            <Card>
              <CardBody>
                {editing === a.id ? (
                  <>
                    <h2 className="mb-4 text-base font-semibold">Edit address</h2>
                    <AddressForm
                      zones={zones}
                      address={a}
                      save={(values) => updateAddressAction({ addressId: a.id, ...values })}
                      onSaved={() => done("Address saved.")}
                      onCancel={() => setEditing(null)}
                    />
                  </>
                ) : (
                  <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
                    <AddressSummary address={a} />
                    <div className="flex flex-wrap gap-2 sm:justify-end">
                      <Button
                        size="sm"
                        variant="outline"
                        onClick={() => setEditing(a.id)}
                        aria-label={`Edit address for ${a.recipientName}, ${a.line1}`}
                      >
                        Edit
                      </Button>
                      {a.isDefault ? null : (
                        <Button
                          size="sm"
                          variant="ghost"
                          disabled={isPending}
                          onClick={() =>
                            run(() => setDefaultAddressAction({ addressId: a.id }), "Default address changed.")
                          }
                        >
                          Set as default
                        </Button>
                      )}
                      <ConfirmDialog
                        title="Delete this address?"
                        description={`${a.line1}, ${a.city} will be removed from your address book. Orders already placed keep their delivery details.`}
                        confirmLabel="Delete address"
                        onConfirm={() => run(() => deleteAddressAction({ addressId: a.id }), "Address deleted.")}
                        trigger={
                          <Button
                            size="sm"
                            variant="ghost"
                            className="text-danger-700"
                            aria-label={`Delete address ${a.line1}`}
                          >
                            Delete
                          </Button>
                        }
                      />
                    </div>
                  </div>
                )}
              </CardBody>
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}

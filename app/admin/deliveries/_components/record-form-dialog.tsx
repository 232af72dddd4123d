"use client";

import { Plus } from "lucide-react";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { ModalPanel } from "@/components/ui/modal";
import { useActionSubmit } from "../zones/_components/use-action-submit";

/** A record form's state: its ids, whether the dialog is open, and the server action's answer. */
export function useRecordForm() {
  const uid = useId();
  const [open, setOpen] = useState(false);
  const submitState = useActionSubmit();
  return { uid, open, setOpen, ...submitState, field: fieldAria(uid, submitState.fieldErrors) };
}
type TRecordForm = ReturnType<typeof useRecordForm>;

/**
 * The dialog around a zone's or a pickup point's form: the "Edit" / "New …" button that opens
 * it, the form's error (on top when no field has one, under the fields when some do), the
 * fields in two columns, and Cancel / submit. The page's form supplies the fields.
 */
export function RecordFormDialog({
  isEdit,
  newLabel,
  title,
  description,
  submitLabel,
  form,
  onSubmit,
  children,
}: {
  isEdit: boolean;
  /** The button that opens an empty form, e.g. "New zone". */
  newLabel: string;
  title: string;
  description: string;
  submitLabel: string;
  form: TRecordForm;
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
}) {
  const { open, setOpen: onOpenChange, isPending, error, fieldErrors } = form;
  const onOpen = () => (form.reset(), onOpenChange(true));
  const hasFieldErrors = Object.keys(fieldErrors).length > 0;
  return (
    <>
      {isEdit ? (
        <Button size="sm" variant="outline" onClick={onOpen}>
          Edit
        </Button>
      ) : (
        <Button size="sm" onClick={onOpen}>
          <Plus aria-hidden="true" className="h-4 w-4" /> {newLabel}
        </Button>
      )}
      {open ? (
        <ModalPanel open onOpenChange={onOpenChange} title={title} description={description}>
          <form onSubmit={onSubmit} noValidate className="space-y-4">
            {error && !hasFieldErrors ? (
              <p role="alert" className="rounded-control bg-danger-50 px-3 py-2 text-sm text-danger-700">
                {error}
              </p>
            ) : null}
            <div className="grid gap-3 sm:grid-cols-2">{children}</div>
            {error && hasFieldErrors ? (
              <p role="alert" className="text-sm text-danger-700">
                {error}
              </p>
            ) : null}
            <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
              <Button variant="outline" onClick={() => onOpenChange(false)}>
                Cancel
              </Button>
              <Button type="submit" isLoading={isPending}>
                {submitLabel}
              </Button>
            </div>
          </form>
        </ModalPanel>
      ) : null}
    </>
  );
}

/** The aria attributes that tie a field to its server error (the error's id is `${uid}-${name}-error`). */
export function fieldAria(uid: string, fieldErrors: Record<string, string | undefined>) {
  return (k: string) => ({
    "aria-invalid": fieldErrors[k] ? true : undefined,
    "aria-describedby": fieldErrors[k] ? `${uid}-${k}-error` : undefined,
  });
}

/** Name and slug, the first two fields of both forms; the slug is made from the name when left empty. */
export function NameSlugFields({
  form: { uid, fieldErrors, field },
  isEdit,
  name,
  slug,
  namePlaceholder,
  slugPlaceholder,
}: {
  form: TRecordForm;
  isEdit: boolean;
  name: string;
  slug: string;
  namePlaceholder: string;
  slugPlaceholder: string;
}) {
  return (
    <>
      <Field id={`${uid}-name`} label="Name" error={fieldErrors.name}>
        <Input
          id={`${uid}-name`}
          name="name"
          required
          maxLength={80}
          placeholder={namePlaceholder}
          defaultValue={name}
          {...field("name")}
        />
      </Field>
      <Field
        id={`${uid}-slug`}
        label="Slug"
        error={fieldErrors.slug}
        hint={isEdit ? "Leave as is unless it must change" : "Made from the name when left empty"}
      >
        <Input
          id={`${uid}-slug`}
          name="slug"
          maxLength={80}
          autoCapitalize="none"
          spellCheck={false}
          placeholder={slugPlaceholder}
          defaultValue={slug}
          {...field("slug")}
        />
      </Field>
    </>
  );
}

import type { InputHTMLAttributes, ReactNode } from "react";
import { Field, Input } from "@/components/ui/input";
import { PasswordInput } from "./password-input";

type TAuthFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id"> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
};

/**
 * Field plus its input. aria-invalid/aria-describedby are derived from the same id, error and
 * hint that Field renders, so the screen-reader wiring can't drift from the visible text.
 * type="password" gets the show/hide toggle; name defaults to the id (FormData keys).
 */
export function AuthField({ id, label, hint, error, type, name = id, ...input }: TAuthFieldProps) {
  const aria = {
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : hint ? `${id}-hint` : undefined,
  };
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {type === "password" ? (
        <PasswordInput id={id} name={name} {...input} {...aria} />
      ) : (
        <Input id={id} name={name} type={type} {...input} {...aria} />
      )}
    </Field>
  );
}

/** The email field both forms share: phone keyboards must not capitalise or "correct" it. */
export function EmailField({ error }: { error?: ReactNode }) {
  return (
    <AuthField
      id="email"
      label="Email"
      error={error}
      type="email"
      autoComplete="email"
      inputMode="email"
      autoCapitalize="none"
      spellCheck={false}
      required
    />
  );
}

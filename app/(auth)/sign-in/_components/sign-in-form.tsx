"use client";
import { signIn } from "next-auth/react";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { signInErrorMessage } from "@/lib/auth/client";
import { ZSignInInput } from "@/lib/auth/schemas";
import { AuthField, EmailField } from "@/components/auth/auth-field";
import { FormAlert } from "@/components/auth/form-alert";

type TFieldErrors = Partial<Record<"email" | "password", string>>;

export function SignInForm({
  callbackUrl,
  initialError = null,
}: {
  callbackUrl: string;
  initialError?: string | null;
}) {
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const [formError, setFormError] = useState<string | null>(initialError);
  const [isPending, setIsPending] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    const parsed = ZSignInInput.safeParse({ email: form.get("email"), password: form.get("password") });
    if (!parsed.success) {
      const errors: TFieldErrors = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] as keyof TFieldErrors;
        errors[key] ??= issue.message;
      }
      setFieldErrors(errors);
      setFormError(null);
      formEl.querySelector<HTMLInputElement>(`[name="${Object.keys(errors)[0]}"]`)?.focus();
      return;
    }
    setFieldErrors({});
    setFormError(null);
    setIsPending(true);
    try {
      const res = await signIn("credentials", { ...parsed.data, redirect: false });
      if (res?.ok && !res.error) {
        // A full navigation so every server component (header, account menu) sees the session.
        window.location.assign(callbackUrl);
        return;
      }
      setFormError(signInErrorMessage(res?.error ?? "Unknown"));
    } catch {
      setFormError("We couldn't reach the server. Check your connection and try again.");
    }
    setIsPending(false);
  }

  return (
    // method="post": a submit before hydration must never put the password in the URL
    <form method="post" onSubmit={onSubmit} noValidate className="mt-6 space-y-4" aria-label="Sign in">
      <FormAlert>{formError}</FormAlert>
      <EmailField error={fieldErrors.email} />
      <AuthField
        id="password"
        label="Password"
        error={fieldErrors.password}
        type="password"
        autoComplete="current-password"
        required
      />
      <Button type="submit" size="lg" className="w-full" isLoading={isPending}>
        {isPending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}

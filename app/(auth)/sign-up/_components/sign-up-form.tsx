"use client";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { type FormEvent, type ReactNode, useState } from "react";
import { Button } from "@/components/ui/button";
import { PASSWORD_MIN_LENGTH, ZSignUpInput } from "@/lib/auth/schemas";
import { signInErrorMessage, tooManyAttemptsMessage } from "@/lib/auth/client";
import { AuthField, EmailField } from "@/components/auth/auth-field";
import { FormAlert } from "@/components/auth/form-alert";

type TField = "name" | "email" | "password";
type TFieldErrors = Partial<Record<TField, ReactNode>>;
type TErrorBody = { error?: { code?: string; message?: string; details?: { path?: string; message?: string }[] } };

export function SignUpForm({ callbackUrl, signInHref }: { callbackUrl: string; signInHref: string }) {
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    const parsed = ZSignUpInput.safeParse({
      name: form.get("name"),
      email: form.get("email"),
      password: form.get("password"),
    });
    setFormError(null);
    if (!parsed.success) {
      const errors: TFieldErrors = {};
      for (const issue of parsed.error.issues) errors[issue.path[0] as TField] ??= issue.message;
      setFieldErrors(errors);
      formEl.querySelector<HTMLInputElement>(`[name="${Object.keys(errors)[0]}"]`)?.focus();
      return;
    }
    setFieldErrors({});
    setIsPending(true);
    try {
      const res = await fetch("/api/auth/sign-up", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(parsed.data),
      });
      if (!res.ok) {
        showServerError(res, (await res.json().catch(() => ({}))) as TErrorBody);
        setIsPending(false);
        return;
      }
      const signedIn = await signIn("credentials", {
        email: parsed.data.email,
        password: parsed.data.password,
        redirect: false,
      });
      if (signedIn?.ok && !signedIn.error) {
        window.location.assign(callbackUrl);
        return;
      }
      // The sign-up answer is the same whether or not the email already had an account (no
      // enumeration): when it had, its owner was emailed, and this password may not be theirs.
      setFormError(
        signedIn?.error === "CredentialsSignin"
          ? "We couldn't sign you in with this password. If this email already has an account, we've emailed it: sign in instead, or reset your password."
          : `We couldn't sign you in: ${signInErrorMessage(signedIn?.error ?? "Unknown")}`,
      );
    } catch {
      setFormError("We couldn't reach the server. Check your connection and try again.");
    }
    setIsPending(false);
  }

  function showServerError(res: Response, body: TErrorBody) {
    const error = body.error;
    if (res.status === 429) {
      setFormError(tooManyAttemptsMessage(Number(res.headers.get("Retry-After")) || 60));
    } else if (res.status === 409) {
      setFieldErrors({
        email: (
          <>
            {error?.message ?? "An account with this email already exists"}.{" "}
            <Link href={signInHref} className="font-semibold underline underline-offset-2">
              Sign in instead
            </Link>
          </>
        ),
      });
    } else if (res.status === 400 && error?.details?.length) {
      const errors: TFieldErrors = {};
      for (const d of error.details) if (d.path && d.message) errors[d.path as TField] ??= d.message;
      setFieldErrors(errors);
    } else {
      setFormError(error?.message ?? "Something went wrong. Please try again.");
    }
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-6 space-y-4" aria-label="Create an account">
      <FormAlert>{formError}</FormAlert>
      <AuthField id="name" label="Full name" error={fieldErrors.name} autoComplete="name" required />
      <EmailField error={fieldErrors.email} />
      <AuthField
        id="password"
        label="Password"
        error={fieldErrors.password}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        type="password"
        autoComplete="new-password"
        minLength={PASSWORD_MIN_LENGTH}
        required
      />
      <Button type="submit" size="lg" className="w-full" isLoading={isPending}>
        {isPending ? "Creating your account…" : "Create account"}
      </Button>
      <p className="text-center text-xs text-ink-subtle">
        By creating an account you agree to our terms of sale and privacy policy.
      </p>
    </form>
  );
}

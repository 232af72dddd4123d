import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/app/(auth)/sign-in/_components/sign-in-form";
import { safeCallbackUrl, signInErrorMessage } from "@/lib/auth/client";
import { getSessionUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

export default async function SignInPage({ searchParams }: TProps) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(first(params.callbackUrl));
  if (await getSessionUser()) redirect(callbackUrl);
  const error = signInErrorMessage(first(params.error));
  const signUpHref = callbackUrl === "/" ? "/sign-up" : `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`;

  return (
    <div className="rounded-card bg-surface p-6 shadow-card ring-1 ring-black/5 sm:p-8">
      <h1 className="text-2xl font-semibold tracking-tight text-ink">Welcome back</h1>
      <p className="mt-1.5 text-sm text-ink-muted">Sign in to track your orders and check out faster.</p>
      <SignInForm callbackUrl={callbackUrl} initialError={error} />
      <p className="mt-6 border-t border-black/5 pt-5 text-center text-sm text-ink-muted">
        New to Londom Imports?{" "}
        <Link href={signUpHref} className="font-semibold text-brand-700 underline-offset-4 hover:underline">
          Create an account
        </Link>
      </p>
    </div>
  );
}

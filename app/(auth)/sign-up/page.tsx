import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/app/(auth)/sign-up/_components/sign-up-form";
import { safeCallbackUrl } from "@/lib/auth/client";
import { getSessionUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Create an account" };

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignUpPage({ searchParams }: TProps) {
  const raw = (await searchParams).callbackUrl;
  const callbackUrl = safeCallbackUrl(Array.isArray(raw) ? raw[0] : raw);
  if (await getSessionUser()) redirect(callbackUrl);
  const signInHref = callbackUrl === "/" ? "/sign-in" : `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`;

  return (
    <div className="rounded-card bg-surface p-6 shadow-card ring-1 ring-black/5 sm:p-8">
      <h1 className="text-2xl font-semibold tracking-tight text-ink">Create your account</h1>
      <p className="mt-1.5 text-sm text-ink-muted">Pre-order from abroad and pay in cedis. It takes a minute.</p>
      <SignUpForm callbackUrl={callbackUrl} signInHref={signInHref} />
      <p className="mt-6 border-t border-black/5 pt-5 text-center text-sm text-ink-muted">
        Already have an account?{" "}
        <Link href={signInHref} className="font-semibold text-brand-700 underline-offset-4 hover:underline">
          Sign in
        </Link>
      </p>
    </div>
  );
}

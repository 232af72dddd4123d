import { UserRound } from "lucide-react";
import Link from "next/link";

/** The header's account control for a visitor who is not (or not yet known to be) signed in. */
export function AccountLink({ href, label }: { href: string; label: string }) {
  return (
    <Link
      href={href}
      className="inline-flex h-11 items-center gap-2 rounded-control px-3 text-sm font-semibold text-ink hover:bg-black/5"
    >
      <UserRound className="h-5 w-5" aria-hidden />
      <span className="max-sm:sr-only">{label}</span>
    </Link>
  );
}

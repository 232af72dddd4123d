"use client";
import { ChevronDown, LogOut, Package, ShieldCheck, Store, UserRound } from "lucide-react";
import Link from "next/link";
import { DropdownMenu } from "radix-ui";
import type { ComponentType, SVGProps } from "react";
import "@/components/ui/motion.css";
import { signOutAndGoHome } from "./sign-out";

type TProps = { name: string; email: string; showVendor: boolean; showAdmin: boolean };

const itemClasses =
  "flex h-11 cursor-pointer items-center gap-3 rounded-control px-3 text-sm text-ink outline-none select-none data-[highlighted]:bg-brand-50 data-[highlighted]:text-brand-800";

function MenuLink({
  href,
  icon: Icon,
  children,
}: {
  href: string;
  icon: ComponentType<SVGProps<SVGSVGElement>>;
  children: string;
}) {
  return (
    <DropdownMenu.Item asChild className={itemClasses}>
      <Link href={href}>
        <Icon className="h-4 w-4 text-ink-subtle" aria-hidden />
        {children}
      </Link>
    </DropdownMenu.Item>
  );
}

export function AccountMenuDropdown({ name, email, showVendor, showAdmin }: TProps) {
  const firstName = name.trim().split(/\s+/)[0] || "Account";
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        className="inline-flex h-11 items-center gap-2 rounded-control px-2 text-sm font-semibold text-ink hover:bg-black/5 data-[state=open]:bg-black/5"
        aria-label={`Account menu for ${name}`}
      >
        <span
          aria-hidden
          className="flex h-8 w-8 items-center justify-center rounded-full bg-brand-600 text-sm font-semibold text-white"
        >
          {firstName.charAt(0).toUpperCase()}
        </span>
        <span className="max-w-[8rem] truncate max-sm:sr-only">{firstName}</span>
        <ChevronDown className="h-4 w-4 text-ink-subtle max-sm:hidden" aria-hidden />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={6}
          className="z-50 w-64 rounded-card bg-surface p-1.5 shadow-xl ring-1 ring-black/10 data-[state=open]:animate-[fade-in_120ms_ease-out]"
        >
          <DropdownMenu.Label className="px-3 pt-2 pb-2.5">
            <span className="block truncate text-sm font-semibold text-ink">{name}</span>
            <span className="block truncate text-xs text-ink-muted">{email}</span>
          </DropdownMenu.Label>
          <DropdownMenu.Separator className="my-1 h-px bg-black/5" />
          <MenuLink href="/orders" icon={Package}>
            Orders
          </MenuLink>
          <MenuLink href="/account" icon={UserRound}>
            Account
          </MenuLink>
          {showVendor ? (
            <MenuLink href="/vendor" icon={Store}>
              Vendor dashboard
            </MenuLink>
          ) : null}
          {showAdmin ? (
            <MenuLink href="/admin" icon={ShieldCheck}>
              Admin
            </MenuLink>
          ) : null}
          <DropdownMenu.Separator className="my-1 h-px bg-black/5" />
          <DropdownMenu.Item className={itemClasses} onSelect={() => void signOutAndGoHome()}>
            <LogOut className="h-4 w-4 text-ink-subtle" aria-hidden />
            Sign out
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

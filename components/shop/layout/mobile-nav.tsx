"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { Menu } from "lucide-react";
import type { TNavCategory } from "@/components/shop/layout/mobile-nav-drawer";

// The drawer (Radix Dialog) is fetched on the first tap, so no page pays for it up front.
const MobileNavDrawer = dynamic(
  () => import("@/components/shop/layout/mobile-nav-drawer").then((m) => m.MobileNavDrawer),
  {
    ssr: false,
  },
);

/** The phone menu button; opens every category in a left drawer. */
export function MobileNav({ categories }: { categories: TNavCategory[] }) {
  const [open, setOpen] = useState(false);
  const [hasOpened, setHasOpened] = useState(false);
  return (
    <>
      <button
        type="button"
        className="grid h-11 w-11 place-items-center rounded-full text-ink hover:bg-black/5 lg:hidden"
        aria-label="Open menu"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => {
          setHasOpened(true);
          setOpen(true);
        }}
      >
        <Menu aria-hidden="true" className="h-6 w-6" />
      </button>
      {hasOpened ? <MobileNavDrawer categories={categories} open={open} onOpenChange={setOpen} /> : null}
    </>
  );
}

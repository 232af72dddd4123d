"use client";

import { useState } from "react";
import { Menu } from "lucide-react";
import { Sheet } from "@/components/ui/sheet";
import { DashboardNav, type TDashboardNavItem } from "@/components/ui/dashboard-nav";

export function DashboardMobileNav({
  title,
  items,
  rootHref,
}: {
  title: string;
  items: TDashboardNavItem[];
  rootHref: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <Sheet
      side="left"
      title={title}
      open={open}
      onOpenChange={setOpen}
      trigger={
        <button
          type="button"
          className="grid h-11 w-11 place-items-center rounded-full hover:bg-black/5 lg:hidden"
          aria-label="Open dashboard menu"
        >
          <Menu aria-hidden="true" className="h-6 w-6" />
        </button>
      }
    >
      <nav aria-label={title} className="p-3">
        <DashboardNav items={items} rootHref={rootHref} onNavigate={() => setOpen(false)} />
      </nav>
    </Sheet>
  );
}

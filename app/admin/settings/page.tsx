// /admin/settings — the rules the whole platform runs on (fees, deposits, checkout timing,
// batches, payouts): superadmins only. Each save states what changes and from when, and is
// written to the audit log.
import type { Metadata } from "next";
import Link from "next/link";
import { History } from "lucide-react";
import { buttonClasses } from "@/components/ui/button";
import { DashboardHeading } from "@/components/ui/dashboard-shell";
import { formatDateTime } from "@/lib/dates";
import { getPlatformSettingsForAdmin } from "@/lib/settings/get-platform-settings-for-admin";
import { requireAdminSection } from "../_lib/guard";
import { updatePlatformSettingsAction } from "./actions";
import { SettingsForm } from "./_components/settings-form";

export const metadata: Metadata = { title: "Settings · Admin" };

const SETTINGS_AUDIT_HREF = "/admin/audit?action=settings.update";

export default async function AdminSettingsPage() {
  await requireAdminSection("/admin/settings");
  const s = await getPlatformSettingsForAdmin();
  const by = s.updatedBy ? (s.updatedBy.name ? `${s.updatedBy.name} (${s.updatedBy.email})` : s.updatedBy.email) : null;
  return (
    <>
      <DashboardHeading
        title="Settings"
        description="The rules the whole platform runs on. A change applies from the moment you save it; money already taken never changes."
        actions={
          <Link href={SETTINGS_AUDIT_HREF} className={buttonClasses({ variant: "outline" })}>
            <History aria-hidden="true" className="h-4 w-4" />
            History of changes
          </Link>
        }
      />
      <p className="mb-5 text-sm text-ink-muted">
        {by && s.updatedAt ? (
          <>
            Last changed by <span className="font-semibold text-ink">{by}</span> on{" "}
            <time dateTime={s.updatedAt.toISOString()}>{formatDateTime(s.updatedAt)}</time> (Accra time).
          </>
        ) : (
          "Not changed since the platform was set up: these are the defaults."
        )}
      </p>
      <SettingsForm
        values={s.values}
        updatedAt={s.updatedAt?.toISOString() ?? null}
        save={updatePlatformSettingsAction}
      />
    </>
  );
}

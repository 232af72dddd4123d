"use server";
// The platform settings form (/admin/settings): superadmins only (admin:settings). The form's
// fields (%, cedis, weekday) are parsed by the schema the form itself uses; only the settings
// that changed reach the audit log, with before/after and the sentences the admin confirmed.
import { action } from "@/lib/http/action";
import { ZPlatformSettingsForm, type TPlatformSettingsValues, type TSettingChange } from "@/lib/settings/schemas";
import { updatePlatformSettings } from "@/lib/settings/update-platform-settings";

type TSaved = {
  before: Partial<TPlatformSettingsValues>;
  after: Partial<TPlatformSettingsValues>;
  changes: TSettingChange[];
  updatedAt: string;
};

export const updatePlatformSettingsAction = action(
  {
    permission: "admin:settings",
    input: ZPlatformSettingsForm,
    revalidate: ["/admin/settings"],
    audit: (_input, r: TSaved) => ({
      action: "settings.update",
      entityType: "PlatformSettings",
      entityId: "platform",
      before: r.before,
      after: r.after,
      data: { changes: r.changes.map((c) => c.sentence) },
    }),
  },
  async ({ expectedUpdatedAt, ...values }, { user }): Promise<TSaved> => {
    const r = await updatePlatformSettings({ ...values, expectedUpdatedAt, actorId: user.id });
    return { before: r.before, after: r.after, changes: r.changes, updatedAt: r.settings.updatedAt.toISOString() };
  },
);

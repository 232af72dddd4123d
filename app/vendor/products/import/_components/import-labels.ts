import type { TBadgeTone } from "@/components/ui/badge";
import type { ProductImportStatus } from "@/lib/generated/prisma/enums";

export const IMPORT_STATUS: Record<ProductImportStatus, { label: string; tone: TBadgeTone }> = {
  PREVIEWED: { label: "Ready to apply", tone: "accent" },
  QUEUED: { label: "Queued", tone: "brand" },
  RUNNING: { label: "Applying", tone: "brand" },
  COMPLETED: { label: "Applied", tone: "brand" },
  FAILED: { label: "Failed", tone: "danger" },
  DISCARDED: { label: "Discarded", tone: "neutral" },
};

export const count = (n: number) => n.toLocaleString("en-GB");
export const plural = (n: number, one: string, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;

import "server-only";
import { render } from "@react-email/render";
import { createElement } from "react";
import { serverEnv } from "@/lib/env";
import { SAMPLE_DATA, type TData, TEMPLATES } from "./catalog";
import { EmailLayout } from "./email-layout";

export { SAMPLE_DATA, TEMPLATES };

export type TRendered = { sms: string; subject: string; text: string; html: string };

function generic(templateKey: string) {
  const what = templateKey.replace(/^[a-z]+\./, "").replaceAll("_", " ");
  return {
    sms: (d: TData) => `Londom: update${d.orderNumber ? ` on order ${String(d.orderNumber)}` : ""}: ${what}.`,
    subject: (d: TData) => `Update${d.orderNumber ? ` on order ${String(d.orderNumber)}` : ""}: ${what}`,
    paragraphs: () => [`There is an update: ${what}. Your account has the details.`],
    cta: undefined,
  };
}

export function hasTemplate(templateKey: string): boolean {
  return templateKey in TEMPLATES;
}

/** The SMS, and the email's subject, text and HTML for one outbox row. Unknown keys get a generic, honest text. */
export async function renderNotification(
  templateKey: string,
  data: TData,
  appUrl = serverEnv().APP_URL,
): Promise<TRendered> {
  const t = TEMPLATES[templateKey] ?? generic(templateKey);
  const subject = t.subject(data);
  const paragraphs = t.paragraphs(data);
  const cta = t.cta?.(data, appUrl) ?? null;
  const text = [
    subject,
    "",
    ...paragraphs,
    ...(cta ? ["", `${cta.label}: ${cta.href}`] : []),
    "",
    "— Londom Imports",
  ].join("\n");
  const html = await render(createElement(EmailLayout, { subject, paragraphs, cta }));
  return { sms: t.sms(data), subject, text, html };
}

// One email from the local outbox as the inbox shows it: the HTML in a sandboxed frame (no
// scripts, no same-origin access) and the plain-text part beside it.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/dates";
import { getDevOutboxEmail } from "@/lib/notifications/get-dev-outbox-email";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Email (test mode)", robots: { index: false } };

export default async function DevOutboxEmailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const email = await getDevOutboxEmail({ id: id.slice(0, 40) });
  if (!email) notFound();
  return (
    <main className="mx-auto min-h-screen max-w-5xl space-y-5 px-4 py-8">
      <Link href="/dev/outbox" className="text-sm font-medium text-brand-700 underline">
        ← Outbox
      </Link>
      <header className="space-y-1">
        <p className="text-xs font-semibold tracking-widest text-accent-600 uppercase">Test mode · email</p>
        <h1 className="text-xl font-bold text-ink">{email.subject}</h1>
        <p className="flex flex-wrap items-center gap-2 text-sm text-ink-muted">
          <span>To {email.recipient}</span>
          {email.from ? <span>· from {email.from}</span> : null}
          <Badge tone={email.status === "FAILED" ? "danger" : email.status === "QUEUED" ? "warning" : "brand"}>
            {email.status}
          </Badge>
          <span className="font-mono text-xs">{email.templateKey}</span>
          <span>· queued {formatDateTime(email.createdAt)}</span>
          {email.deliveredAt ? <span>· delivered {formatDateTime(email.deliveredAt)}</span> : null}
        </p>
        {email.source === "preview" ? (
          <p role="note" className="rounded-card bg-warning-50 px-3 py-2 text-sm text-warning-700">
            Not sent yet ({email.attempts} {email.attempts === 1 ? "attempt" : "attempts"}): this is the template
            rendered now, not what the emulator received.
          </p>
        ) : null}
        {email.lastError ? <p className="text-sm text-danger-700">{email.lastError}</p> : null}
      </header>
      <div className="grid gap-5 lg:grid-cols-[3fr_2fr]">
        <section aria-label="HTML part" className="overflow-hidden rounded-card bg-surface shadow-card">
          <iframe title="Email HTML" sandbox="" srcDoc={email.html} className="h-[640px] w-full border-0 bg-white" />
        </section>
        <section aria-label="Text part" className="rounded-card bg-surface p-4 shadow-card">
          <h2 className="mb-2 text-sm font-semibold text-ink">Plain text</h2>
          <pre className="text-sm whitespace-pre-wrap text-ink-muted">{email.text}</pre>
        </section>
      </div>
    </main>
  );
}

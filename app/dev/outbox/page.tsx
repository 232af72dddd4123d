// The local outbox viewer: every SMS and email the app sent (or is about to send) while Twilio
// and Postmark are emulated, newest first. Gone (404) in a deployment with real keys.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Mail, MessageSquare } from "lucide-react";
import { Badge, type TBadgeTone } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterActions, FilterSearch } from "@/components/ui/filter-fields";
import { flatSearchParams, KeysetPager, StatusTab } from "@/components/ui/list-controls";
import { hrefWith } from "@/components/ui/pagination";
import { formatDateTime } from "@/lib/dates";
import { devOutboxChannels, listDevOutbox, type TDevOutboxRow } from "@/lib/notifications/list-dev-outbox";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Outbox (test mode)", robots: { index: false } };

const STATUS_TONE: Record<string, TBadgeTone> = {
  QUEUED: "warning",
  SENT: "accent",
  DELIVERED: "brand",
  FAILED: "danger",
};
const CHANNEL_LABEL = { SMS: "SMS", EMAIL: "Email", IN_APP: "In-app" } as const;

function Row({ n }: { n: TDevOutboxRow }) {
  const Icon = n.channel === "SMS" ? MessageSquare : Mail;
  return (
    <li className="rounded-card bg-surface p-4 shadow-card" data-testid="outbox-row">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <Icon aria-hidden="true" className="h-4 w-4 text-ink-muted" />
        <span className="font-semibold text-ink">{n.recipient}</span>
        <Badge tone={STATUS_TONE[n.status] ?? "neutral"}>{n.status}</Badge>
        <span className="font-mono text-xs text-ink-muted">{n.templateKey}</span>
        <span className="ml-auto text-xs text-ink-subtle tabular-nums">{formatDateTime(n.createdAt)}</span>
      </div>
      {n.channel === "SMS" ? (
        n.sms ? (
          <div className="mt-3">
            <p className="max-w-md rounded-2xl rounded-tl-sm bg-surface-sunken px-4 py-2.5 text-sm whitespace-pre-wrap text-ink">
              {n.sms.body}
            </p>
            <p className="mt-1 text-xs text-ink-subtle">
              {n.sms.segments} {n.sms.segments === 1 ? "segment" : "segments"} · {n.sms.encoding}
            </p>
          </div>
        ) : null
      ) : (
        <p className="mt-2 text-sm">
          <Link href={`/dev/outbox/${n.id}`} className="font-medium text-brand-700 underline">
            {n.subject ?? n.templateKey}
          </Link>
        </p>
      )}
      <p className="mt-2 text-xs text-ink-muted">
        {n.status === "QUEUED"
          ? `Not sent yet${n.attempts ? ` (${n.attempts} failed ${n.attempts === 1 ? "attempt" : "attempts"})` : ""} · next attempt ${formatDateTime(n.nextAttemptAt)}`
          : `${n.attempts} ${n.attempts === 1 ? "attempt" : "attempts"}`}
        {n.sentAt ? ` · sent ${formatDateTime(n.sentAt)}` : ""}
        {n.deliveredAt ? ` · delivered ${formatDateTime(n.deliveredAt)}` : ""}
      </p>
      {n.lastError ? <p className="mt-1 text-xs text-danger-700">{n.lastError}</p> : null}
    </li>
  );
}

export default async function DevOutboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (devOutboxChannels().length === 0) notFound();
  const params = await flatSearchParams(searchParams);
  const list = await listDevOutbox(params);
  const { cursor: _c, ...filters } = params;
  const total = Object.values(list.statusCounts).reduce((a, b) => a + b, 0);
  const tab = (key: "channel" | "status", value: string | null) => hrefWith("/dev/outbox", filters, { [key]: value });

  return (
    <main className="mx-auto min-h-screen max-w-3xl space-y-5 px-4 py-8">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-xs font-semibold tracking-widest text-accent-600 uppercase">Test mode</p>
          <h1 className="text-2xl font-bold text-ink">Outbox</h1>
          <p className="text-sm text-ink-muted">
            Every {list.channels.map((c) => CHANNEL_LABEL[c]).join(" and ")} the app sent through the local emulators,
            newest first, with its delivery status.
          </p>
        </div>
        <Link href={hrefWith("/dev/outbox", filters, {})} className={buttonClasses({ variant: "outline", size: "sm" })}>
          Refresh
        </Link>
      </header>
      <p
        role="note"
        className="rounded-card border border-warning-700/30 bg-warning-50 px-4 py-3 text-sm text-warning-700"
      >
        <strong className="font-semibold">Anyone who can open this page reads every customer’s messages</strong>,
        sign-in codes included. It exists only while the messaging emulators and the Paystack emulator run: with real
        Twilio and Postmark keys (or a live Paystack key) /dev/outbox answers 404.
      </p>

      <nav aria-label="Channel" className="flex flex-wrap gap-2">
        <StatusTab
          href={tab("channel", null)}
          active={!filters.channel}
          label="All channels"
          count={Object.values(list.channelCounts).reduce((a, b) => a + b, 0)}
        />
        {list.channels.map((c) => (
          <StatusTab
            key={c}
            href={tab("channel", c)}
            active={filters.channel === c}
            label={CHANNEL_LABEL[c]}
            count={list.channelCounts[c] ?? 0}
          />
        ))}
      </nav>
      <nav aria-label="Status" className="flex flex-wrap gap-2">
        <StatusTab href={tab("status", null)} active={!filters.status} label="Any status" count={total} />
        {(["QUEUED", "SENT", "DELIVERED", "FAILED"] as const).map((s) => (
          <StatusTab
            key={s}
            href={tab("status", s)}
            active={filters.status === s}
            label={s[0] + s.slice(1).toLowerCase()}
            count={list.statusCounts[s]}
          />
        ))}
      </nav>
      <form method="get" className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end">
        {filters.channel ? <input type="hidden" name="channel" value={filters.channel} /> : null}
        {filters.status ? <input type="hidden" name="status" value={filters.status} /> : null}
        <FilterSearch
          id="outbox-q"
          name="q"
          label="Recipient or template"
          placeholder="+23324…, kofi@…, order.shipped"
          defaultValue={filters.q}
        />
        <FilterActions resetHref={filters.q ? hrefWith("/dev/outbox", filters, { q: null }) : null} />
      </form>

      {list.rows.length === 0 ? (
        <EmptyState title="Nothing sent yet">
          {filters.q || filters.status || filters.channel
            ? "No message matches these filters."
            : "Messages appear here as soon as the app queues them: place an order to see the first ones."}
        </EmptyState>
      ) : (
        <ul className="space-y-3">
          {list.rows.map((n) => (
            <Row key={n.id} n={n} />
          ))}
        </ul>
      )}
      <KeysetPager pathname="/dev/outbox" params={params} nextCursor={list.nextCursor} />
    </main>
  );
}

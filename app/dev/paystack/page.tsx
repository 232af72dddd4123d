// The Paystack emulator's dashboard: latest transactions, refunds, transfers and webhook deliveries.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getEmulatorDashboard, isPaystackEmulatorEnabled } from "@/lib/integrations/paystack/emulator";
import { formatDateTime } from "@/lib/dates";
import { formatMoney } from "@/lib/money";
import { cn } from "@/lib/cn";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Paystack emulator", robots: { index: false } };

const TONE: Record<string, string> = {
  success: "bg-brand-100 text-brand-800",
  processed: "bg-brand-100 text-brand-800",
  delivered: "bg-brand-100 text-brand-800",
  failed: "bg-danger-50 text-danger-700",
  reversed: "bg-accent-100 text-accent-600",
  "gave up": "bg-danger-50 text-danger-700",
};

function Status({ value }: { value: string }) {
  return (
    <span
      className={cn("rounded-pill px-2 py-0.5 text-xs font-semibold", TONE[value] ?? "bg-warning-50 text-warning-700")}
    >
      {value}
    </span>
  );
}

function Table({ title, head, rows, empty }: { title: string; head: string[]; rows: ReactNode[][]; empty: string }) {
  return (
    <section className="rounded-card bg-surface p-5 shadow-card">
      <h2 className="mb-3 text-base font-semibold text-ink">{title}</h2>
      {rows.length === 0 ? (
        <p className="text-sm text-ink-subtle">{empty}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="text-xs uppercase tracking-wide text-ink-subtle">
                {head.map((h) => (
                  <th key={h} className="pb-2 pr-4 font-semibold">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-surface-sunken">
              {rows.map((cells, i) => (
                <tr key={i}>
                  {cells.map((c, j) => (
                    <td key={j} className="py-2 pr-4 align-top text-ink-muted">
                      {c}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export default async function EmulatorDashboardPage() {
  if (!isPaystackEmulatorEnabled()) notFound();
  const d = await getEmulatorDashboard();
  return (
    <main className="mx-auto min-h-screen max-w-page space-y-6 px-4 py-8">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-xs font-semibold uppercase tracking-widest text-accent-600">Test mode</p>
          <h1 className="text-2xl font-bold text-ink">Paystack emulator</h1>
          <p className="text-sm text-ink-muted">
            Everything the app did with “Paystack”, newest first. Refunds and transfers complete by themselves within
            seconds.
          </p>
        </div>
        <Link
          href="/dev/paystack/phone"
          className="rounded-control bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
        >
          Open the phone panel
        </Link>
      </header>
      <p
        role="note"
        data-testid="emulator-exposure-notice"
        className="rounded-card border border-warning-700/30 bg-warning-50 px-4 py-3 text-sm text-warning-700"
      >
        <strong className="font-semibold">
          Anyone who can open this page sees every customer’s emulated payments.
        </strong>{" "}
        It lists all customers’ test transactions, refunds, transfers and webhooks, with their email addresses, and
        needs no sign-in. It exists only while the Paystack emulator runs: with a real{" "}
        <code className="font-mono text-xs">PAYSTACK_SECRET_KEY</code> every /dev/paystack page and API answers 404.
      </p>
      <Table
        title="Transactions"
        head={["Reference", "Customer", "Amount", "Fees", "Channel", "Status", "Created"]}
        empty="No transactions yet."
        rows={d.transactions.map((t) => [
          <Link
            key="r"
            href={`/dev/paystack/checkout/${t.accessCode}`}
            className="font-mono text-xs text-brand-700 underline"
          >
            {t.reference}
          </Link>,
          t.email,
          formatMoney(t.amount),
          t.fees === null ? "—" : formatMoney(t.fees),
          t.channel ?? "—",
          <Status key="s" value={t.status} />,
          formatDateTime(t.createdAt),
        ])}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Table
          title="Refunds"
          head={["Id", "Transaction", "Amount", "Status"]}
          empty="No refunds yet."
          rows={d.refunds.map((r) => [
            String(r.id),
            <span key="t" className="font-mono text-xs">
              {r.reference}
            </span>,
            formatMoney(r.amount),
            <Status key="s" value={r.status} />,
          ])}
        />
        <Table
          title="Transfers"
          head={["Reference", "Recipient", "Amount", "Status"]}
          empty="No transfers yet."
          rows={d.transfers.map((x) => [
            <span key="r" className="font-mono text-xs">
              {x.reference}
            </span>,
            x.recipient,
            formatMoney(x.amount),
            <Status key="s" value={x.status} />,
          ])}
        />
      </div>
      <Table
        title="Webhook deliveries"
        head={["#", "Event", "Reference", "Attempts", "Last answer", "State"]}
        empty="No webhooks sent yet."
        rows={d.webhooks.map((w) => [
          String(w.id),
          w.event,
          <span key="r" className="font-mono text-xs">
            {w.subject}
          </span>,
          String(w.attempts),
          w.lastStatus ? `HTTP ${w.lastStatus}` : (w.lastError ?? "—"),
          <Status key="s" value={w.state} />,
        ])}
      />
    </main>
  );
}

import { formatDateTime } from "@/lib/dates";
import type { TAuditRow } from "@/lib/audit/list-audit-log";

function Actor({ actor }: { actor: TAuditRow["actor"] }) {
  if (!actor) return <span className="text-ink-subtle">System or deleted user</span>;
  return (
    <span>
      <span className="font-medium text-ink">{actor.name ?? actor.email}</span>
      {actor.name ? <span className="block text-xs text-ink-subtle">{actor.email}</span> : null}
    </span>
  );
}

/** Before/after and the rest of the entry, folded away (it can be long). */
function Details({ data }: { data: unknown }) {
  if (data === null || data === undefined) return <span className="text-ink-subtle">—</span>;
  return (
    <details>
      <summary className="cursor-pointer text-sm font-medium text-brand-700">Details</summary>
      <pre className="mt-2 max-h-72 max-w-xl overflow-auto rounded-control bg-surface-sunken p-3 text-xs whitespace-pre-wrap break-all text-ink">
        {JSON.stringify(data, null, 2)}
      </pre>
    </details>
  );
}

export function AuditTable({ rows }: { rows: TAuditRow[] }) {
  return (
    <>
      <ul className="space-y-2 md:hidden" aria-label="Audit entries">
        {rows.map((r) => (
          <li key={r.id} className="rounded-card bg-surface p-4 shadow-card">
            <div className="flex items-baseline justify-between gap-3">
              <span className="font-mono text-sm font-semibold text-ink">{r.action}</span>
              <time className="shrink-0 text-xs text-ink-subtle" dateTime={r.createdAt.toISOString()}>
                {formatDateTime(r.createdAt)}
              </time>
            </div>
            <p className="mt-1 text-sm text-ink-muted">
              {r.entityType} <span className="font-mono break-all">{r.entityId}</span>
            </p>
            <div className="mt-2 text-sm">
              <Actor actor={r.actor} />
              {r.ip ? <span className="ml-2 font-mono text-xs text-ink-subtle">{r.ip}</span> : null}
            </div>
            <div className="mt-2">
              <Details data={r.data} />
            </div>
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto rounded-card bg-surface shadow-card md:block">
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-black/5 text-xs uppercase tracking-wide text-ink-subtle">
              <th className="px-4 py-3 font-semibold">When</th>
              <th className="px-4 py-3 font-semibold">Who</th>
              <th className="px-4 py-3 font-semibold">Action</th>
              <th className="px-4 py-3 font-semibold">Target</th>
              <th className="px-4 py-3 font-semibold">IP</th>
              <th className="px-4 py-3 font-semibold">Before / after</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-black/5">
            {rows.map((r) => (
              <tr key={r.id} className="align-top">
                <td className="px-4 py-3 whitespace-nowrap text-ink-muted">
                  <time dateTime={r.createdAt.toISOString()}>{formatDateTime(r.createdAt)}</time>
                </td>
                <td className="px-4 py-3">
                  <Actor actor={r.actor} />
                </td>
                <td className="px-4 py-3 font-mono text-ink">{r.action}</td>
                <td className="px-4 py-3 text-ink-muted">
                  {r.entityType} <span className="block font-mono text-xs break-all">{r.entityId}</span>
                </td>
                <td className="px-4 py-3 font-mono text-xs text-ink-muted">{r.ip ?? "—"}</td>
                <td className="px-4 py-3">
                  <Details data={r.data} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

// Dates shown to people, always in Africa/Accra (isomorphic: server pages and client
// countdowns format the same instant the same way, so hydration never disagrees).
import { utc } from "@date-fns/utc";
import { format, isSameMonth, isSameYear } from "date-fns";

export const APP_TIME_ZONE = "Africa/Accra";
// Accra keeps UTC all year (no daylight saving since 1942), so its wall clock is read from the
// UTC fields: the same strings as tz("Africa/Accra") at a seventh of the cost, which matters on
// admin lists that format ten dates a row (bench/README.md, "Admin lists at scale").
const inAccra = utc;

type TDateInput = Date | string | number;

function toDate(d: TDateInput): Date {
  return d instanceof Date ? d : new Date(d);
}

/** "12 Dec 2025" by default; any date-fns pattern, evaluated in Africa/Accra. */
export function formatDate(d: TDateInput, pattern = "d MMM yyyy"): string {
  return format(toDate(d), pattern, { in: inAccra });
}

/** "12 Dec 2025, 14:30" (24-hour, Accra time). */
export function formatDateTime(d: TDateInput): string {
  return format(toDate(d), "d MMM yyyy, HH:mm", { in: inAccra });
}

/**
 * Estimated arrival window: "12–19 Dec", "28 Dec – 4 Jan", and the year appended when the
 * window is not in the current year ("28 Dec 2026 – 4 Jan 2027").
 */
export function formatArrivalWindow(start: TDateInput, end: TDateInput, now: TDateInput = new Date()): string {
  const s = toDate(start);
  const e = toDate(end);
  const opts = { in: inAccra };
  const withYear = !isSameYear(s, toDate(now), opts) || !isSameYear(e, toDate(now), opts);
  if (withYear) {
    return isSameYear(s, e, opts)
      ? `${format(s, "d MMM", opts)} – ${format(e, "d MMM yyyy", opts)}`
      : `${format(s, "d MMM yyyy", opts)} – ${format(e, "d MMM yyyy", opts)}`;
  }
  if (isSameMonth(s, e, opts)) {
    return format(s, "d", opts) === format(e, "d", opts)
      ? format(e, "d MMM", opts)
      : `${format(s, "d", opts)}–${format(e, "d MMM", opts)}`;
  }
  return `${format(s, "d MMM", opts)} – ${format(e, "d MMM", opts)}`;
}

// <input type="datetime-local"> values ("yyyy-MM-ddTHH:mm") read as Accra time. Accra is UTC
// all year (no daylight saving), so Accra wall-clock time and UTC are the same digits.

/** "2026-12-11T18:00" (Accra) → ISO instant; "" stays "". */
export function accraLocalToIso(value: string): string {
  return value ? new Date(`${value}Z`).toISOString() : "";
}

/** ISO instant → "2026-12-11T18:00" in Accra, for a datetime-local input's value. */
export function isoToAccraLocal(iso: string): string {
  return formatDate(iso, "yyyy-MM-dd'T'HH:mm");
}

// Countdowns to a cut-off, apart from lib/dates.ts: the ticking countdown is a client
// component, and this needs plain arithmetic only — not date-fns and its time-zone data.
type TDateInput = Date | string | number;

const toDate = (d: TDateInput): Date => (d instanceof Date ? d : new Date(d));

export type TCountdownParts = {
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
  isPast: boolean;
  totalMs: number;
};

/** Time left until target, split into parts (all zero and isPast once it has passed). */
export function countdownParts(target: TDateInput, now: TDateInput = new Date()): TCountdownParts {
  const totalMs = toDate(target).getTime() - toDate(now).getTime();
  if (totalMs <= 0) return { days: 0, hours: 0, minutes: 0, seconds: 0, isPast: true, totalMs: 0 };
  const totalSeconds = Math.floor(totalMs / 1000);
  return {
    days: Math.floor(totalSeconds / 86_400),
    hours: Math.floor((totalSeconds % 86_400) / 3600),
    minutes: Math.floor((totalSeconds % 3600) / 60),
    seconds: totalSeconds % 60,
    isPast: false,
    totalMs,
  };
}

/** "3d 4h", "4h 12m", "12m 5s"; "closed" once past. The two largest non-zero units. */
export function formatCountdown(p: TCountdownParts): string {
  if (p.isPast) return "closed";
  if (p.days > 0) return `${p.days}d ${p.hours}h`;
  if (p.hours > 0) return `${p.hours}h ${p.minutes}m`;
  return `${p.minutes}m ${p.seconds}s`;
}

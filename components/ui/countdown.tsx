"use client";

import { useEffect, useState } from "react";
import { countdownParts, formatCountdown } from "@/lib/countdown";
import { cn } from "@/lib/cn";

type TCountdownProps = {
  /** ISO instant the countdown ends at (a batch cut-off). */
  target: string;
  /** The server's render time (epoch ms): the first client render uses it too, so the
   *  hydrated text equals the server HTML; the clock takes over after mount. */
  serverNow: number;
  /** Text before the time, e.g. "Closes in". */
  prefix?: string;
  closedText?: string;
  className?: string;
};

export function Countdown({
  target,
  serverNow,
  prefix = "Closes in",
  closedText = "Closed",
  className,
}: TCountdownProps) {
  const [now, setNow] = useState(serverNow);
  const parts = countdownParts(target, now);

  useEffect(() => {
    // Tick every second in the last hour, else every 30 s: cheap on low-end phones.
    const tick = () => setNow(Date.now());
    tick();
    const ms = countdownParts(target, Date.now()).totalMs;
    const id = window.setInterval(tick, ms < 3_600_000 ? 1000 : 30_000);
    return () => window.clearInterval(id);
  }, [target]);

  const text = parts.isPast ? closedText : `${prefix} ${formatCountdown(parts)}`;
  return (
    <time dateTime={target} className={cn("tabular-nums", className)}>
      {text}
    </time>
  );
}

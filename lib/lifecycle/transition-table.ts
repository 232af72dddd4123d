// A lifecycle is a table of transitions (from-states, event, guard, to-state, side
// effects). Pure and isomorphic so unit tests exercise every row; the server modules
// (line/order/payment/refund lifecycles) run the effects inside a locked transaction.
import { AppError } from "@/lib/errors";

export type TTransition<S extends string, E extends string, C> = {
  event: E;
  from: readonly S[];
  to: S;
  /** Returns why the transition may not happen now, or null when it may. */
  guard?: (ctx: C) => string | null;
  /** What else happens, for readers: the lifecycle module performs these. */
  effects?: string;
};

export function findTransition<S extends string, E extends string, C>(
  table: readonly TTransition<S, E, C>[],
  aggregate: string,
  from: S,
  event: E,
): TTransition<S, E, C> {
  const t = table.find((row) => row.event === event && row.from.includes(from));
  if (!t)
    throw new AppError("INVALID_STATE", `${aggregate}: ${event} is not allowed from ${from}`, {
      details: { aggregate, from, event },
    });
  return t;
}

/** Finds the transition and checks its guard; throws INVALID_STATE when either fails. */
export function planTransition<S extends string, E extends string, C>(
  table: readonly TTransition<S, E, C>[],
  aggregate: string,
  from: S,
  event: E,
  ctx: C,
): TTransition<S, E, C> {
  const t = findTransition(table, aggregate, from, event);
  const refusal = t.guard?.(ctx) ?? null;
  if (refusal)
    throw new AppError("INVALID_STATE", `${aggregate}: ${event} refused — ${refusal}`, {
      details: { aggregate, from, event },
    });
  return t;
}

/** Events that may fire from a state (for UIs: which buttons to show). */
export function eventsFrom<S extends string, E extends string, C>(
  table: readonly TTransition<S, E, C>[],
  from: S,
): E[] {
  return [...new Set(table.filter((t) => t.from.includes(from)).map((t) => t.event))];
}

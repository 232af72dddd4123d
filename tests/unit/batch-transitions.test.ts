import { describe, expect, it } from "vitest";
import { BatchStatus } from "@/lib/generated/prisma/enums";
import {
  BATCH_EVENTS,
  BATCH_TRANSITIONS,
  allowedBatchEvents,
  nextBatchStatus,
  type TBatchEvent,
} from "@/lib/batches/batch-transitions";

// The state machine of domain.md, written out independently of the implementation:
//   DRAFT → OPEN → CLOSED → IN_TRANSIT → ARRIVED → COMPLETED ; DRAFT/OPEN/CLOSED → CANCELLED
const LEGAL: Record<string, BatchStatus> = {
  "DRAFT+OPEN": "OPEN",
  "OPEN+CLOSE": "CLOSED",
  "CLOSED+SHIP": "IN_TRANSIT",
  "IN_TRANSIT+ARRIVE": "ARRIVED",
  "ARRIVED+COMPLETE": "COMPLETED",
  "DRAFT+CANCEL": "CANCELLED",
  "OPEN+CANCEL": "CANCELLED",
  "CLOSED+CANCEL": "CANCELLED",
};

const STATUSES = Object.values(BatchStatus);
const PAIRS = STATUSES.flatMap((status) => BATCH_EVENTS.map((event) => [status, event] as [BatchStatus, TBatchEvent]));

describe("batch transition table", () => {
  it("covers every status × event pair (7 × 6)", () => {
    expect(STATUSES).toHaveLength(7);
    expect(PAIRS).toHaveLength(42);
  });

  it.each(PAIRS)("%s + %s", (status, event) => {
    const expected = LEGAL[`${status}+${event}`] ?? null;
    expect(nextBatchStatus(status, event)).toBe(expected);
  });

  it("has exactly the eight legal transitions of domain.md", () => {
    const legal = PAIRS.filter(([s, e]) => nextBatchStatus(s, e) !== null).map(([s, e]) => `${s}+${e}`);
    expect(legal.sort()).toEqual(Object.keys(LEGAL).sort());
  });

  it("lists the allowed events per status (what an admin UI offers)", () => {
    expect(allowedBatchEvents("DRAFT")).toEqual(["OPEN", "CANCEL"]);
    expect(allowedBatchEvents("OPEN")).toEqual(["CLOSE", "CANCEL"]);
    expect(allowedBatchEvents("CLOSED")).toEqual(["SHIP", "CANCEL"]);
    expect(allowedBatchEvents("IN_TRANSIT")).toEqual(["ARRIVE"]);
    expect(allowedBatchEvents("ARRIVED")).toEqual(["COMPLETE"]);
    expect(allowedBatchEvents("COMPLETED")).toEqual([]);
    expect(allowedBatchEvents("CANCELLED")).toEqual([]);
  });

  it("has terminal states with no way out and no way back to DRAFT", () => {
    const targets = Object.values(BATCH_TRANSITIONS).map((t) => t.to);
    expect(targets).not.toContain("DRAFT");
    for (const terminal of ["COMPLETED", "CANCELLED"] as const) {
      expect(BATCH_EVENTS.every((e) => nextBatchStatus(terminal, e) === null)).toBe(true);
    }
  });
});

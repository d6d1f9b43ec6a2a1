import { days } from "../dates/days.ts";
import type { EventCandidate } from "../types.ts";

const PAST = new Set(["weekday-past", "weekday-past-run"]);
// Nothing but numbers, signs and a closing "and" between two listed days (`65 flights on Thursday, 180 on Friday`).
const LIST_GAP = /^[\s\d.,%£$€-]*(?:and\s+)?[\s\d.,%£$€-]*$/;

/**
 * `cancel 65 flights on Thursday, 180 on Friday, 140 on Saturday …` in an article published on a Thursday: past
 * weekdays listed one after another run forward in time, so a day that resolved later than the next one listed goes
 * back a week (the Thursday before that Friday, not publication day; rule `weekday-past-run`). `events` are in text
 * order; `text` is the article's. Events are changed in place.
 */
export function pastWeekdayRun(text: string, events: EventCandidate[]): void {
  for (let i = events.length - 2; i >= 0; i--) {
    const [a, b] = [events[i], events[i + 1]];
    if (a.rule !== "weekday-past" || !PAST.has(b.rule) || a.date <= b.date) continue;
    if (!LIST_GAP.test(text.slice(a.date_end, b.date_start))) continue;
    a.date = days.iso(days.fromIso(a.date) - 7);
    a.rule = "weekday-past-run";
  }
}

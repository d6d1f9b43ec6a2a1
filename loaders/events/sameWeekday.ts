import type { EventCandidate } from "../types.ts";

/** What `sameWeekday` needs of an event's date mention. */
export interface WeekdayMention {
  /** 0 = Sunday … 6 = Saturday, or null when the mention names no bare weekday. */
  weekday: number | null;
  /** `Thursday's meeting`: the weekday is a possessive naming a happening. */
  possessive: boolean;
}

const WEEKDAY_RULES = new Set(["weekday-past", "weekday-future"]);

/**
 * `European Union finance ministers meet on Thursday …` then `… stressing that Thursday's meeting was only a first
 * step`: a possessive weekday names a happening the article has already placed, so where every other bare
 * mention of that weekday in the article resolves to one day, the possessive takes that day (rule
 * `weekday-as-named`) rather than the one its own clause's tense would give. Events are changed in place.
 */
export function sameWeekday(events: EventCandidate[], mentions: WeekdayMention[]): void {
  const named = new Map<number, Set<string>>();
  events.forEach((e, i) => {
    const m = mentions[i];
    if (m.weekday === null || m.possessive || !WEEKDAY_RULES.has(e.rule)) return;
    named.set(m.weekday, (named.get(m.weekday) ?? new Set()).add(e.date));
  });
  events.forEach((e, i) => {
    const m = mentions[i];
    if (m.weekday === null || !m.possessive || !WEEKDAY_RULES.has(e.rule)) return;
    const dates = named.get(m.weekday);
    if (dates?.size !== 1) return;
    const [date] = dates;
    if (date !== e.date) {
      e.date = date;
      e.rule = "weekday-as-named";
    }
  });
}

import type { DateMention } from "./dateMentions.ts";
import { days } from "./days.ts";
import type { ResolvedDate } from "./resolveMention.ts";

/** How far (in days) a day and month may lie from the sentence's previous date to share its year. */
const NEAR = 62;

/**
 * A day and month without a year next to another day in the same sentence takes the year that puts it
 * nearest that day, when it lies within `NEAR` days of it: `left Kabul on Aug. 26, days before the Aug. 31
 * deadline` → the same August; `arrived on Dec. 28 and left on Jan. 3` → the next January. Null otherwise.
 */
export function sentenceYear(m: DateMention, previous: ResolvedDate | null): ResolvedDate | null {
  if (previous === null || previous.precision !== "day") return null;
  if (m.month === null || m.day === null || m.year !== null || m.relative !== null || m.weekday !== null) return null;
  const before = days.fromIso(previous.date);
  const year = days.parts(before).year;
  const [best] = [year - 1, year, year + 1]
    .map((y) => days.of(y, m.month as number, m.day as number))
    .sort((a, b) => Math.abs(a - before) - Math.abs(b - before));
  if (Math.abs(best - before) > NEAR) return null;
  return { date: days.iso(best), precision: "day", rule: "month-day-sentence-year" };
}

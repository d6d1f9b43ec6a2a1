import type { Tense } from "./clauseTense.ts";
import type { DateMention } from "./dateMentions.ts";
import { days } from "./days.ts";
import type { ResolvedDate } from "./resolveMention.ts";

/** Dates that bound a span rather than place a happening (`since 2020`, `until June`). */
const SPAN_END = /^(?:since|until|till|by|from|before|after)\b/i;
const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A bare month (or month and day) in a sentence that tells of an earlier year takes that year: `In 1999
 * he joined the board and in June he was made chairman` → 1999-06. The year must be written before the
 * month in the same sentence (`others`), at least two years before `published` (nearer years are what the
 * publication date gives anyway, and a recent month may be meant), and the clause not be future.
 */
export function narrativeMonth(
  text: string,
  m: DateMention,
  others: readonly DateMention[],
  published: string | null,
  tense: Tense,
): ResolvedDate | null {
  if (published === null || tense === "future") return null;
  if (m.month === null || m.year !== null || m.relative !== null || m.weekday !== null || m.modifier !== null)
    return null;
  const current = days.parts(days.fromIso(published)).year;
  // `since 2020`, `by 2010`: a span's end is not the narrative's time.
  const year = others
    .filter((o) => o.end <= m.start && o.year !== null && o.relative === null)
    .filter((o) => !SPAN_END.test(text.slice(o.start, o.end)))
    .at(-1)?.year;
  if (year === undefined || year === null || year > current - 2) return null;
  if (SPAN_END.test(text.slice(m.start, m.end))) return null;
  return m.day !== null
    ? { date: days.iso(days.of(year, m.month, m.day)), precision: "day", rule: "month-narrative-year" }
    : { date: `${year}-${pad(m.month)}`, precision: "month", rule: "month-narrative-year" };
}

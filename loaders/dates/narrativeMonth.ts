import type { Tense } from "./clauseTense.ts";
import type { DateMention } from "./dateMentions.ts";
import { days } from "./days.ts";
import type { ResolvedDate } from "./resolveMention.ts";

/** Dates that bound a span rather than place a happening (`since 2020`, `until June`). */
const SPAN_END = /^(?:since|until|till|by|from|before|after)\b/i;
const pad = (n: number) => String(n).padStart(2, "0");
/** How far back (in characters) an earlier sentence's year still sets the narrative's time. */
const NEAR = 1500;

/**
 * A bare month (or month and day) in a passage that tells of an earlier year takes that year: `In 1999
 * he joined the board and in June he was made chairman` → 1999-06; `… in a document on 7 March 2003. On 10
 * March, military chiefs asked …` → 2003-03-10. The year is the one last written before the month: in the
 * same sentence (`others`), or in an earlier date of the article (`earlier`, with its month) within
 * `NEAR` characters, which the month follows by at most four months. It must be at least two years before
 * `published` (nearer years are what the publication date gives anyway, and a recent month may be meant),
 * and the clause not be future.
 */
export function narrativeMonth(
  text: string,
  m: DateMention,
  others: readonly DateMention[],
  published: string | null,
  tense: Tense,
  earlier: readonly DateMention[] = [],
): ResolvedDate | null {
  if (published === null || tense === "future") return null;
  if (m.month === null || m.year !== null || m.relative !== null || m.weekday !== null || m.modifier !== null)
    return null;
  if (SPAN_END.test(text.slice(m.start, m.end))) return null;
  const current = days.parts(days.fromIso(published)).year;
  // `since 2020`, `by 2010`: a span's end is not the narrative's time.
  const written = (o: DateMention) =>
    o.end <= m.start && o.year !== null && o.relative === null && !SPAN_END.test(text.slice(o.start, o.end));
  let year = others.filter(written).at(-1)?.year ?? null;
  if (year === null) {
    const last = earlier.filter(written).at(-1);
    const months = last && last.month !== null && last.year !== null ? m.month - last.month : -1;
    if (last && last.start >= m.start - NEAR && months >= 0 && months <= 4) year = last.year;
  }
  if (year === null || year > current - 2) return null;
  return m.day !== null
    ? { date: days.iso(days.of(year, m.month, m.day)), precision: "day", rule: "month-narrative-year" }
    : { date: `${year}-${pad(m.month)}`, precision: "month", rule: "month-narrative-year" };
}

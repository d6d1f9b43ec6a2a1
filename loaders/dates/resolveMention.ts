import type { DatePrecision } from "../types.ts";
import type { Tense } from "./clauseTense.ts";
import type { DateMention } from "./dateMentions.ts";
import { days } from "./days.ts";

// A month AP style abbreviates before a day ("Dec. 16", "Sept. 3").
const AP_MONTH_DAY = /\b(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.\s*\d/;
// A month as the limit a span reaches (`until February`, `through August`, `by the end of March`).
const LIMIT = /^(?:by|until|till|through|to)\s/i;

/** A date mention resolved to a calendar day, month or year, with the rule that did it. */
export interface ResolvedDate {
  date: string;
  precision: DatePrecision;
  rule: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
const monthIso = (year: number, month: number) => `${year}-${pad(month)}`;

// Of the candidate day numbers, the one nearest `p`, days after `p` counting `lean` times (3 for a month without a
// tense: news reports mostly what has happened, `a £2.2m move in July` is last July).
function nearest(candidates: number[], p: number, lean = 1): number {
  const distance = (d: number) => (d > p ? lean : 1) * Math.abs(d - p);
  return candidates.reduce((best, d) => (distance(d) < distance(best) ? d : best));
}

/**
 * Resolves a date mention with the news rules, against `published` (ISO day or null):
 * - a full date, a month and year, or a year stands alone (`on April 20, 2006`, `since January 2014`, `in 2001`);
 * - a month with a relative year takes it (`in March this year`, `July last year`); `last March` is
 *   the past one and `next January` the coming one;
 * - a month and day written with its weekday (`Tuesday, 1 March`) is in the year, of those the tense allows,
 *   that makes the weekday right;
 * - `this April`, `this Christmas` are in the year of publication, unless the tense points to the
 *   next or the last one;
 * - a month and day without a year takes the year that puts it nearest the publication date, not
 *   more than a week on the wrong side of it when the clause's tense shows (`Aug. 31 deadline` →
 *   the coming one; `Officials met Jan. 17` → the past one; `dropped from the squad for the match on 12 March`
 *   in December → the coming one); a month alone likewise, by mid-month, a month after publication counting
 *   triple when the tense does not show (`a £2.2m move in July` is last July);
 * - a bare weekday is the most recent such day on or before publication, or the next on or after it
 *   when the clause is future (`will`, `is set to`); `last Friday` / `next Friday` exclude the day itself;
 *   `this weekend` is the Saturday of the publication's week unless the clause is past;
 * - `last week` / `earlier this week` / `next week` give the Monday of that week; `this month`,
 *   `last year` the month or year (`in the New Year` next year, but in January the year just begun; `a year ago`
 *   the month a year back); `yesterday`,
 *   `this morning`, `two days ago` the day;
 * - a season with `last`, `this` or `next` gives its year (`last fall`; `during the summer` is no date); a quarter with no year (`in the fourth quarter`) its first month,
 *   of the latest quarter begun by publication when past, the first not yet over when future, else the nearest
 *   (`in the last quarter`: the latest quarter over by publication);
 * - the year's end (`by year end`, `by the end of the year`) is this year's December, as a deadline.
 * Without a publication date only mentions with a written year resolve; the rest give null.
 */
export function resolveMention(m: DateMention, published: string | null, written: Tense = null): ResolvedDate | null {
  // `last March` is past and `next January` future, whatever the verb.
  const monthModifier = m.weekday === null && m.month !== null ? m.modifier : null;
  const tense: Tense = monthModifier === "last" ? "past" : monthModifier === "next" ? "future" : written;
  const future = tense === "future";
  if (m.year !== null && m.relative === null) {
    if (m.month !== null && m.day !== null)
      return { date: days.iso(days.of(m.year, m.month, m.day)), precision: "day", rule: "full-date" };
    if (m.month !== null) return { date: monthIso(m.year, m.month), precision: "month", rule: "month-year" };
    return { date: String(m.year), precision: "year", rule: "year" };
  }
  if (published === null) return null;
  const p = days.fromIso(published);
  const today = days.parts(p);
  if (m.yearEnd) {
    return { date: monthIso(today.year, 12), precision: "month", rule: "year-end-deadline" };
  }
  if (m.relative) {
    const { unit, offset } = m.relative;
    if (unit === "day")
      return { date: days.iso(p + offset), precision: "day", rule: offset === 0 ? "same-day" : "relative-day" };
    if (unit === "week")
      return { date: days.iso(days.monday(p) + 7 * offset), precision: "day", rule: "relative-week" };
    if (unit === "month") {
      const index = today.year * 12 + today.month - 1 + offset;
      // (`on the 14th of next month`: that day of it)
      if (m.day !== null)
        return {
          date: days.iso(days.of(Math.floor(index / 12), (index % 12) + 1, m.day)),
          precision: "day",
          rule: "day-of-relative-month",
        };
      return { date: monthIso(Math.floor(index / 12), (index % 12) + 1), precision: "month", rule: "relative-month" };
    }
    if (unit === "year" && m.month !== null) {
      const year = today.year + offset;
      return m.day !== null
        ? { date: days.iso(days.of(year, m.month, m.day)), precision: "day", rule: "month-relative-year" }
        : { date: monthIso(year, m.month), precision: "month", rule: "month-relative-year" };
    }
    // (`in the New Year` written in January is the year just begun)
    if (unit === "year" && m.newYear && today.month === 1)
      return { date: String(today.year), precision: "year", rule: "new-year-begun" };
    // (`a year ago`: the same month a year before, as `a month ago` is that month; `three years ago` only the year)
    if (unit === "year" && offset === -1 && /\bago$/i.test(m.text))
      return { date: monthIso(today.year - 1, today.month), precision: "month", rule: "year-ago" };
    if (unit === "year") return { date: String(today.year + offset), precision: "year", rule: "relative-year" };
    // Seasons: the latest start of that season on or before publication is `this` while it lasts,
    // else the coming one; `last` is the one before it unless it is already over; `next` is the one after.
    const startMonth = m.relative.season ?? 1;
    let year = today.month >= startMonth ? today.year : today.year - 1;
    const over = (today.year - year) * 12 + today.month - startMonth >= 3;
    if (offset < 0 && !over) year -= 1;
    // `the summer` once it is over is the coming one, unless the clause is past (`was signed during the summer`)
    // and the season began this calendar year (in February, last year's summer is `last summer`).
    if (offset > 0 || (offset === 0 && over && (tense !== "past" || year < today.year))) year += 1;
    return { date: String(year), precision: "year", rule: "season" };
  }
  if (m.weekday !== null) {
    if (m.modifier === "last")
      return { date: days.iso(days.onOrBefore(p - 1, m.weekday)), precision: "day", rule: "weekday-last" };
    if (m.modifier === "next")
      return { date: days.iso(days.onOrAfter(p + 1, m.weekday)), precision: "day", rule: "weekday-next" };
    // `this weekend`: the weekend of the publication's (Monday-first) week, unless the clause is past
    // (`were better than us this weekend` on a Monday is the weekend just gone).
    if (m.modifier === "this" && m.weekend && tense !== "past")
      return { date: days.iso(days.monday(p) + 5), precision: "day", rule: "weekend-this" };
    return future
      ? { date: days.iso(days.onOrAfter(p, m.weekday)), precision: "day", rule: "weekday-future" }
      : { date: days.iso(days.onOrBefore(p, m.weekday)), precision: "day", rule: "weekday-past" };
  }
  // `this Christmas`, `this April`: the publication's year, unless the tense puts it on the other side
  // (`will return this April` in November is next April; `sales were poor this Christmas` in January last year's)
  if (m.modifier === "this" && m.month !== null) {
    const on = (year: number) => days.of(year, m.month as number, m.day ?? 15);
    const slack = m.day !== null ? 7 : 15;
    let year = today.year;
    if (future && on(year) < p - slack) year += 1;
    if (tense === "past" && on(year) > p + slack) year -= 1;
    return m.day !== null
      ? { date: days.iso(on(year)), precision: "day", rule: "this-month-day" }
      : { date: monthIso(year, m.month), precision: "month", rule: "this-month" };
  }
  // `in the fourth quarter`: the latest quarter begun by publication when the clause is past, the first not
  // yet over when future, else the nearest.
  if (m.lastQuarter) {
    const { year, month } = days.parts(p);
    const first = month - ((month - 1) % 3) - 3;
    return {
      date: first < 1 ? monthIso(year - 1, first + 12) : monthIso(year, first),
      precision: "month",
      rule: "quarter",
    };
  }
  if (m.quarter && m.month !== null) {
    const starts = [-1, 0, 1].map((k) => days.of(today.year + k, m.month as number, 1));
    const end = (start: number) => days.of(days.parts(start).year, (m.month as number) + 3, 1) - 1;
    const away = (start: number) => Math.max(start - p, p - end(start), 0);
    const start =
      tense === "past"
        ? starts.filter((d) => d <= p).at(-1)
        : future
          ? starts.find((d) => end(d) >= p)
          : [...starts].sort((a, b) => away(a) - away(b) || a - b)[0];
    if (start === undefined) return null;
    return { date: monthIso(days.parts(start).year, m.month), precision: "month", rule: "quarter" };
  }
  if (m.month !== null && m.day !== null) {
    const candidates = [-1, 0, 1].map((k) => days.of(today.year + k, m.month as number, m.day as number));
    const pool = future
      ? candidates.filter((d) => d >= p - 7)
      : tense === "past"
        ? candidates.filter((d) => d <= p + 7)
        : candidates;
    // `Tuesday, 1 March`: of the years the tense allows, the one in which that day is a Tuesday; when none of
    // them is, the one year around publication that makes the weekday right (the weekday is written, the
    // tense only read: `will be televising … on Wednesday 19 January` in March is the January just past)
    const weekdayOf = (ds: number[]) =>
      m.dayOfWeek === undefined ? [] : ds.filter((d) => days.weekday(d) === m.dayOfWeek);
    const named = weekdayOf(pool).length ? weekdayOf(pool) : weekdayOf(candidates);
    if (named.length === 1) return { date: days.iso(named[0]), precision: "day", rule: "month-day-weekday" };
    const picked = nearest(pool, p);
    // (`expected the Bank of England to raise rates … on Dec. 16` in November: AP style, its months abbreviated, gives
    // no year to a date of the current year, so a past reading a year back, when that day comes within weeks this
    // year, is this year's)
    const thisYear = candidates[1];
    if (
      tense === "past" &&
      AP_MONTH_DAY.test(m.text) &&
      days.parts(picked).year < today.year &&
      thisYear > p &&
      thisYear - p <= 45
    )
      return { date: days.iso(thisYear), precision: "day", rule: "month-day-this-year" };
    return { date: days.iso(picked), precision: "day", rule: "month-day" };
  }
  if (m.month !== null) {
    const candidates = [-1, 0, 1].map((k) => days.of(today.year + k, m.month as number, 15));
    // (`said he expected sales to remain heavy through August` in late July: a span's limit reaches past the
    // speech's time, so a past verb does not put the month behind publication)
    const read = tense === "past" && LIMIT.test(m.text) ? null : tense;
    const pool = future
      ? candidates.filter((c) => c >= p - 15)
      : read === "past"
        ? candidates.filter((c) => c <= p + 15)
        : candidates;
    const d = days.parts(nearest(pool, p, read === null ? 3 : 1));
    return { date: monthIso(d.year, d.month), precision: "month", rule: "month" };
  }
  return null;
}

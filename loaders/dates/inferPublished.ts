import { eventClause } from "../events/eventClause.ts";
import type { Doc } from "../text/prepare.ts";
import type { Span } from "../types.ts";
import { dateMentions, type DateMention } from "./dateMentions.ts";
import { datelines, type Dateline } from "./datelines.ts";
import { days } from "./days.ts";
import { clauseTense } from "./clauseTense.ts";
import { captionParagraphs, isVideoLine } from "./captionParagraphs.ts";
import { weekdayPattern } from "../quotes/weekdayPattern.ts";

/** A publication date found in an article's own text. */
export interface InferredDate {
  date: string;
  source: "dateline" | "inferred";
  /** How it was found, e.g. `caption`, `date line`, `copyright year`. */
  basis: string;
}

/** What the rest of a corpus knows, for an article whose text never gives its year. */
export interface PublishedHint {
  /** Publication dates (ISO) of the other articles in the same corpus. */
  near?: readonly string[];
}

interface Mentioned {
  mention: DateMention;
  future: boolean;
  /** A caption's date: it ends its sentence, in a caption paragraph (photo credit, video line). */
  caption: boolean;
  /** A video line's date ("WATCH: … – Nov 2, 2022"): when the video was posted, not when a photo was taken. */
  video: boolean;
}

const WEEKDAY_NAME = new RegExp(`\\b${weekdayPattern}\\b`, "i");
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const COPYRIGHT = /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)/iu;

const full = (m: DateMention) => m.year !== null && m.month !== null && m.day !== null;
const quote = (s: string) => `'${s}'`;

/** Date mentions of the article text and of the furniture lines that still date it (video captions). */
function mentions(doc: Doc): Mentioned[] {
  const captionLines = captionParagraphs(doc);
  const captions = new Set(captionLines.map((p) => p.index));
  const videos = new Set(captionLines.filter((p) => isVideoLine(doc, p)).map((p) => p.index));
  const spans: (Span & { paragraph: number })[] = [
    ...doc.sentences,
    ...doc.paragraphs.filter((p) => p.furniture && captions.has(p.index)).map((p) => ({ ...p, paragraph: p.index })),
  ];
  const out: Mentioned[] = [];
  for (const s of spans) {
    const found = dateMentions(doc.text, s);
    for (const mention of found) {
      const clause = eventClause(
        doc.text,
        s,
        mention,
        found.filter((f) => f !== mention),
      );
      // (`… on Saturday, Feb. 18, 2023, the final day of a three-day strike. (Photo: …)`: a weekday's full date
      // may take a phrase after it)
      const atEnd =
        /^[\s.,;)\]]*(?:\(|$)/.test(doc.text.slice(mention.end, s.end)) ||
        (full(mention) &&
          WEEKDAY_NAME.test(mention.text) &&
          /^,\s+(?:the|a|an)\s/.test(doc.text.slice(mention.end, s.end)));
      const caption = atEnd && captions.has(s.paragraph);
      out.push({
        mention,
        future: clauseTense(doc.text, clause, mention, s) === "future",
        caption,
        video: caption && videos.has(s.paragraph),
      });
    }
  }
  return out;
}

/**
 * The weekday the mentioned weekdays most tightly lead up to: the end of their shortest run, never a weekday
 * only named with "last" (`made last Thursday` is not the day of publication).
 */
function latestWeekday(weekdays: number[], ends: number[]): number | null {
  let best: number | null = null;
  let bestSpan = 8;
  for (const c of ends) {
    const span = Math.max(...weekdays.map((w) => (c - w + 7) % 7));
    if (span < bestSpan) [best, bestSpan] = [c, span];
  }
  return best;
}

interface Facts {
  /** Caption dates: publication is on or after the latest. */
  captions: number[];
  /** Those of them on video lines. */
  videos: number[];
  /** Past month-day dates (no year): publication, and every weekday mentioned, come after them. */
  past: { month: number; day: number }[];
  /** Future month-day dates: publication comes before them. */
  future: { month: number; day: number }[];
  /** Weekdays mentioned as past, in text order. */
  weekdays: number[];
  /** Those of them named without "last": the publication day may be one of these. */
  ends: number[];
}

/**
 * The weekday a past clause names in a yearless wire dateline's paragraph (`… warned on Wednesday …`), or in
 * the paragraph after it (`LONDON, Nov 17 (Reuters) - … last month … . ¶ Consumer prices rose …, the Office for
 * National Statistics said on Wednesday.`), if one.
 */
function leadWeekday(doc: Doc, found: Mentioned[], line: Dateline): number | null {
  const at = doc.paragraphs.findIndex((q) => q.start <= line.start && line.end <= q.end);
  const next = at < 0 ? undefined : doc.paragraphs.slice(at + 1).find((q) => !q.furniture);
  const end = next?.end ?? (at < 0 ? -1 : doc.paragraphs[at].end);
  const named = found.filter(
    (m) =>
      at >= 0 &&
      m.mention.start >= line.end &&
      m.mention.end <= end &&
      m.mention.weekday !== null &&
      m.mention.modifier === null &&
      !m.mention.weekend &&
      !m.future,
  );
  return named.length ? named[0].mention.weekday : null;
}

/** The first day satisfying every constraint, searching from the lower bound (or back from the upper one). */
function solve(f: Facts, year: number | null): number | null {
  const onYear = (list: { month: number; day: number }[]) =>
    year === null ? [] : list.map((d) => days.of(year, d.month, d.day));
  const past = onYear(f.past);
  const future = onYear(f.future);
  if (year === null && (f.past.length || f.future.length) && !f.captions.length) return null;
  const weekday = latestWeekday(f.weekdays, f.ends);
  // A caption's date outranks month-days read as past, whose tense is only guessed.
  const after = past.length && !f.captions.length ? Math.max(...past) : null;
  const from = f.captions.length ? Math.max(...f.captions) : after !== null ? after + 1 : null;
  // (a future month-day before the lower bound is in the next year: "Sentencing is set for Jan. 14" after a caption
  // of Sept. 23)
  const ahead = future.map((d, k) =>
    from !== null && d <= from && year !== null ? days.of(year + 1, f.future[k].month, f.future[k].day) : d,
  );
  const before = ahead.length ? Math.min(...ahead) : null;
  // (every constraint but the run's weekday)
  const okBut = (p: number) =>
    (after === null || (p > after && f.weekdays.every((w) => days.onOrBefore(p, w) > after))) &&
    (before === null || p < before);
  const ok = (p: number) => (weekday === null || days.weekday(p) === weekday) && okBut(p);
  if (from !== null) {
    if (weekday === null && !f.captions.length) return null;
    // ("WATCH: … investigators were on board … on Wednesday … – Nov 2, 2022" over a crash "on Friday" and a
    // statement "Monday": the latest caption's day, a video line's (a photo's is mostly the day before), is the day
    // of publication when the text names its weekday)
    if (f.videos.includes(from) && f.ends.includes(days.weekday(from)) && okBut(from)) return from;
    for (let p = from; p < from + 14; p++)
      if (ok(p)) {
        // ("WATCH: … – Jul 24, 2023" (a Monday) over a landing "on Sunday" and a milk run "on Saturday": the
        // caption's own day, the weekdays those just before it, not the next Sunday, six days on)
        if (f.captions.length && p - from >= 4 && (before === null || from < before)) return from;
        return p;
      }
    return null;
  }
  if (before !== null && weekday !== null) {
    for (let p = before - 1; p >= before - 7; p--) if (ok(p)) return p;
  }
  return null;
}

/**
 * The publication date an article's own text gives, or null when it does not pin one down.
 *
 * 1. A metadata line (`date 2021-08-13`, `Posted: Aug. 12, 2021`, `By Jane Doe | Aug. 12, 2021`,
 *    `First published on …` at the end) or a wire dateline at the top (`OTTAWA, Aug. 12 (Reuters) -`, with
 *    the year from a copyright line or `hint`) → source `dateline`.
 * 2. Otherwise the date is solved from constraints (source `inferred`):
 *    - a caption's or video caption's full date (`…, Thursday, Aug. 12, 2021.`, `WATCH: … – Aug 29, 2021`)
 *      is a lower bound: the photo was taken on or before publication; a caption dated before a year
 *      the text gives for a past happening is an archive photo and is left out;
 *    - the weekdays named in past clauses (`on Thursday`, `left Sunday`) are days of the week
 *      before publication, and the publication day is the end of their tightest run (Friday, Sunday and
 *      Monday → Monday, the others being the Friday and Sunday just before);
 *    - without a caption, a past month and day without a year (`around January 9`) comes before
 *      publication and before every weekday mentioned, which name only the latest days (AP style: weekdays within the past week,
 *      dates beyond it); a future one (`Aug. 31 deadline`) comes after publication;
 *    - the year of those month-days comes from a copyright line (`© 2022 Global News`), else a caption,
 *      else from `hint.near` (the other articles of the corpus: the solution nearest one of them).
 *    The publication date is the first day from the lower bound that has the run's weekday and meets
 *    every constraint; with only a future bound, the last such day before it. Weekdays alone, or a
 *    year alone, do not pin a day: null.
 */
export function inferPublished(doc: Doc, hint: PublishedHint = {}): InferredDate | null {
  const near = (hint.near ?? []).map(days.fromIso).sort((a, b) => a - b);
  // Days to the nearest hint, by binary search: a corpus may hold thousands of dates.
  const distance = (d: number) => {
    let lo = 0;
    let hi = near.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (near[mid] < d) lo = mid + 1;
      else hi = mid;
    }
    return Math.min(lo < near.length ? near[lo] - d : Infinity, lo > 0 ? d - near[lo - 1] : Infinity);
  };
  const nearYears = [...new Set(near.map((n) => days.parts(n).year))];
  const copyright = COPYRIGHT.exec(doc.text);
  const lines = datelines(doc);
  const line = lines.find((l) => !l.update) ?? lines[0] ?? null;
  // (a dated line settles it before the article's date mentions are read)
  if (line && line.year !== null)
    return {
      date: days.iso(days.of(line.year, line.month, line.day)),
      source: "dateline",
      basis: `date line: ${quote(line.text)}`,
    };
  const found = mentions(doc);
  // An archive photo's caption (`…, Tuesday, Sept. 11, 2001. (AP Photo/Richard Drew)`) is older than a
  // year the text gives for something that has happened.
  // (not a deadline's year: "committed 600 million pounds to upgrading works by 2025")
  const latestYear = Math.max(
    0,
    ...found
      .filter(
        (m) =>
          !m.caption &&
          !m.future &&
          m.mention.relative === null &&
          !/^(?:by|until|till|before)\s/i.test(m.mention.text),
      )
      .map((m) => m.mention.year ?? 0),
  );
  if (line) {
    const basis = `date line: ${quote(line.text)}`;
    const weekday = copyright ? null : leadWeekday(doc, found, line);
    if (weekday !== null && latestYear > 0) {
      // (`LONDON, March 9 (Reuters) - … warned on Wednesday …`, `since November 2020`: the first year from the
      // latest one the text gives in which March 9 is a Wednesday)
      // (`… since the firm began tracking prices in 2008 … could stop milking by the end of 2023`: a year ahead
      // bounds it, so the last such year up to it; the corpus's years reach it too)
      const ahead = Math.max(
        0,
        ...found
          .filter((m) => !m.caption && (m.future || /^(?:by|until|till|before)\s/i.test(m.mention.text)))
          .map((m) => m.mention.year ?? 0),
      );
      const last = Math.max(latestYear + 7, ahead, ...nearYears.map((y) => y + 1));
      const fits = [...Array(last - latestYear + 1).keys()]
        .map((k) => days.of(latestYear + k, line.month, line.day))
        .filter((d) => days.weekday(d) === weekday && (ahead === 0 || days.parts(d).year <= ahead));
      const pick =
        near.length && fits.length
          ? fits.reduce((a, b) => (distance(b) < distance(a) ? b : a))
          : ahead > 0
            ? fits.at(-1)
            : fits[0];
      if (pick !== undefined)
        return {
          date: days.iso(pick),
          source: "dateline",
          basis: `${basis}; year from the lead's ${WEEKDAYS[weekday]} and the latest year given, ${latestYear}${ahead > 0 ? `, up to ${ahead}` : ""}`,
        };
    }
    const years = copyright ? [Number(copyright[1])] : nearYears;
    const around = years.flatMap((y) => [y - 1, y, y + 1].map((k) => days.of(k, line.month, line.day)));
    // (`LONDON, March 3 (Reuters) - Britain on Thursday froze …` with no year in the text: the corpus's years
    // around it in which March 3 is a Thursday)
    const onWeekday = around.filter((d) => days.weekday(d) === weekday);
    const options = onWeekday.length ? onWeekday : around;
    const pick = copyright
      ? days.of(Number(copyright[1]), line.month, line.day)
      : options.length
        ? options.reduce((a, b) => (distance(b) < distance(a) ? b : a))
        : null;
    if (pick !== null)
      return {
        date: days.iso(pick),
        source: "dateline",
        basis: `${basis}; year from ${copyright ? quote(copyright[0]) : "the corpus's other articles"}`,
      };
  }
  const captions = found.filter(
    // (a caption's present tense describes the picture: "… leaves the courthouse in Phoenix, Thursday, Sept. 23,
    // 2021.")
    (m) => m.caption && full(m.mention) && (m.mention.year ?? 0) >= latestYear,
  );
  const monthDays = found.filter(
    (m) => m.mention.year === null && m.mention.relative === null && m.mention.month !== null && m.mention.day !== null,
  );
  const weekdayMentions = found.filter(
    (m) => m.mention.weekday !== null && !m.mention.weekend && !m.future && m.mention.modifier !== "next",
  );
  const facts: Facts = {
    captions: captions.map(({ mention: m }) => days.of(m.year!, m.month!, m.day!)),
    videos: captions.filter((m) => m.video).map(({ mention: m }) => days.of(m.year!, m.month!, m.day!)),
    past: monthDays.filter((m) => !m.future).map(({ mention: m }) => ({ month: m.month!, day: m.day! })),
    future: monthDays.filter((m) => m.future).map(({ mention: m }) => ({ month: m.month!, day: m.day! })),
    weekdays: weekdayMentions.map((m) => m.mention.weekday!),
    ends: weekdayMentions.filter((m) => m.mention.modifier !== "last").map((m) => m.mention.weekday!),
  };
  const captionYear = facts.captions.length ? days.parts(Math.max(...facts.captions)).year : null;
  const year = copyright ? Number(copyright[1]) : captionYear;
  let day: number | null = null;
  let yearBasis = "";
  if (year !== null || !(facts.past.length || facts.future.length)) {
    // A date in early January may lean on month-days of the year before.
    day = solve(facts, year);
    if (year !== null && copyright && (day === null || days.parts(day).year !== year)) {
      const earlier = solve(facts, year - 1);
      if (earlier !== null && days.parts(earlier).year === year) day = earlier;
    }
    if (copyright) yearBasis = `year from ${quote(copyright[0])}`;
  } else {
    for (const y of nearYears) {
      const candidate = solve(facts, y);
      if (candidate !== null && (day === null || distance(candidate) < distance(day))) day = candidate;
    }
    yearBasis = "year from the corpus's other articles";
  }
  if (day === null) return null;
  const basis = [
    captions.length
      ? `caption date ${quote(captions.find((c) => full(c.mention) && days.of(c.mention.year!, c.mention.month!, c.mention.day!) === Math.max(...facts.captions))!.mention.text)}`
      : "",
    weekdayMentions.length
      ? `weekdays ${[...new Set(weekdayMentions.map((m) => WEEKDAYS[m.mention.weekday!]))].join(", ")}; publication on ${days.weekday(day) === latestWeekday(facts.weekdays, facts.ends) ? "the latest" : "the caption's day, after them"}`
      : "",
    monthDays.length
      ? `month-days ${monthDays.map((m) => quote(m.mention.text) + (m.future ? " (future)" : "")).join(", ")}`
      : "",
    yearBasis,
  ].filter(Boolean);
  return { date: days.iso(day), source: "inferred", basis: basis.join("; ") };
}

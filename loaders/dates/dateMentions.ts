import type { ParsedResult } from "chrono-node";
import { lexicon, lexiconSet } from "../lexicon/lexicon.ts";
import type { Span } from "../types.ts";
import { days } from "./days.ts";
import { newsChrono } from "./newsChrono.ts";
import { QUARTER_FIRST_MONTH } from "./quarterParser.ts";
import { YEAR_DETERMINER } from "./modifierYearParser.ts";

// A year after a determiner, which a second year of the same noun may follow (`the 1997 and 2001 elections`).
const SECOND_YEAR_LEAD = new RegExp(`(?<![\\p{L}])${YEAR_DETERMINER}\\s+$`, "u");

const genericNouns = lexiconSet("dates/generic-today-nouns");
const prefixes = lexiconSet("dates/date-prefixes");
const recurring = lexiconSet("dates/recurring-words");
const weekdayPlural = lexiconSet("dates/weekday-plural-times");
const weekdayGeneric = lexiconSet("dates/weekday-generic-nouns");
const superlatives = lexiconSet("dates/superlatives");
const slotNouns = lexiconSet("dates/slot-nouns");

/** A time unit a relative date expression counts in. */
export type RelativeUnit = "day" | "week" | "month" | "year" | "season";

/** A date expression found in a stretch of text, before it is resolved against a publication date. */
export interface DateMention extends Span {
  /** The expression as written, with a leading preposition or adverb (`on Thursday`, `Earlier this week`). */
  text: string;
  /** The span chrono matched, without the leading words. */
  core: Span;
  year: number | null;
  month: number | null;
  day: number | null;
  /** 0 = Sunday … 6 = Saturday, for a weekday named without a day of the month. */
  weekday: number | null;
  /** The weekday written with a day of the month (`Tuesday, 1 March`), which tells its year. */
  dayOfWeek?: number;
  /** The end of the year as a deadline (`by year end`): this year's December. */
  yearEnd?: true;
  /** A quarter of the year (`in the fourth quarter`): the three months from `month`. */
  quarter?: true;
  /** `the last quarter`: the latest quarter over by publication (`month` is only the fourth quarter's). */
  lastQuarter?: true;
  /** A quarter named by its last month (`in the three months to September`): dated two months before `month`. */
  quarterTo?: true;
  /** `later in the year`: the previous dated happening's year in a past clause, else this year. */
  inTheYear?: true;
  /** `in the New Year`: next year, or in January the year just begun. */
  newYear?: true;
  /** The weekend (`at the weekend`): a span from the Saturday in `weekday`. */
  weekend?: true;
  /** `last` / `next` / `this` written before a bare weekday, or `last` / `next` before a month (`last March`). */
  modifier: "last" | "next" | "this" | null;
  /**
   * Offset from the publication date (`last week` → week −1, `yesterday` → day −1), or null for absolute
   * parts; a month with a relative year (`in March this year`) has both `month` and a `year` offset.
   * With `after`, the offset counts from the previous dated happening (`a month later`), not publication.
   */
  relative: { unit: RelativeUnit; offset: number; season?: number; after?: true } | null;
}

/** Cheap test that a sentence may hold a date, so chrono runs only where it can find one. */
const MAY_HOLD_DATE =
  /\b(?:christmas|eve\b|boxing|hogmanay|halloween|valentine|bonfire|burns|patrick|andrew|david|george|independence|bastille|canada|remembrance|armistice|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|morning|afternoon|evening|night|week|month|year|day|ago|later|following|next day|spring|summer|fall|autumn|winter|quarter|1\d\d\d|20\d\d)/i;
const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
/** Up to four lower-case words (a noun phrase's rest) then `of` and a year: `February general election of 1974`. */
const MONTH_OF_YEAR = /^(?:\s+\p{Ll}[\p{L}-]*){1,4}\s+of\s+((?:18|19|20)\d\d)(?![\p{L}\p{N}])/u;
/** Days listed after a preposition before the day a month follows (`on 14, 20 and ` before `27 April`), the first
 * captured. */
const DAYS_BEFORE =
  /(?<=(?:^|[^\p{L}])(?:on|for|from|between|by|until|till|at)\s+)(\d{1,2})(?:\s*,\s*\d{1,2})*\s*,?\s+(?:and|or|&)\s+$/iu;
/** What follows a number that is a figure, not a day of the month: a decimal, a percentage. */
const FIGURE_AFTER = /^(?:[.,]\d|\s*%|\s*per\s*cent|\s*percent)/i;
/** A plural noun after a number, which the number counts (`January 25 people`), not a day's. */
const COUNT_AFTER =
  /^\s+(?:more\s+|other\s+)?(?!(?:does|was|has|is|his|its|this|as|us)\b)(?:people|men|women|children|\p{Ll}{3,}s)\b/u;
const CAPITAL_MONTH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
/** Capitalised words before a bare month that make it a date, not a surname (`Early May`, `Every June`). */
const NOT_FORENAMES = new Set([
  "the",
  "a",
  "an",
  "last",
  "next",
  "this",
  "that",
  "every",
  "each",
  "mid",
  "and",
  "or",
  "but",
  "to",
  "of",
  "for",
  "with",
  "his",
  "her",
  "its",
  "their",
  "our",
]);
const WEEKDAY_NAME = /\b(?:sun|mon|tues|wednes|thurs|fri|satur)day\b/i;
const MODIFIER = /^(?:on\s+)?(last|past|next|this)\s+/i;
const RELATIVE = /^(this|last|past|next)\s+(week|month|year)$/i;
const AGO = /\bago$/i;
const IN_TIME = /^(?:in\s+)?(\d+|an?|[a-z]+)\s+(day|week|month|year)s?(?:['’]s?)?(?:\s+time)?$/i;
/** A year named by reference to another (`of the same year`, `the following year`). */
const ANAPHORIC_YEAR = /^\s*(?:of\s+)?(?:the\s+(?:same|following|previous|next|preceding)|that)\s+year\b/i;
/** A part of a period before `of` and a date (`the end of`, `the first half of`, `the final quarter of`). */
const PERIOD_PART =
  /\bthe\s+(?:(?:very\s+)?(?:end|start|beginning|middle|close|turn|rest|remainder)|(?:first|second|third|fourth|final|last|latter|early|later|opening|closing)\s+(?:[\p{L}\d]+\s+)?(?:half|quarter|part|months?|weeks?|days?))(?:\s+of)?\s+$/iu;
const TIME_UNIT = /\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b/i;
/** chrono resolves `ago` against this fixed reference; only the difference to it is used. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));
const REFERENCE_DAY = days.of(2000, 1, 1);

let relativeDays: Map<string, number> | undefined;
let seasons: Map<string, number> | undefined;
let numbers: Map<string, number> | undefined;
let genericToday: RegExp | undefined;
let dayNames: Set<string> | undefined;
let cachedText: string | undefined;
let cache = new Map<string, DateMention[]>();
let baselineCues: RegExp | undefined;

let known: Map<string, number> | undefined;

function knownDays(): Map<string, number> {
  known ??= new Map(
    lexicon("dates/known-days").map((line) => {
      const [md, word, year] = line.split(/\s+/);
      const [month, day] = md.split("-").map(Number);
      return [`${month}-${day} ${word.toLowerCase()}`, Number(year)] as [string, number];
    }),
  );
  return known;
}

function table(name: string): Map<string, number> {
  return new Map(
    lexicon(name).map((line) => {
      const m = /^(.*\S)\s+(-?\d+)$/.exec(line);
      return [m ? m[1].toLowerCase() : line.toLowerCase(), m ? Number(m[2]) : 0] as [string, number];
    }),
  );
}

function certain(r: ParsedResult, c: "year" | "month" | "day" | "weekday"): number | null {
  return r.start.isCertain(c) ? r.start.get(c) : null;
}

function mention(r: ParsedResult, offset: number): Omit<DateMention, "start" | "end" | "text"> | null {
  relativeDays ??= table("dates/relative-days");
  seasons ??= table("dates/seasons");
  const raw = r.text;
  // `an expected May election`: the parser keeps the word before `May`.
  const lead = r.tags().has("presstrace/may")
    ? raw.length - 3
    : r.tags().has("presstrace/object-year")
      ? raw.search(/\d{4}$/)
      : raw.length - raw.replace(/^[\s,(]+/, "").length;
  let core = raw.slice(lead).replace(/[\s,)—–-]+$/, "");
  // `2005 could see …`, `in 2005 may also slide`: the year without the verb after it.
  // A month named in lower case is another word (`earnings in 2005 may also slide`).
  const lowerMonth = MONTH_NAME.test(core) && !CAPITAL_MONTH.test(core);
  if (
    r.tags().has("presstrace/subject-year") ||
    r.tags().has("presstrace/modifier-year") ||
    (lowerMonth && /\d{4}/.test(core))
  )
    core = core.slice(0, core.search(/\d{4}/) + 4);
  const span = { start: offset + r.index + lead, end: offset + r.index + lead + core.length };
  const lower = core.toLowerCase().replace(/\s+/g, " ");
  const base = { core: span, year: null, month: null, day: null, weekday: null, modifier: null, relative: null };
  const tags = r.tags();
  if (tags.has("presstrace/later")) {
    numbers ??= table("dates/number-words");
    const unit = /day|week|month|year/.exec(lower)![0] as RelativeUnit;
    const count = /^(?:the|later|earlier|that)\b/.test(lower)
      ? /^(?:later|earlier|that)\b|\bsame\b/.test(lower)
        ? 0
        : /\bprevious\b/.test(lower)
          ? -1
          : 1
      : (numbers.get(lower.split(" ")[0]) ?? Number(lower.split(" ")[0]));
    // (chrono may join it to a date before it, `in 2002, the same day`: then it is no count of its own)
    return Number.isFinite(count) ? { ...base, relative: { unit, offset: count, after: true } } : null;
  }
  if (tags.has("presstrace/season")) {
    const season = /spring|summer|fall|autumn|winter/i.exec(core)?.[0].toLowerCase() ?? "";
    const year = certain(r, "year");
    if (year !== null) return { ...base, year };
    const mod = /^(last|past|next)/i.exec(core)?.[1].toLowerCase();
    // `during the summer`, `in the autumn`: no year and no `last`, `this` or `next` to say which.
    if (!mod && !/^this\b/i.test(core)) return null;
    const offset = mod === "next" ? 1 : mod ? -1 : 0;
    return { ...base, relative: { unit: "season", offset, season: seasons.get(season) ?? 0 } };
  }
  // chrono's own relative parser reads `last weekend` / `this weekend` first.
  if (tags.has("presstrace/weekend") || /^(?:this|last|past|next) weekend$/.test(lower)) {
    const mod = /^(last|past|next|this)\b/i.exec(core)?.[1].toLowerCase();
    const modifier = mod === "past" ? "last" : ((mod as DateMention["modifier"]) ?? null);
    return { ...base, weekday: 6, modifier, weekend: true };
  }
  // `by year end`, `by the end of the year`: December of this year.
  // `in the fourth quarter`: the quarter's first month, with no year.
  // (`in the last quarter`: the latest quarter over by publication, not `the last quarter of the year`)
  if (tags.has("presstrace/quarter"))
    return /\blast\s+quarter$/i.test(core)
      ? { ...base, month: r.start.get("month"), quarter: true, lastQuarter: true }
      : { ...base, month: r.start.get("month"), quarter: true };
  if (tags.has("presstrace/year-end")) return { ...base, month: 12, yearEnd: true };
  // `in the last financial year`: last year.
  if (tags.has("presstrace/financial-year")) return { ...base, relative: { unit: "year", offset: -1 } };
  // `by the end of the month`: this month.
  if (tags.has("presstrace/month-end")) return { ...base, relative: { unit: "month", offset: 0 } };
  // `since the start of the year`: January of this year.
  if (tags.has("presstrace/year-start")) return { ...base, month: 1, relative: { unit: "year", offset: 0 } };
  // `in the New Year`: the coming year.
  if (tags.has("presstrace/new-year")) return { ...base, relative: { unit: "year", offset: 1 }, newYear: true };
  // `later in the year`: this year, or (in a past clause) the year of the happening before it.
  if (tags.has("presstrace/in-the-year")) return { ...base, relative: { unit: "year", offset: 0 }, inTheYear: true };
  // `earlier in the week`: this week's Monday; `later in the week`: the next day; `earlier in the day`: the day
  // itself; `over the past week`: the seven days before publication, from their first.
  if (tags.has("presstrace/week-part")) {
    if (/in the day$/.test(lower)) return { ...base, relative: { unit: "day", offset: 0 } };
    if (/^later/.test(lower)) return { ...base, relative: { unit: "day", offset: 1 } };
    if (/^earlier/.test(lower)) return { ...base, relative: { unit: "week", offset: 0 } };
    return { ...base, relative: { unit: "day", offset: -7 } };
  }
  if (tags.has("presstrace/holiday"))
    return { ...base, year: certain(r, "year"), month: r.start.get("month"), day: r.start.get("day") };
  const rel = RELATIVE.exec(lower);
  if (rel) {
    if (rel[1] === "past") return null; // `the past week`: a stretch up to now, not a calendar week
    const offset = rel[1] === "next" ? 1 : rel[1] === "this" ? 0 : -1;
    return { ...base, relative: { unit: rel[2] as RelativeUnit, offset } };
  }
  if (AGO.test(lower)) {
    const d = days.of(r.start.get("year") ?? 2000, r.start.get("month") ?? 1, r.start.get("day") ?? 1);
    const unit: RelativeUnit = /year/.test(lower) ? "year" : /month/.test(lower) ? "month" : "day";
    const parts = days.parts(d);
    const offset =
      unit === "year"
        ? parts.year - 2000
        : unit === "month"
          ? (parts.year - 2000) * 12 + parts.month - 1
          : d - REFERENCE_DAY;
    return offset < 0 ? { ...base, relative: { unit, offset } } : null;
  }
  // `in two weeks' time`, `in five years`, `In four days`: a span counted forward from the publication date.
  const later = tags.has("presstrace/in-time") ? IN_TIME.exec(lower) : null;
  if (later) {
    numbers ??= table("dates/number-words");
    const n = numbers.get(later[1]) ?? Number(later[1]);
    if (n > 0) {
      const unit: RelativeUnit = later[2] === "year" ? "year" : later[2] === "month" ? "month" : "day";
      return { ...base, relative: { unit, offset: later[2] === "week" ? 7 * n : n } };
    }
  }
  if (TIME_UNIT.test(lower)) return null; // `10 weeks before`, `within a year`: durations
  const casualText = lower.replace(/^on /, "");
  const casual = relativeDays.get(casualText) ?? relativeDays.get(casualText.split(" ")[0]); // `yesterday morning`
  if (casual !== undefined) return { ...base, relative: { unit: "day", offset: casual } };
  // Only parts written in the text count (`now` makes chrono certain of today's date).
  const month = !lowerMonth && (MONTH_NAME.test(core) || /\d/.test(core)) ? certain(r, "month") : null;
  // (`from July 23 to Aug. 8, 2032`: a range's first day takes the year written at its end, the year before when its
  // month comes later, `Dec. 28 to Jan. 3, 2024`)
  const endYear = r.end?.isCertain("year") && r.end.isCertain("month") ? r.end.get("year") : null;
  const rangeYear = endYear !== null && month !== null ? endYear - (month > (r.end?.get("month") ?? 12) ? 1 : 0) : null;
  const year = /\d{4}|'\d\d/.test(core) ? (certain(r, "year") ?? rangeYear) : null;
  const day = /\d/.test(core) && month !== null ? certain(r, "day") : null;
  let weekday = certain(r, "weekday");
  if (weekday !== null && !WEEKDAY_NAME.test(core) && month === null) weekday = null;
  if (month === null && weekday === null && year === null) return null; // `now`, `the 10th`, times of day
  // The verb `may`: a month without a day or year must be written with its capital (`the end of May`).
  if (month !== null && day === null && year === null && !CAPITAL_MONTH.test(core)) return null;
  const mod = weekday !== null && day === null ? MODIFIER.exec(core)?.[1].toLowerCase() : undefined;
  const modifier = mod === "past" ? "last" : ((mod as DateMention["modifier"]) ?? null);
  const written = day !== null && weekday !== null && WEEKDAY_NAME.test(core) ? { dayOfWeek: weekday } : {};
  return { ...base, year, month, day, weekday: day === null ? weekday : null, modifier, ...written };
}

/** The first month of a part of a year named before it (`the first two months of`, `the second half of`), or null. */
function periodMonth(prefix: string): number | null {
  numbers ??= table("dates/number-words");
  const m =
    /\bthe\s+(first|second|third|fourth|final|last|opening|closing)\s+(?:([\p{L}\d]+)\s+)?(half|quarter|months?)(?:\s+of)?\s*$/iu.exec(
      prefix,
    );
  // "since the start of 2005", "at the end of last year": the period's first or last month
  const edge = /\bthe\s+(?:very\s+)?(start|beginning|end|close)(?:\s+of)?\s*$/iu.exec(prefix);
  if (edge) return /^(?:start|beginning)$/i.test(edge[1]) ? 1 : 12;
  if (!m) return null;
  // ("the opening months of 2004" is its start, "the closing months" its end)
  const named = m[1].toLowerCase();
  const which = named === "opening" ? "first" : named === "closing" ? "last" : named;
  const [count, part] = [m[2]?.toLowerCase(), m[3].toLowerCase()];
  if (part === "months" && count === undefined && /^(?:opening|closing)$/.test(named))
    return which === "first" ? 1 : 10;
  if (part === "half") return which === "first" ? 1 : which === "second" || which === "last" ? 7 : null;
  if (part === "quarter") return count === undefined ? (QUARTER_FIRST_MONTH[which] ?? null) : null;
  const n = count === undefined ? 1 : (numbers.get(count) ?? Number(count));
  if (!Number.isInteger(n) || n < 1 || n > 11) return null;
  return which === "first" ? 1 : which === "last" || which === "final" ? 13 - n : null;
}

/** Extends a mention's start over the prefix words that belong to it (`on`, `since`, `Earlier`). */
function withPrefix(text: string, from: number, floor: number): number {
  // `at the end of 2004`, `in the first half of 2004`: a part of the period is part of the date.
  const part = PERIOD_PART.exec(text.slice(Math.max(floor, from - 60), from));
  if (part && (/^of\s/i.test(text.slice(from, from + 3)) || /\bof\s+$/i.test(part[0])))
    return withPrefix(text, from - part[0].length, floor);
  // `mid-January`, `late-2004`: a hyphenated prefix is part of the date.
  let start =
    from -
    (/(?:^|[^\p{L}])(?:mid|early|late)-$/iu
      .exec(text.slice(Math.max(floor, from - 7), from))?.[0]
      .replace(/^[^\p{L}]/u, "").length ?? 0);
  for (let i = 0; i < 2; i++) {
    const before = text.slice(Math.max(floor, start - 20), start);
    const m = /(?<![\p{L}-])(\p{L}+(?: \p{L}+){0,2})\s+$/u.exec(before); // not the `in` of `break-in`
    if (!m) break;
    // The longest prefix of up to three words (`in time for`, `as of`, `on`).
    const words = m[1].toLowerCase().split(" ");
    const n = [3, 2, 1].find((k) => k <= words.length && prefixes.has(words.slice(-k).join(" ")));
    if (n === undefined) break;
    start -= m[0].length - (m[1].length - words.slice(-n).join(" ").length);
  }
  return start;
}

/**
 * Whether a bare weekday is part of a name or a recurring day rather than a date: `every Tuesday`,
 * `on a Friday night`, `Black Friday`, `the Sunday Telegraph`, `Sunday Times`, `The Mail on Sunday`, `the
 * Saturday night series`, `on Wednesday evenings` (lexicons `dates/recurring-words`, `dates/weekday-names`,
 * `dates/weekday-titles`, `dates/weekday-plural-times`, `dates/weekday-generic-nouns`, `dates/slot-nouns`).
 */
function namedDay(text: string, core: Span, floor: number): boolean {
  dayNames ??= new Set(lexicon("dates/weekday-names"));
  const name = WEEKDAY_NAME.exec(text.slice(core.start, core.end));
  if (!name) return false;
  const at = core.start + name.index;
  // `Sky News' Sunday with Adam Boulton`: a plural possessive's apostrophe stays with its word.
  const before = /(\p{L}+)['’]?\s+$/u.exec(text.slice(Math.max(floor, at - 30), at));
  const prev = before?.[1] ?? "";
  const next = /^\s+(\p{L}+)/u.exec(text.slice(at + name[0].length, at + name[0].length + 30))?.[1] ?? "";
  const sentenceStart = before ? /^\s*$/.test(text.slice(floor, at - before[0].length)) : true;
  if (recurring.has(prev.toLowerCase()) || dayNames.has(next)) return true;
  // `on Wednesday evenings`, `average Sunday attendance` (lexicons `dates/weekday-plural-times`,
  // `dates/weekday-generic-nouns`)
  if (weekdayPlural.has(next)) return true;
  if (weekdayGeneric.has(next) && !prefixes.has(prev.toLowerCase()) && !/^(?:last|next|this|that)$/i.test(prev))
    return true;
  // `on a Friday night`: an indefinite weekday is any such day.
  if (/^an?$/i.test(prev)) return true;
  // `the Saturday night series`, `ITV1's Saturday morning show`: a weekday slot in a schedule.
  const lead = text.slice(Math.max(floor, at - 40), at);
  // The next few words, up to a capitalised one (`Saturday morning children's music show CD:UK`).
  const following = /^(?:\s+(?:\p{Ll}+(?:['’]s)?))*/u
    .exec(text.slice(at + name[0].length, at + name[0].length + 50))![0]
    .split(/\s+/u)
    .filter(Boolean)
    .slice(0, 5)
    .map((w) => w.replace(/['’]s$/u, ""));
  const nouns = slotNouns;
  if (following.some((w) => nouns.has(w)) && /(?:\bthe|['’]s)(?:\s+\p{Ll}+)?\s+$/iu.test(lead)) return true;
  // `The Mail on Sunday`, `Scotland on Sunday`: newspaper titles (Sunday papers only: "on strike across Wales on
  // Friday" is a date).
  const title = /^sun/i.test(name[0]) ? /(\p{Lu}\p{L}+)\s+on\s+$/u.exec(lead)?.[1] : undefined;
  if (title && lexiconSet("dates/weekday-titles").has(title.toLowerCase())) return true;
  if (/^\p{Lu}/u.test(prev) && !sentenceStart && !prefixes.has(prev.toLowerCase())) return true;
  // (`Songs like Sunday Bloody Sunday`: a weekday run on into a capitalised word, mid-sentence and not after
  // a word that introduces a date, is a title)
  if (
    !sentenceStart &&
    /^\p{Ll}+$/u.test(prev) &&
    /^\p{Lu}\p{Ll}/u.test(next) &&
    !MONTH_NAME.test(next) &&
    !prefixes.has(prev) &&
    !/^(?:last|next|this|that|every|each|of|and|or|but|to|the|said|says)$/.test(prev) &&
    /^\s\p{Lu}/u.test(text.slice(at + name[0].length, at + name[0].length + 2))
  )
    return true;
  // (`BBC Radio Scotland's Sunday Live programme`: after a possessive too)
  return (
    (/^(?:the|a|an)$/i.test(prev) || /\p{L}['’]s\s+$/u.test(lead)) && /^\p{Lu}/u.test(next) && !MONTH_NAME.test(next)
  );
}

/**
 * Whether the words around a mention show it is not a date: `radio as we know it today`, `today's
 * gamers` (lexicons `dates/generic-today-verbs`, `dates/generic-today-nouns`), `in the last year`, `over the next year`
 * (a stretch up to or from now), `BBC Radio 4's Today programme` (a casual day capitalised inside a sentence is a name), `the
 * broadband of today` (nowadays), `with June Carter Cash` (a name), `in August of the same year` (a year
 * given elsewhere), `the first time since 1917`, `higher than in 2003`, `than there were 30 years ago`, `compared with 2003` (a comparison's
 * baseline; lexicons `dates/superlatives`, `dates/baseline-cues`; but `up from 38m in 2003` dates the 38m).
 */
function notADate(text: string, m: Omit<DateMention, "start" | "end" | "text">, floor: number): boolean {
  const most = superlatives;
  // Only a cue right before the date: after a figure (`up from 38m in 2003`, `compared with 474,000 bpd in
  // 1973`) the date places that figure, a dated fact of its own.
  baselineCues ??= new RegExp(
    `(?<![\\p{L}])(?:${lexicon("dates/baseline-cues")
      .map((c) => c.replace(/ /g, "\\s+"))
      .join("|")})\\s+(?:(?:in|on|at|the|start|end|beginning|middle|of)\\s+){0,4}$`,
    "iu",
  );

  const core = text.slice(m.core.start, m.core.end);
  const before = text.slice(Math.max(floor, m.core.start - 80), m.core.start);
  const unit = m.relative?.unit;
  // `more than five years ago`: a qualified count of years back is a date, not a comparison's baseline.
  if (/\bago$/i.test(core) && /\b(?:more|less|fewer)\s+than\s+$/i.test(before)) return false;
  if (
    (unit === "week" || unit === "month" || unit === "year") &&
    /^(?:last|next)\b/i.test(core) &&
    /\bthe\s+$/i.test(before)
  )
    return true;
  if (unit === "day" && /^\p{Lu}/u.test(core) && /[\p{L}\p{N},]\s*$/u.test(before)) return true;
  if (unit === "day" && /\bof\s+$/i.test(before) && /^today$/i.test(core)) return true;
  // `today's gamers`, `today's Britain`, `tomorrow's digital home`: `today's` or `tomorrow's` before a general noun
  // means nowadays or the future (lexicon `dates/generic-today-nouns`).
  if (unit === "day" && /^(?:today|tomorrow)$/i.test(core)) {
    const after = /^['’]s\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/u.exec(text.slice(m.core.end, m.core.end + 40));
    const nouns = genericNouns;
    if (after && [after[1], after[2]].some((w) => w !== undefined && nouns.has(w.toLowerCase()))) return true;
  }
  // `radio as we know it today`, `bigger than it is today`: `today` closing a comparison means nowadays.
  genericToday ??= new RegExp(
    `(?<![\\p{L}])(?:as|than|like)(?:\\s+[\\p{L}'’]+){1,4}?\\s+(?:${lexicon("dates/generic-today-verbs").join("|")})(?:\\s+(?:it|them|this|that))?\\s+$`,
    "iu",
  );
  if (
    unit === "day" &&
    /^today$/i.test(core) &&
    genericToday.test(before) &&
    !/^['’]s\b/u.test(text.slice(m.core.end, m.core.end + 3))
  )
    return true;
  if (baselineCues.test(before)) return true;
  // `more single people than there were 30 years ago`, `bigger than it was in 2003`: a comparison's clause.
  if (
    /(?<![\p{L}])than\s+(?:there|it|they|he|she|we|i|you)\s+(?:was|were|is|are|had|did|has|have)\s+(?:(?:in|on|at|the)\s+){0,2}$/iu.test(
      before,
    )
  )
    return true;
  // `In August of the same year`: a month in a year the text gave earlier cannot be placed.
  if (
    m.year === null &&
    m.relative === null &&
    m.month !== null &&
    ANAPHORIC_YEAR.test(text.slice(m.core.end, m.core.end + 30))
  )
    return true;
  // `with June Carter Cash`: a bare month before a capitalised word, without a date's preposition, is a name.
  const bareMonth =
    m.day === null && m.year === null && m.relative === null && m.weekday === null && /^\p{Lu}\p{Ll}+$/u.test(core);
  // `Walder; May, Tait, Stephenson`: a bare month between list separators is a name.
  if (bareMonth && /[;,]\s*$/.test(before) && /^\s*[;,]/.test(text.slice(m.core.end, m.core.end + 3))) return true;
  if (bareMonth && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(m.core.end, m.core.end + 3))) {
    const word = /(\p{L}+)\s+$/u.exec(before)?.[1].toLowerCase();
    if (word && !prefixes.has(word) && !/^(?:last|next|this|of|and|to)$/.test(word)) return true;
  }
  // `Theresa May, Tory shadow work and pensions secretary`: a bare month right after a capitalised word
  // that is no date's preposition, determiner or modifier is a surname.
  if (bareMonth) {
    const word = /(?:^|[^\p{L}\p{N}'’.-])(\p{Lu}\p{Ll}+) $/u.exec(before)?.[1].toLowerCase();
    // `Released March on PS2`: a participle is no forename.
    const participle = word !== undefined && word.length > 4 && /(?:ed|ing)$/.test(word);
    if (
      word &&
      !participle &&
      !prefixes.has(word) &&
      !NOT_FORENAMES.has(word) &&
      !MONTH_NAME.test(word) &&
      !WEEKDAY_NAME.test(word)
    )
      return true;
  }
  // The year parser keeps its preposition in the core (`since 1980`).
  const since = /^since\b/i.test(core) ? { index: before.length } : /\bsince\s+$/i.exec(before);
  if (since) {
    // `their first Six Nations victory away from home over England since 1993`: back to the clause's punctuation.
    const lead = before
      .slice(0, since.index)
      .split(/[,;:—–]/u)
      .at(-1)!
      .split(/[^\p{L}]+/u)
      .filter(Boolean)
      .slice(-12);
    // `the 13th time since 1947`: an ordinal counts from the year like a superlative.
    if (lead.some((w) => most.has(w.toLowerCase()))) return true;
    const clause = before
      .slice(0, since.index)
      .split(/[,;:—–]/u)
      .at(-1)!;
    if (/(?<![\p{L}\p{N}])\d+(?:st|nd|rd|th)(?![\p{L}])/iu.test(clause)) return true;
  }
  return false;
}

/**
 * The date expressions chrono finds in `span` of `text` (a sentence or line), with the leading
 * words that belong to them. Durations, `now`, times of day and bare numbers are not dates.
 */
export function dateMentions(text: string, span: Span): DateMention[] {
  // The publication date and the events both read an article's mentions: the last article's are kept.
  if (text !== cachedText) [cachedText, cache] = [text, new Map()];
  const key = `${span.start}:${span.end}`;
  const cached = cache.get(key) ?? find(text, span);
  cache.set(key, cached);
  return cached.map((m) => ({ ...m }));
}

// chrono's first result on `source` (`body` or a stretch of it starting at `offset`) that starts within
// [from, to] of the body, placed in the body; else `fallback`.
function parseAt(source: string, offset: number, from: number, to: number, fallback: ParsedResult): ParsedResult {
  const r = newsChrono()
    .parse(source, { instant: REFERENCE, timezone: 0 })
    .find((x) => x.index + offset >= from && x.index + offset <= to);
  return r ? Object.assign(r, { index: r.index + offset }) : fallback;
}

// A chrono result read again where its first reading took too much or too little.
function reread(body: string, parsed: ParsedResult): ParsedResult {
  // `at the end of last year`: chrono's end-of-period reading is replaced by the period itself, whose edge
  // the prefix gives (periodMonth).
  const endOf = /^end\s+of\s+/i.exec(parsed.text);
  if (endOf) {
    const at = parsed.index + endOf[0].length;
    return parseAt(body.slice(at), at, at, at, parsed);
  }
  // `on 22 February - five days before the ceremony`: a spaced dash opens an aside, not a range's end.
  const dash = parsed.end ? /\s[-–—]\s/.exec(parsed.text) : null;
  if (dash) return parseAt(body.slice(0, parsed.index + dash.index), 0, parsed.index, parsed.index, parsed);
  // `The opening night on 12 May`: a part of the day before a date is the noun it modifies, not a time.
  // (`a profit of $133m a year ago`: a money figure before a date is what it dates, not a time of day)
  const lead =
    /^(?:night|morning|afternoon|evening)\s+(?=on\s|of\s)/.exec(parsed.text) ??
    /^\d[\d.,]*(?:m|bn|k)\s+(?=\p{L})/u.exec(parsed.text);
  if (lead) {
    // The lead is blanked out and the rest read again where it starts.
    const at = parsed.index + lead[0].length;
    const masked = body.slice(0, parsed.index) + " ".repeat(lead[0].length) + body.slice(at);
    return parseAt(masked, 0, at, at + 3, parsed);
  }
  return parsed;
}

function find(text: string, span: Span): DateMention[] {
  const body = text.slice(span.start, span.end);
  if (!MAY_HOLD_DATE.test(body)) return [];
  let out: DateMention[] = [];
  for (const parsed of newsChrono().parse(body, { instant: REFERENCE, timezone: 0 })) {
    const r = reread(body, parsed);
    const m = mention(r, span.start);
    if (!m || (m.weekday !== null && m.month === null && namedDay(text, m.core, span.start))) continue;
    // `between October and December, 1.5% on an annual basis`: a number going on as a figure is not a day.
    const trailing = /[\s,]+\d{1,2}$/.exec(text.slice(m.core.start, m.core.end));
    // (`In January 25 people … were jailed`: nor is a number that counts a plural noun after it)
    const counted = COUNT_AFTER.test(text.slice(m.core.end, m.core.end + 20));
    if (
      m.day !== null &&
      m.year === null &&
      trailing &&
      (FIGURE_AFTER.test(text.slice(m.core.end, m.core.end + 12)) || counted)
    ) {
      m.day = null;
      m.core = { start: m.core.start, end: m.core.start + trailing.index };
    }
    // `on 14, 20 and 27 April`, `for 6 or 7 January`: days listed before their month are dated by the first.
    const listed =
      m.day !== null && m.month !== null && /^\d/.test(text.slice(m.core.start, m.core.end))
        ? DAYS_BEFORE.exec(text.slice(Math.max(span.start, m.core.start - 24), m.core.start))
        : null;
    if (listed && Number(listed[1]) >= 1 && Number(listed[1]) <= 31) {
      m.day = Number(listed[1]);
      m.core = { start: m.core.start - listed[0].length, end: m.core.end };
    }
    // `on the 14th of next month`: a day of a relative month.
    const ofMonth =
      m.relative?.unit === "month" && m.day === null && m.month === null
        ? /(?<![\p{L}])the\s+(\d{1,2})(?:st|nd|rd|th)\s+of\s+$/iu.exec(
            text.slice(Math.max(span.start, m.core.start - 24), m.core.start),
          )
        : null;
    if (ofMonth && Number(ofMonth[1]) >= 1 && Number(ofMonth[1]) <= 31) {
      m.day = Number(ofMonth[1]);
      m.core = { start: m.core.start - ofMonth[0].length, end: m.core.end };
    }
    // `last March`, `next January`: a month without a year, before or after publication;
    // `this Christmas`, `this April`: in the year of publication.
    const monthOnly = m.month !== null && m.year === null && m.relative === null && m.weekday === null;
    const lastNext = monthOnly
      ? /\b(last|next|this)\s+$/i.exec(text.slice(Math.max(span.start, m.core.start - 5), m.core.start))
      : null;
    if (lastNext) {
      m.core = { start: m.core.start - lastNext[0].length, end: m.core.end };
      m.modifier = lastNext[1].toLowerCase() as "last" | "next" | "this";
    }
    if (notADate(text, m, span.start)) continue;
    // `at next month's championships`: a possessive date opens its noun phrase and takes no preposition.
    const possessive = /^['’]s\b/u.test(text.slice(m.core.end, m.core.end + 3));
    const start = possessive ? m.core.start : withPrefix(text, m.core.start, span.start);
    // `in the first two months of 2005`, `the final quarter of 2004`: the span's first month.
    if (
      m.month === null &&
      ((m.year !== null && m.relative === null) || (m.relative?.unit === "year" && m.relative.season === undefined))
    )
      m.month = periodMonth(text.slice(start, m.core.start));
    const previous = out.at(-1);
    // `In March this year`, `July last year`: the month takes the relative year.
    if (
      m.relative?.unit === "year" &&
      previous?.month !== null &&
      previous?.year === null &&
      previous.relative === null &&
      previous.weekday === null &&
      /^\s*(?:of\s+)?$/i.test(text.slice(previous.end, m.core.start))
    ) {
      out[out.length - 1] = {
        ...previous,
        relative: m.relative,
        modifier: null,
        core: { start: previous.core.start, end: m.core.end },
        end: m.core.end,
        text: text.slice(previous.start, m.core.end),
      };
      continue;
    }
    // `the 11 September attacks`: a day that names a well-known happening has its year (lexicon `dates/known-days`).
    if (m.year === null && m.month !== null && m.day !== null && m.relative === null) {
      const next = /^\s+(\p{L}+)/u.exec(text.slice(m.core.end, m.core.end + 30))?.[1].toLowerCase();
      const year = next ? knownDays().get(`${m.month}-${m.day} ${next}`) : undefined;
      if (year !== undefined) m.year = year;
    }
    // `in the three months to September`: a quarter named by its last month is dated by its first.
    const quarterTo =
      m.month !== null && m.day === null && m.relative === null
        ? /(?:(?<![\p{L}])(?:in|for|during|over)\s+)?(?<![\p{L}])the\s+(?:three|3)\s+months\s+(?:up\s+)?(?:to|ending(?:\s+in)?|through)\s+(?:the\s+end\s+of\s+)?$/iu.exec(
            text.slice(Math.max(span.start, m.core.start - 50), m.core.start),
          )
        : null;
    if (quarterTo && m.month !== null) {
      const from = m.core.start - quarterTo[0].length;
      out.push({ ...m, quarterTo: true, start: from, end: m.core.end, text: text.slice(from, m.core.end) });
      continue;
    }
    out.push({ ...m, start, end: m.core.end, text: text.slice(start, m.core.end) });
    // `the 1997 and 2001 elections`: a second year of the same noun, which no parser reads alone.
    const second =
      m.year !== null &&
      m.month === null &&
      m.relative === null &&
      SECOND_YEAR_LEAD.test(text.slice(span.start, m.core.start))
        ? /^\s+(?:and|or)\s+((?:19|20)\d\d)(?=\s+\p{L})/u.exec(text.slice(m.core.end, span.end))
        : null;
    if (second) {
      const at = m.core.end + second[0].length - 4;
      const core = { start: at, end: at + 4 };
      out.push({ ...m, year: Number(second[1]), core, start: at, end: at + 4, text: second[1] });
    }
  }
  // `the dramatic February general election of 1974`: a month takes the year that closes its noun phrase.
  for (const m of [...out]) {
    if (m.month === null || m.year !== null || m.relative !== null || m.day !== null || m.weekday !== null) continue;
    const of = MONTH_OF_YEAR.exec(text.slice(m.end, Math.min(span.end, m.end + 80)));
    if (!of) continue;
    m.year = Number(of[1]);
    const absorbed = m.end + of[0].length;
    out = out.filter((o) => o === m || o.end !== absorbed);
  }
  // `between August and November 2001`, `from March to May 2004`: the first month takes the range's year.
  for (let i = 0; i + 1 < out.length; i++) {
    const [a, b] = [out[i], out[i + 1]];
    if (a.month !== null && a.year === null && a.relative === null && b.year !== null && b.month !== null)
      if (/^\s*(?:and|to|until|till|-|–)\s*$/i.test(text.slice(a.end, b.start))) out[i] = { ...a, year: b.year };
  }
  // `between 1996 and 1998`, `between July and September 2004`: one span, dated by its start.
  for (let i = 0; i + 1 < out.length; i++) {
    const [a, b] = [out[i], out[i + 1]];
    const and = /^\s*and\s/i.test(text.slice(a.end, b.end)) && b.start - a.end <= 5;
    if (/^between\s/i.test(a.text) && and && !/\bbetween\s/i.test(b.text)) {
      out[i] = { ...a, end: b.end, text: text.slice(a.start, b.end) };
      out.splice(i + 1, 1);
    }
  }
  // `In 1998/99`, `in 2002/03`: a financial or season year, dated by its first year.
  for (const m of out) {
    const split =
      m.month === null && m.year !== null ? /^\/(?:\d{2}|\d{4})(?!\d)/.exec(text.slice(m.end, m.end + 6)) : null;
    if (split) {
      m.end += split[0].length;
      m.text = text.slice(m.start, m.end);
    }
  }
  return out;
}

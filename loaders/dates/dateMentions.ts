import type { ParsedResult } from "chrono-node";
import { lexicon, lexiconSet } from "../lexicon/lexicon.ts";
import type { Span } from "../types.ts";
import { days } from "./days.ts";
import { newsChrono } from "./newsChrono.ts";

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
  /** `last` / `next` / `this` written before a bare weekday. */
  modifier: "last" | "next" | "this" | null;
  /** Offset from the publication date (`last week` → week −1, `yesterday` → day −1), or null for absolute parts. */
  relative: { unit: RelativeUnit; offset: number; season?: number } | null;
}

/** Cheap test that a sentence may hold a date, so chrono runs only where it can find one. */
const MAY_HOLD_DATE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|morning|afternoon|evening|night|week|month|year|ago|spring|summer|fall|autumn|winter|1[89]\d\d|20\d\d)/i;
const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const WEEKDAY_NAME = /\b(?:sun|mon|tues|wednes|thurs|fri|satur)day\b/i;
const MODIFIER = /^(?:on\s+)?(last|past|next|this)\s+/i;
const RELATIVE = /^(this|last|past|next)\s+(week|month|year)$/i;
const AGO = /\bago$/i;
const TIME_UNIT = /\b(?:hours?|days?|weeks?|months?|years?|decades?)\b/i;
/** chrono resolves `ago` against this fixed reference; only the difference to it is used. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));
const REFERENCE_DAY = days.of(2000, 1, 1);

let relativeDays: Map<string, number> | undefined;
let seasons: Map<string, number> | undefined;
let prefixes: Set<string> | undefined;
let recurring: Set<string> | undefined;
let dayNames: Set<string> | undefined;

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
  const lead = raw.length - raw.replace(/^[\s,(]+/, "").length;
  const core = raw.slice(lead).replace(/[\s,)]+$/, "");
  const span = { start: offset + r.index + lead, end: offset + r.index + lead + core.length };
  const lower = core.toLowerCase().replace(/\s+/g, " ");
  const base = { core: span, year: null, month: null, day: null, weekday: null, modifier: null, relative: null };
  const tags = r.tags();
  if (tags.has("presstrace/season")) {
    const season = /spring|summer|fall|autumn|winter/i.exec(core)?.[0].toLowerCase() ?? "";
    const year = certain(r, "year");
    if (year !== null) return { ...base, year };
    const mod = /^(last|past|next)/i.exec(core)?.[1].toLowerCase();
    const offset = mod === "next" ? 1 : mod ? -1 : 0;
    return { ...base, relative: { unit: "season", offset, season: seasons.get(season) ?? 0 } };
  }
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
  if (TIME_UNIT.test(lower)) return null; // `10 weeks before`, `within a year`: durations
  const casualText = lower.replace(/^on /, "");
  const casual = relativeDays.get(casualText) ?? relativeDays.get(casualText.split(" ")[0]); // `yesterday morning`
  if (casual !== undefined) return { ...base, relative: { unit: "day", offset: casual } };
  // Only parts written in the text count (`now` makes chrono certain of today's date).
  const year = /\d{4}|'\d\d/.test(core) ? certain(r, "year") : null;
  const month = MONTH_NAME.test(core) || /\d/.test(core) ? certain(r, "month") : null;
  const day = /\d/.test(core) ? certain(r, "day") : null;
  let weekday = certain(r, "weekday");
  if (weekday !== null && !WEEKDAY_NAME.test(core) && month === null) weekday = null;
  if (month === null && weekday === null && year === null) return null; // `now`, `the 10th`, times of day
  if (month !== null && day === null && year === null && !/^\p{Lu}/u.test(core)) return null; // the verb `may`
  const mod = weekday !== null && day === null ? MODIFIER.exec(core)?.[1].toLowerCase() : undefined;
  const modifier = mod === "past" ? "last" : ((mod as DateMention["modifier"]) ?? null);
  return { ...base, year, month, day, weekday: day === null ? weekday : null, modifier };
}

/** Extends a mention's start over the prefix words that belong to it (`on`, `since`, `Earlier`). */
function withPrefix(text: string, from: number, floor: number): number {
  prefixes ??= lexiconSet("dates/date-prefixes");
  let start = from;
  for (let i = 0; i < 2; i++) {
    const before = text.slice(Math.max(floor, start - 20), start);
    const m = /(\p{L}+(?: \p{L}+)?)\s+$/u.exec(before);
    if (!m) break;
    const two = m[1].toLowerCase();
    const one = two.split(" ").pop() ?? "";
    if (prefixes.has(two)) start -= m[0].length;
    else if (prefixes.has(one)) start -= m[0].length - (m[1].length - one.length);
    else break;
  }
  return start;
}

/**
 * Whether a bare weekday is part of a name or a recurring day rather than a date: `every Tuesday`,
 * `Black Friday`, `the Sunday Telegraph`, `Sunday Times` (lexicons `dates/recurring-words`, `dates/weekday-names`).
 */
function namedDay(text: string, core: Span, floor: number): boolean {
  recurring ??= lexiconSet("dates/recurring-words");
  dayNames ??= new Set(lexicon("dates/weekday-names"));
  prefixes ??= lexiconSet("dates/date-prefixes");
  const name = WEEKDAY_NAME.exec(text.slice(core.start, core.end));
  if (!name) return false;
  const at = core.start + name.index;
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(floor, at - 30), at));
  const prev = before?.[1] ?? "";
  const next = /^\s+(\p{L}+)/u.exec(text.slice(at + name[0].length, at + name[0].length + 30))?.[1] ?? "";
  const sentenceStart = before ? /^\s*$/.test(text.slice(floor, at - before[0].length)) : true;
  if (recurring.has(prev.toLowerCase()) || dayNames.has(next)) return true;
  if (/^\p{Lu}/u.test(prev) && !sentenceStart && !prefixes.has(prev.toLowerCase())) return true;
  return /^(?:the|a|an)$/i.test(prev) && /^\p{Lu}/u.test(next) && !MONTH_NAME.test(next);
}

/**
 * The date expressions chrono finds in `span` of `text` (a sentence or line), with the leading
 * words that belong to them. Durations, `now`, times of day and bare numbers are not dates.
 */
export function dateMentions(text: string, span: Span): DateMention[] {
  const body = text.slice(span.start, span.end);
  if (!MAY_HOLD_DATE.test(body)) return [];
  const out: DateMention[] = [];
  for (const r of newsChrono().parse(body, { instant: REFERENCE, timezone: 0 })) {
    const m = mention(r, span.start);
    if (!m || (m.weekday !== null && m.month === null && namedDay(text, m.core, span.start))) continue;
    const start = withPrefix(text, m.core.start, span.start);
    out.push({ ...m, start, end: m.core.end, text: text.slice(start, m.core.end) });
  }
  return out;
}

import { dateMentions, type DateMention } from "../dates/dateMentions.ts";
import { datelines } from "../dates/datelines.ts";
import { isPastForm } from "../dates/tenseWords.ts";
import { clauseTense } from "../dates/clauseTense.ts";
import { captionParagraphs } from "../dates/captionParagraphs.ts";
import { fullMonthPattern } from "../quotes/fullMonthPattern.ts";
import { possessiveTense } from "../dates/possessiveTense.ts";
import { afterAnchor } from "../dates/afterAnchor.ts";
import { narrativeMonth } from "../dates/narrativeMonth.ts";
import { sentenceYear } from "../dates/sentenceYear.ts";
import { resolveMention, type ResolvedDate } from "../dates/resolveMention.ts";
import { lexicon, lexiconSet } from "../lexicon/lexicon.ts";
import type { Doc, Sentence } from "../text/prepare.ts";
import type { EventCandidate, Span } from "../types.ts";
import { days } from "../dates/days.ts";
import { nowadays } from "../dates/nowadays.ts";
import { eventClause } from "./eventClause.ts";
import { listingHeadline } from "./listingHeadline.ts";
import { sameWeekday, type WeekdayMention } from "./sameWeekday.ts";
import { pastWeekdayRun } from "./pastWeekdayRun.ts";

interface Context {
  doc: Doc;
  published: string | null;
}

interface Found {
  sentence: Sentence;
  mention: DateMention;
}

type Refiner = (context: Context, found: Found[]) => Found[];

/** The article's own date (a metadata line, a wire dateline: `datelines`) is not an event. */
const dropDatelines: Refiner = ({ doc }, found) => {
  const own = datelines(doc);
  return found.filter(({ mention }) => !own.some((d) => d.start < mention.end && mention.start < d.end));
};

/** The same date span proposed twice (overlapping chrono results) is kept once. */
const dropOverlaps: Refiner = (_context, found) => {
  // Mentions come in text order: one overlaps an earlier one when it starts before the furthest end so far.
  let reach = -1;
  return found.filter(({ mention }) => {
    const keep = mention.start >= reach;
    reach = Math.max(reach, mention.end);
    return keep;
  });
};

const MONTHS = `(?:${fullMonthPattern})`;
const DAY_MONTH = new RegExp(`^(?:\\d{1,2}\\s+${MONTHS}|${MONTHS}\\s+\\d{1,2})$`);
const MONTH_RUN_BEFORE = new RegExp(`(?:${MONTHS}\\s*(?:,|and|or)\\s*)*$`);
const MONTH_RUN_AFTER = new RegExp(`^(?:\\s*(?:,|and|or)\\s*${MONTHS}(?![\\p{L}]))*\\s+([\\p{L}]+)`, "u");

/**
 * `December and January are two of the busiest months`: a bare month name (no day, no year, no
 * preposition before it or its run of months) that is the subject of a simple present (lexicon
 * `dates/generic-month-verbs`) is a generic noun, not a date.
 */
function isBareMonth(m: DateMention): boolean {
  return m.month !== null && m.day === null && m.year === null && !m.relative && m.weekday === null && !m.modifier;
}

const dropGenericMonths: Refiner = ({ doc }, found) => {
  const verbs = lexiconSet("dates/generic-month-verbs");
  // `The outlook for November is positive`: after a preposition the month is a date.
  const prepositions = new Set([...lexicon("dates/date-prefixes").map((w) => w.toLowerCase()), "for", "of"]);
  return found.filter(({ sentence, mention: m }) => {
    if (!isBareMonth(m) || !new RegExp(`^${MONTHS}$`).test(m.text)) return true;
    const before = doc.text.slice(sentence.start, m.start);
    const runStart = before.length - (MONTH_RUN_BEFORE.exec(before)?.[0].length ?? 0);
    const previous = /([\p{L}]+)\W*$/u.exec(before.slice(0, runStart))?.[1]?.toLowerCase();
    if (previous && prepositions.has(previous)) return true;
    const after = MONTH_RUN_AFTER.exec(doc.text.slice(m.end, sentence.end));
    // `February is proving to be a difficult month`: a progressive is about this one, not a generic month.
    return !(
      after &&
      verbs.has(after[1].toLowerCase()) &&
      !/^\s+\p{L}+ing\b/u.test(after.input.slice(after[0].length))
    );
  });
};

/**
 * `between 1953 and 1956`, `from July to September`: the end of a range (`and 1956`) dates the same
 * clause as its start; the mention before it in the same sentence, or null when it is not a range end.
 */
function rangeStart(text: string, found: Found[], i: number): Found | null {
  const [previous, { sentence, mention }] = [found[i - 1], found[i]];
  if (!previous || previous.sentence !== sentence) return null;
  const gap = text.slice(previous.mention.end, mention.start);
  // The connector is between the two (`between August and November`) or part of the end's text (`and 1956`).
  const joined =
    /^\s*(?:and|to|until|till|-|–)\s*$/i.test(gap) ||
    (/^\s*$/.test(gap) && /^(?:and|to|until|till)\s/i.test(text.slice(mention.start, mention.end)));
  return joined && /^(?:between|from)\s/i.test(text.slice(previous.mention.start, previous.mention.end))
    ? previous
    : null;
}

/**
 * `rises in June, August and September`, `in 1997 and 2001`, `on 9 November in the US and 11 November in the UK`: a
 * member of a list of dates of the same kind dates the same clause as the list's first member; that first member, or
 * null.
 */
function listStart(text: string, found: Found[], i: number, starts: Map<Found, Found>): Found | null {
  const [previous, { sentence, mention }] = [found[i - 1], found[i]];
  if (!previous || previous.sentence !== sentence) return null;
  const kind = (m: DateMention) =>
    m.relative ? null : m.day === null && m.weekday === null ? (m.month !== null ? "month" : "year") : "day";
  const k = kind(mention);
  if (k === null || k !== kind(previous.mention)) return null;
  const gap = text.slice(previous.mention.end, mention.start);
  const joined =
    /^\s*(?:,|,?\s*(?:and|or))\s*$/i.test(gap) ||
    (/^\s*,?\s*$/.test(gap) && /^(?:and|or)\s/i.test(text.slice(mention.start, mention.end))) ||
    // (`is out on 9 November in the US and 11 November in the UK`: each date with a short phrase of its own)
    (k === "day" && /^\s+(?:in|for|at|to|across)\s+[^,;:.()"“”]{1,40}?\s+(?:and|or)\s+$/i.test(gap));
  return joined ? (starts.get(previous) ?? previous) : null;
}

/** `the radio that you hear today`: `today` meaning nowadays (`nowadays`) is not a date. */
const dropNowadays: Refiner = ({ doc }, found) =>
  found.filter(({ sentence, mention }) => !nowadays(doc.text, mention, sentence));

/**
 * `Sales usually pick up in the New Year`: an adverb of habit (lexicon `dates/habitual-words`) in the
 * date's clause, before it, makes a time without a written year a recurring one, not a date.
 */
const dropHabitual: Refiner = ({ doc }, found) => {
  const habitual = lexiconSet("dates/habitual-words");
  return found.filter(({ sentence, mention: m }) => {
    if (m.year !== null || m.day !== null || (m.relative && /^(?:day|week)$/.test(m.relative.unit))) return true;
    // (in the date's own clause: not `… - traditionally the driver … - grew in January`, `often felt that …`)
    const before =
      doc.text
        .slice(sentence.start, m.start)
        .split(/[,;:"“”]|\s[-–—]\s|\b(?:and|but|so|that|because|while|when)\b/i)
        .pop() ?? "";
    const ws = before.split(/[^\p{L}']+/u).filter(Boolean);
    // (a habit of the verb after it, not a past one: `We've always said …`)
    return !ws.some((w, k) => habitual.has(w.toLowerCase()) && k + 1 < ws.length && !isPastForm(ws[k + 1]));
  });
};

/** Refiners applied in order to the date mentions of an article, before they are resolved. */
const refiners: Refiner[] = [dropDatelines, dropOverlaps, dropGenericMonths, dropNowadays, dropHabitual];

/**
 * Dated events, with relative dates resolved against `published` (ISO date or null): every date
 * expression chrono finds in the article's sentences (not its page furniture), resolved with the news
 * rules of `resolveMention` (a date counted from the previous happening, `a month later`, by
 * `afterAnchor`; a bare month in a sentence about an earlier year by `narrativeMonth`), with the clause it
 * governs (`eventClause`; a range's end shares its start's) as the event text. Without a
 * publication date, only dates that carry their year give events.
 */
export function extractEvents(doc: Doc, published: string | null): EventCandidate[] {
  const context: Context = { doc, published };
  let found: Found[] = doc.sentences.flatMap((sentence) =>
    dateMentions(doc.text, sentence).map((mention) => ({ sentence, mention })),
  );
  for (const refine of refiners) found = refine(context, found);
  const out: EventCandidate[] = [];
  const weekdays: WeekdayMention[] = [];
  const bySentence = new Map<Sentence, DateMention[]>();
  for (const f of found) bySentence.set(f.sentence, [...(bySentence.get(f.sentence) ?? []), f.mention]);
  const captions = captionParagraphs(doc);
  // The last happening placed in time, which `a month later` counts from.
  let anchor: ResolvedDate | null = null;
  const clauses = new Map<Found, Span>();
  const listed = new Map<Found, Found>();
  found.forEach((f, i) => {
    const others = (bySentence.get(f.sentence) ?? []).filter((m) => m !== f.mention);
    const first = listStart(doc.text, found, i, listed);
    if (first) listed.set(f, first);
    const start = rangeStart(doc.text, found, i) ?? first;
    clauses.set(
      f,
      (start && clauses.get(start)) ||
        listingHeadline(doc, f.sentence, f.mention) ||
        eventClause(doc.text, f.sentence, f.mention, others),
    );
  });
  // Dates of earlier sentences, which a bare month may take its year from.
  const earlier: DateMention[] = [];
  let sentenceOf: Sentence | null = null;
  let pending: DateMention[] = [];
  // The last date resolved in the current sentence, which a day and month next to it may take its year from.
  let inSentence: ResolvedDate | null = null;
  for (const f of found) {
    const { sentence, mention } = f;
    if (sentence !== sentenceOf) {
      earlier.push(...pending);
      pending = [];
      sentenceOf = sentence;
      inSentence = null;
    }
    pending.push(mention);
    const others = (bySentence.get(sentence) ?? []).filter((m) => m !== mention);
    const clause = clauses.get(f)!;
    // `Wednesday's speech`, `June's elections`: a possessive date names a happening, past unless the clause is future.
    const possessive = /^['’]s\b/u.test(doc.text.slice(mention.end, mention.end + 3));
    let tense = possessive
      ? possessiveTense(doc.text, clause, mention, sentence)
      : clauseTense(doc.text, clause, mention, sentence, true);
    // ("Afghan refugees arrive at Toronto Pearson International Airport in August. THE CANADIAN PRESS/…": a
    // caption tells what a photograph shows, which has happened, in the present tense too)
    if (
      !/\b(?:will|would)\s/.test(doc.text.slice(clause.start, clause.end)) &&
      captions.some((p) => p.start <= sentence.start && sentence.end <= p.end)
    )
      tense = "past";
    // ("In 12 months the lasers have helped the firm …": a span counted forward in a past clause is how long
    // something took, no date)
    if (tense === "past" && /^in\s(?!.*\stime$)/i.test(mention.text) && (mention.relative?.offset ?? 0) > 0) continue;
    // (`the Fed's meeting later on Tuesday`: "later" with no tense around it points ahead)
    if (tense === null && /^later\s+(?:on\s+)?\p{L}/iu.test(mention.text) && mention.weekday !== null) tense = "future";
    // `has fallen since the weekend`, `have risen since June`: what a span counts from is past.
    // (not "since" as "because": "important … since from August the rules …")
    if (/^since\s+(?!from\b)/i.test(mention.text)) tense = "past";
    // `until Monday`: a weekday that ends a span the publication falls in is the coming one, whatever the verb
    // (`asked the market to suspend trading until Monday`), unless the span is told as over (`voters had until
    // Tuesday to return their ballots`).
    if (
      mention.weekday !== null &&
      mention.modifier === null &&
      /^(?:until|till)\s/i.test(mention.text) &&
      !/\bhad\s+$/i.test(doc.text.slice(sentence.start, mention.start))
    )
      tense = "future";
    // `an expected May election`, `the planned June summit`: a forward-looking adjective (lexicon
    // `dates/future-adjectives`) before a bare month in a noun phrase makes it the coming one.
    // (a day and month too: `the expected 5 May election`)
    const dayMonth =
      mention.month !== null &&
      mention.day !== null &&
      mention.year === null &&
      mention.weekday === null &&
      !mention.relative;
    if (
      (isBareMonth(mention) && new RegExp(`^${MONTHS}$`).test(mention.text)) ||
      (dayMonth && DAY_MONTH.test(mention.text))
    ) {
      // (after a determiner: in `Analysts expected December's figure …` the word is a verb)
      const adjective = /\b(?:a|an|the|its|their|his|her|this|next)\s+([\p{L}]+)\s+$/iu
        .exec(doc.text.slice(sentence.start, mention.start))?.[1]
        ?.toLowerCase();
      if (adjective && lexiconSet("dates/future-adjectives").has(adjective)) tense = "future";
    }
    // (`later in the year` in a past clause counts from the happening before it, like `later that year`)
    const after = mention.relative?.after || (mention.inTheYear && tense === "past") ? mention.relative : null;
    let resolved: ResolvedDate | null = after
      ? afterAnchor(anchor, after.unit, after.offset)
      : (narrativeMonth(doc.text, mention, others, published, tense, earlier) ??
        sentenceYear(mention, inSentence) ??
        resolveMention(mention, published, tense));
    // "will close on Monday and Tuesday": a weekday listed after another falls after it; so does a coming one
    // told after a later day of the same week ("over the weekend we will have talks and then on Monday we will …").
    // (not after a relation that puts it first: "resumes on Tuesday after Monday's public holiday")
    if (
      resolved &&
      mention.weekday !== null &&
      inSentence &&
      resolved.date < inSentence.date &&
      !/(?<![\p{L}])(?:after|following|since)\s+$/iu.test(
        doc.text.slice(Math.max(sentence.start, mention.start - 12), mention.start),
      ) &&
      (listed.has(f) || (tense === "future" && days.fromIso(inSentence.date) - days.fromIso(resolved.date) < 7))
    )
      resolved = { ...resolved, date: days.iso(days.fromIso(resolved.date) + 7) };
    // (`in the three months to September`: the quarter's first month, once its last is placed in its year)
    if (resolved && mention.quarterTo && resolved.precision === "month") {
      const { year, month } = days.parts(days.fromIso(resolved.date));
      resolved = { ...resolved, date: days.iso(days.of(year, month - 2, 1)).slice(0, 7) };
    }
    if (!resolved) continue;
    anchor = resolved;
    inSentence = resolved;
    out.push({
      start: clause.start,
      end: clause.end,
      text: doc.text.slice(clause.start, clause.end),
      date: resolved.date,
      precision: resolved.precision,
      date_text: mention.text,
      date_start: mention.start,
      date_end: mention.end,
      rule: resolved.rule,
    });
    weekdays.push({ weekday: mention.modifier === null && !mention.weekend ? mention.weekday : null, possessive });
  }
  sameWeekday(out, weekdays);
  pastWeekdayRun(doc.text, out);
  return out.sort((a, b) => a.start - b.start || a.date_start - b.date_start);
}

import { lexicon, lexiconSet } from "../lexicon/lexicon.ts";
import type { Span } from "../types.ts";

interface Boundary extends Span {
  kind: "comma" | "punct" | "opener" | "conjunction";
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*\.?/gu;
/** Clause punctuation; a comma or colon between digits (`2,000`, `10:30`) is part of a number. */
const PUNCT = /(?<!\d)[,:]|[,:](?!\d)|;|—|–|\s-\s/gu;
/** Words that cannot end a clause: they belong to what was cut off after them. */
const DANGLING = new Set(["of", "and", "or", "but", "the", "a", "an"]);
/** Words before a date that make it a modifier inside a noun phrase. */
const DETERMINERS = new Set(["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that"]);
/** Below this many words, a comma-bounded stretch is a list item or an apposition, not a clause. */
const MIN_WORDS = 6;

let openers: Set<string> | undefined;
let commaOpeners: Set<string> | undefined;
let notOpeners: RegExp | undefined;
let speechVerbs: Set<string> | undefined;
let prefixes: Set<string> | undefined;

function words(text: string, span: Span): Span[] {
  const out: Span[] = [];
  WORD.lastIndex = 0;
  const body = text.slice(span.start, span.end);
  for (let m = WORD.exec(body); m; m = WORD.exec(body)) {
    const end = m[0].endsWith(".") && !/\.\p{L}/u.test(m[0]) ? m[0].length - 1 : m[0].length;
    out.push({ start: span.start + m.index, end: span.start + m.index + end });
  }
  return out;
}

function boundaries(text: string, sentence: Span, date: Span): Boundary[] {
  openers ??= new Set(lexicon("dates/clause-openers").filter((w) => !w.startsWith(",")));
  commaOpeners ??= new Set(
    lexicon("dates/clause-openers")
      .filter((w) => w.startsWith(","))
      .map((w) => w.slice(1).trim()),
  );
  const out: Boundary[] = [];
  const body = text.slice(sentence.start, sentence.end);
  PUNCT.lastIndex = 0;
  for (let m = PUNCT.exec(body); m; m = PUNCT.exec(body)) {
    const start = sentence.start + m.index;
    out.push({ start, end: start + m[0].length, kind: m[0] === "," ? "comma" : "punct" });
  }
  notOpeners ??= new RegExp(
    `(?<![\\p{L}])(?:${lexicon("dates/not-openers")
      .map((p) => p.replace(/ /g, "\\s+"))
      .join("|")})(?![\\p{L}])`,
    "giu",
  );
  const inert: Span[] = [];
  notOpeners.lastIndex = 0;
  for (let m = notOpeners.exec(body); m; m = notOpeners.exec(body))
    inert.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
  for (const w of words(text, sentence)) {
    const word = text.slice(w.start, w.end).toLowerCase();
    const afterComma = /,\s*$/.test(text.slice(Math.max(sentence.start, w.start - 3), w.start));
    const conjunction = afterComma && commaOpeners.has(word);
    if (!openers.has(word) && !conjunction) continue;
    if (inert.some((p) => p.start <= w.start && w.end <= p.end)) continue;
    out.push({ ...w, kind: conjunction ? "conjunction" : "opener" });
  }
  return out.filter((b) => b.end <= date.start || b.start >= date.end).sort((a, b) => a.start - b.start);
}

const count = (text: string, span: Span) => (span.end > span.start ? words(text, span).length : 0);

/** Trims spaces, punctuation and dangling prepositions from both ends of a span. */
function trim(text: string, span: Span): Span {
  prefixes ??= lexiconSet("dates/date-prefixes");
  let { start, end } = span;
  for (let again = true; again;) {
    again = false;
    while (start < end && /[\s,;:—–\-"“”‘’'(.]/.test(text[start])) start++;
    const first = /^(?:and|but|or)\s/i.exec(text.slice(start, end));
    if (first) {
      start += first[0].length;
      again = true;
    }
    while (end > start && /[\s,;:—–\-"“”‘’'(.)]/.test(text[end - 1])) end--;
    const last = /(\p{L}+)$/u.exec(text.slice(start, end))?.[1];
    if (last && (DANGLING.has(last.toLowerCase()) || prefixes.has(last.toLowerCase())) && end - last.length > start) {
      end -= last.length;
      again = true;
    }
  }
  return { start, end };
}

/**
 * The clause a date expression governs inside its sentence, as a span of the text. The clause runs
 * between the nearest clause boundaries around the date (punctuation, or a clause opener such as
 * `before`, `that`, `, and`; lexicon `dates/clause-openers`; not an opener with at most two words
 * before the date and no determiner, which is a preposition: `quit as Ajax boss last week`, `a cult
 * following throughout 2004`), with these news rules:
 * - a date that ends its clause is cut off (`Canada ended its flights on Thursday after …` → `Canada ended its flights`);
 * - a date that opens its clause is cut off (`on Thursday the Taliban captured …`), and an opening
 *   phrase of up to eight words ending in a comma (`Earlier Thursday,` / `In a statement on Friday,` /
 *   `Speaking in London on Monday,`) dates the rest of the
 *   sentence, up to a new clause after a comma and conjunction (`, and …`);
 * - a date after a speech verb keeps the reported clause (`said Thursday that it will send …`);
 * - a date inside a noun phrase dates the rest of it (`his Aug. 31 deadline for completing the pullout`);
 * - a stretch shorter than six words after a comma (`southern Afghanistan, on April 20, 2006`;
 *   `…, said in an interview Monday`) is joined to the stretch before it, unless that one holds
 *   another of the sentence's dates (`others`); a clause that holds another date before this one starts
 *   after it when at least two words are left (`opened on Friday and will close on Saturday`).
 */
export function eventClause(text: string, sentence: Span, date: Span, others: readonly Span[] = []): Span {
  speechVerbs ??= lexiconSet("dates/speech-verbs");
  const bounds = boundaries(text, sentence, date);
  let before = bounds.filter((b) => b.end <= date.start);
  const after = bounds.filter((b) => b.start >= date.end);
  // `Koeman quit as Ajax boss last week`: an opener with one or two words before the date is a preposition.
  const near = before.at(-1);
  const nearWords = near ? words(text, { start: near.end, end: date.start }) : [];
  const determined =
    nearWords.length && DETERMINERS.has(text.slice(nearWords[0].start, nearWords[0].end).toLowerCase());
  if (near?.kind === "opener" && nearWords.length <= 2 && !determined) before = before.slice(0, -1);
  const open = before.at(-1);
  let start = open ? open.end : sentence.start;
  let close = after[0];
  const lead = { start, end: date.start };
  const leadWords = words(text, lead);
  const lastWord = leadWords.length ? text.slice(leadWords.at(-1)!.start, leadWords.at(-1)!.end).toLowerCase() : "";
  if (close?.kind === "opener" && speechVerbs.has(lastWord) && text.slice(date.end, close.start).trim() === "")
    close = after[1];
  const end = close ? close.start : sentence.end;
  const commaNext = /^\s*,/.test(text.slice(date.end, sentence.end));
  // A date phrase (with at most a short prepositional phrase) opening the sentence dates the rest of it.
  const first = leadWords.length ? text.slice(leadWords[0].start, leadWords[0].end).toLowerCase() : "";
  if (
    !open &&
    commaNext &&
    leadWords.length <= 8 &&
    (leadWords.length === 0 || /^(?:in|on|at|during|with|after|before|by)$/.test(first) || /ing$/.test(first))
  )
    return trim(text, {
      start: text.indexOf(",", date.end) + 1,
      end: after.find((b) => b.kind === "conjunction")?.start ?? sentence.end,
    });
  // `his Aug. 31 deadline for completing the pullout`: a date inside a noun phrase dates what follows it.
  if (
    DETERMINERS.has(lastWord) &&
    /^\s+\p{Ll}/u.test(text.slice(date.end, end)) &&
    count(text, { start: date.end, end }) >= 2
  )
    return trim(text, { start: date.end, end });
  // `Friday's attack …`: a possessive date is part of its noun phrase.
  if (/^['’]s\b/u.test(text.slice(date.end, date.end + 3)))
    return trim(text, { start: leadWords.length ? start : date.start, end });
  if (leadWords.length === 0 && count(text, { start: date.end, end }) > 0) return trim(text, { start: date.end, end });
  // Join short comma-bounded stretches to the one before.
  let i = before.length - 1;
  while (i >= 0 && before[i].kind === "comma" && count(text, { start, end: date.start }) < MIN_WORDS) {
    const from = i > 0 ? before[i - 1].end : sentence.start;
    // `will get into their stride in 2005, will be really big in 2006`: the clause starts after another date.
    const other = Math.max(-1, ...others.filter((o) => o.start >= from && o.end <= before[i].start).map((o) => o.end));
    if (other >= 0) {
      start = other;
      break;
    }
    i--;
    start = from;
  }
  // `started work last year and the outcome …`: a conjunction right after the date starts another clause.
  const joined = /^\s+(?:and|but|or)\s/i.test(text.slice(date.end, end));
  const tail = count(text, { start: date.end, end }) > 0 && !joined ? end : date.start;
  // `opened on Friday and will close on Saturday`: the clause starts after another date before this one.
  // A possessive date (`Tuesday's gig`) is part of the clause's subject.
  const previous = Math.max(
    -1,
    ...others
      .filter((o) => o.start >= start && o.end <= date.start && !/^['’]s\b/u.test(text.slice(o.end, o.end + 3)))
      .map((o) => o.end),
  );
  const rest = previous >= 0 ? trim(text, { start: previous, end: tail }) : null;
  if (rest && count(text, { start: rest.start, end: Math.min(rest.end, date.start) }) >= 2) return rest;
  const span = trim(text, { start, end: tail });
  return count(text, span) >= 2 ? span : trim(text, sentence);
}

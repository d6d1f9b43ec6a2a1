import { lexicon } from "../lexicon/lexicon.ts";
import type { Span } from "../types.ts";
import { count, words } from "./clauseWords.ts";

/** A place where a clause may start or end: punctuation or a word that opens a clause. */
export interface Boundary extends Span {
  kind: "comma" | "punct" | "opener" | "conjunction";
}

/**
 * Clause punctuation; a comma or colon between digits (`2,000`, `10:30`) is part of a number, an en dash between
 * them a range (`2023–24`).
 */
const PUNCT = /(?<!\d)[,:]|[,:](?!\d)|;|—|(?<!\d)–|–(?!\d)|\s-\s/gu;

let openers: Set<string> | undefined;
let commaOpeners: Set<string> | undefined;
let notOpeners: RegExp | undefined;

/**
 * The clause boundaries of a sentence outside a date, in text order: punctuation, clause openers (lexicon
 * `dates/clause-openers`; one written `, and` only after a comma) not inside a phrase of `dates/not-openers`,
 * and not the dashes around a short aside on one side of the date.
 */
export function clauseBoundaries(text: string, sentence: Span, date: Span): Boundary[] {
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
    // ("with the ADB, World Bank and Japanese aid agencies on Wednesday": a comma between names in a list)
    if (
      m[0] === "," &&
      /\p{Lu}[\p{L}&'’.-]*$/u.test(body.slice(Math.max(0, m.index - 30), m.index)) &&
      /^,\s+(?:\p{Lu}[\p{L}&'’.-]*\s+){1,4}(?:and|or)\s+(?:the\s+)?\p{Lu}/u.test(body.slice(m.index, m.index + 80))
    )
      continue;
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
    // (", or 6%,": a figure restated in other terms is no new clause)
    const restated =
      word === "or" && /^\s+(?:about\s+|around\s+|almost\s+|nearly\s+)?[£$€¥]?\d/u.test(text.slice(w.end, w.end + 12));
    // ("… between the sides and they meet again on Tuesday": "and" before a subject pronoun opens a clause)
    const pronounClause =
      (word === "and" || word === "but") && /^\s+(?:he|she|they|we)\s+\p{Ll}/u.test(text.slice(w.end, w.end + 12));
    const conjunction = (afterComma && commaOpeners.has(word) && !restated) || pronounClause;
    if (!openers.has(word) && !conjunction) continue;
    if (inert.some((p) => p.start <= w.start && w.end <= p.end)) continue;
    out.push({ ...w, kind: conjunction ? "conjunction" : "opener" });
  }
  const asides = dashAsides(text, out, date);
  return out
    .filter((b) => b.end <= date.start || b.start >= date.end)
    .filter((b) => !asides.some((p) => p.start <= b.start && b.end <= p.end))
    .sort((a, b) => a.start - b.start);
}

// `ballots for Oscars - the Hollywood's top honours - were mailed`: a short aside between two dashes on
// one side of the date is a parenthesis, not a clause's edge.
function dashAsides(text: string, out: readonly Boundary[], date: Span): Span[] {
  const asides: Span[] = [];
  const dashes = out.filter((b) => b.kind === "punct" && /^(?:\s-\s|—|–)$/.test(text.slice(b.start, b.end)));
  for (let k = 0; k + 1 < dashes.length; k++) {
    const [a, b] = [dashes[k], dashes[k + 1]];
    const inside = text.slice(a.end, b.start);
    if (
      count(text, { start: a.end, end: b.start }) <= 8 &&
      !/[,;:]/.test(inside) &&
      (b.end <= date.start || a.start >= date.end)
    ) {
      asides.push({ start: a.start, end: b.end });
      k++;
    }
  }
  return asides;
}

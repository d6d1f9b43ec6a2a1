import { lexicon, lexiconSet } from "../lexicon/lexicon.ts";
import { numberWordsPattern } from "./numberWordsPattern.ts";
import { futureCuePattern, isPastForm } from "./tenseWords.ts";
import type { Span } from "../types.ts";

const EPISTEMIC =
  /^\s+(?:(?:widely|generally|now)\s+)?(?:thought|believed|said|understood|estimated|reported|known|alleged|claimed|considered)\b/;

const pastVerbs = lexiconSet("dates/past-verbs");
const presentVerbs = lexiconSet("dates/present-verbs");
const notFinite = lexiconSet("dates/not-finite");
const modifiers = lexiconSet("dates/future-modifiers");
const speechVerbs = lexiconSet("dates/speech-verbs");
const nominalCues = lexiconSet("dates/nominal-future-cues");

/** Which way a clause points in time, as far as its words show. */
export type Tense = "future" | "past" | null;

/** Forms of `be` after which a verb in -ed is a participle or an adjective (`is expected`, `are pleased`). */
const BE = new Set(["be", "being", "is", "are", "am"]);
const DETERMINER = lexiconSet("determiners");
const BASE_BEFORE = /^(?:to|will|would|could|should|might|must|can|may|shall|did|didn't)$/;
const ADVERB = /^(?:\p{L}+ly|still|not|also|now|already|so|too|very|more|less|all)$/u;

let cues: RegExp | undefined;
let arranged: RegExp | undefined;
let barriers: RegExp | undefined;
let openers: Set<string> | undefined;
let objectPattern: RegExp | undefined;

// A preposition's object that opens with a determiner or a count (`after the March results`, `after five
// hours of questioning`), up to clause punctuation.
const nounPhrase = () =>
  (objectPattern ??= new RegExp(
    `^\\s+(?:${[...DETERMINER, "next"].join("|")}|${numberWordsPattern()}|\\d[\\d,.]*)\\s[^,;:"“”]*$`,
    "iu",
  ));

/**
 * The tense of the clause around a date, read from the clause's words before the date (or after it
 * when the date opens the clause); the cue nearest the date wins:
 * - `future`: a future cue (`will`, `is set to`, `plans to`, `scheduled for`; lexicon `dates/future-cues`),
 *   a deadline noun right after the date (`Aug. 31 deadline`), or a present tense that schedules
 *   (`ministers meet on Thursday`, `the show airs on Tuesday`, `is`; lexicon `dates/present-verbs`) unless
 *   it follows `to`, a modal or a determiner (lexicon `dates/not-finite`);
 * - `past`: a verb in -ed or an irregular past (`said`, `met`, `left`; lexicon `dates/past-verbs`), not a
 *   participle after `be`, `is`, `are` (`is due to be launched`, `is still undecided`) or an adjective after a
 *   determiner (`the anticipated election`);
 * - null when neither shows, or when the nearest verb is the infinitive of a scheduling verb after a past
 *   tense (`was fit to face France on 26 February`). Quoted words before a closing quotation mark are someone else's tense.
 * A date in a sentence's opening phrase is read first from that phrase (`With the election predicted
 * for May, MPs warned …`). When the clause shows neither, the words of the `sentence` (if given) are read the same way, from the
 * last word before the clause that opens a clause with its own tense (`despite winning the title on
 * Saturday`; lexicon `dates/tense-barriers`). Without `presentSchedules`, a present tense is not read as
 * future (`June's elections are seen as a test`: a possessive date names a happening, mostly past).
 */
export function clauseTense(text: string, clause: Span, date: Span, sentence?: Span, presentSchedules = true): Tense {
  const next = /^\s*([\p{L}-]+)/u.exec(text.slice(date.end, date.end + 30))?.[1]?.toLowerCase();
  if (next && lexiconSet("dates/deadline-words").has(next)) return "future";
  // `with the January transfer window approaching`: a date's noun phrase that is approaching or looming.
  if (/^(?:\s+[\p{Ll}-]+){0,3}\s+(?:approaching|looming)\b/u.test(text.slice(date.end, date.end + 50))) return "future";
  // `Judge Coalwood scheduled a hearing on post-trial motions for June 21`: an arranging verb's date after "for"
  // lies ahead (lexicon `dates/arranging-verbs`).
  arranged ??= new RegExp(
    `(?<![\\p{L}])(?:${lexicon("dates/arranging-verbs").join("|")})\\s[^.;:!?"“”]{0,80}(?<![\\p{L}])for\\s+$`,
    "iu",
  );
  if (arranged.test(text.slice(Math.max(0, clause.start, date.start - 100), date.start))) return "future";
  // `said the 19 February meets would show …`: a date that modifies the subject of its clause, before a modal,
  // points ahead.
  // (only its noun, then a modal: not "its December sales are expected …", "the January transfer window in a
  // deal rumoured …")
  if (
    clause.start >= date.end &&
    /(?<![\p{L}])the\s+$/iu.test(text.slice(Math.max(0, date.start - 5), date.start)) &&
    /^\s+\p{Ll}+\s+(?:would|will|could|might|may|should|shall)\b/u.test(text.slice(date.end, date.end + 40))
  )
    return "future";
  // A date in an opening phrase (`With the election predicted for May, MPs warned …`): the phrase's own
  // words come first.
  if (sentence && clause.start >= date.end && /[\p{L}\p{N}]/u.test(text.slice(sentence.start, date.start))) {
    const own = read(text, { start: sentence.start, end: date.start }, date, presentSchedules);
    if (own !== null) return own;
  }
  const tense = read(text, clause, date, presentSchedules);
  if (tense !== null || !sentence) return tense;
  // `The result for December was slightly better …`: a date inside the subject, before its verb.
  const verbless = ![
    ...text.slice(Math.min(clause.start, date.start, sentence.start), date.start).matchAll(/\p{L}+/gu),
  ].some(([w]) => pastVerbs.has(w.toLowerCase()) || presentVerbs.has(w) || (w.length > 4 && /ed$/i.test(w)));
  if (verbless && Math.max(clause.end, sentence.end) > date.end) {
    // (not into a complement clause: "Mr Brown's announcement in July that 104,000 jobs would be cut")
    const to = Math.max(clause.end, sentence.end);
    const that = /^\s+that\s/.exec(text.slice(date.end, date.end + 6));
    const after = that ? null : read(text, { start: date.end, end: to }, date, presentSchedules);
    if (after !== null) return after;
  }
  // The sentence's words, back to the last word that opens a clause with its own tense (`despite`, `since`).
  barriers ??= new RegExp(`(?<![\\p{L}])(?:${lexicon("dates/tense-barriers").join("|")})(?![\\p{L}])`, "giu");
  let from = sentence.start;
  const head = text.slice(sentence.start, Math.min(clause.start, date.start));
  // ("is going to be disconcerted until the April IMF meetings", "Shares fell after the March results": a
  // preposition whose object holds the date opens no clause; after "after" only a past reaches the date.)
  let afterObject = false;
  for (const m of head.matchAll(barriers)) {
    const end = sentence.start + m.index + m[0].length;
    const object = text.slice(end, date.start);
    if (
      /^(?:until|till|before|after)$/i.test(m[0]) &&
      nounPhrase().test(object) &&
      ![...object.matchAll(/\p{L}+/gu)].some(
        ([w]) => pastVerbs.has(w.toLowerCase()) || presentVerbs.has(w) || /^\p{Ll}{3,}ed$/u.test(w),
      )
    ) {
      afterObject = /^after$/i.test(m[0]);
      continue;
    }
    from = end;
    afterObject = false;
  }
  // Only the words before the date: after it, a date that opens its clause has been read already.
  const sentenceTense = /[\p{L}\p{N}]/u.test(text.slice(from, date.start))
    ? read(text, { start: from, end: date.start }, date, presentSchedules)
    : null;
  return afterObject && sentenceTense !== "past" ? null : sentenceTense;
}

// The tense the cues of one stretch around a date show, the nearest cue winning.
function read(text: string, clause: Span, date: Span, presentSchedules: boolean): Tense {
  cues ??= new RegExp(futureCuePattern(), "giu");
  const before = text.slice(Math.min(clause.start, date.start), date.start);
  const hasWords = /[\p{L}\p{N}]/u.test(before);
  let region = hasWords ? before : text.slice(date.end, Math.max(clause.end, date.end));
  // Quoted words are someone else's tense: before the date, keep what follows the last quotation mark;
  // after it, what precedes the first.
  // A short fragment quoted inside the clause (`felt that there "might well be" a sweep … on Saturday`) is
  // the clause's own verb.
  if (hasWords) {
    const close = Math.max(region.lastIndexOf("”"), region.lastIndexOf('"'));
    const open = close > 0 ? Math.max(region.lastIndexOf("“", close - 1), region.lastIndexOf('"', close - 1)) : -1;
    const fragment =
      open >= 0 &&
      /\p{Ll}\s+$/u.test(region.slice(0, open)) &&
      region
        .slice(open + 1, close)
        .trim()
        .split(/\s+/).length <= 6;
    if (!fragment) region = region.slice(close + 1);
  } else region = region.slice(0, /["“”]/.exec(region)?.index ?? region.length);
  const future: number[] = [];
  // (`the poll, expected in May`: a cue that ends in the date's own preposition)
  const preposition = hasWords ? (/^(?:in|on|for|by)\b/i.exec(text.slice(date.start, date.end))?.[0] ?? "") : "";
  // (not a comparison with expectations: `fewer jobs than expected in January`, `as expected on Monday`)
  const cueRegion =
    preposition && /\s$/.test(region) && !/\b(?:than|as)\s+expected\s+$/i.test(region) ? region + preposition : region;
  cues.lastIndex = 0;
  // Where a verbal future cue ends (not a noun or adjective, lexicon `dates/nominal-future-cues`: `The deadline …
  // expired on Thursday` is past).
  const verbal: number[] = [];
  for (let m = cues.exec(cueRegion); m; m = cues.exec(cueRegion))
    // After the date, `ahead of the report` is a modifier of something else, not the clause's tense.
    if (hasWords || !modifiers.has(m[0].toLowerCase().replace(/\s+/g, " "))) {
      future.push(m.index + m[0].length);
      if (!nominalCues.has(m[0].toLowerCase())) verbal.push(m.index + m[0].length);
    }
  const past: number[] = [];
  // `fit to face France on 26 February`: an infinitive of a scheduling verb, nearest the date, has no tense.
  let infinitive = -1;
  openers ??= new Set([...lexicon("dates/clause-openers").map((w) => w.replace(/^,\s*/, "")), "and"]);
  let previous = "";
  let beforePrevious = "";
  // A past verb other than a speech verb is the clause's finite verb: a present form after it is a noun
  // (`the exchange inched above its record close on Wednesday`), not a schedule.
  let finitePast = false;
  let clauseFrom = -1;
  // Whether the last past form is a present perfect (`have brought`, `has urged`).
  let perfect = false;
  let perfectSpeech = false;
  // Hyphenated compounds are one word (`Sunday's set-to`, `a built-up area`): not verbs.
  for (const token of region.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
    const word = token[0].toLowerCase();
    const end = token.index + word.length;
    // `is due to be launched`, `being held`, `is still undecided`: a participle after `be` is not a past tense.
    // A new clause (`the talks ended and ministers meet on Thursday`) has its own finite verb.
    // as does a stretch after clause punctuation (`made a return from injury, contests the race on Sunday`).
    if (openers.has(word) || /[,;:]/.test(region.slice(Math.max(0, token.index - 3), token.index))) {
      finitePast = false;
      clauseFrom = token.index;
    }
    const participle =
      BE.has(previous) ||
      (BE.has(beforePrevious) && ADVERB.test(previous)) ||
      DETERMINER.has(previous) || // `the anticipated election`
      // `will unveil plans aimed at …`: after a future cue in the same clause, a form in -ed is a participle
      // (not a perfect: `would have resigned` looks back)
      (word.endsWith("ed") &&
        !/^(?:have|has|had)$/.test(previous) &&
        verbal.some((f) => f <= token.index && f > clauseFrom)) ||
      // (`will play at the Tsunami appeal, held at the Bristol Academy on 19 February`: a participle set off by a
      // comma before its preposition qualifies the noun before it, after a future cue in the sentence)
      ((word.endsWith("ed") || pastVerbs.has(word)) &&
        /,\s*$/.test(region.slice(Math.max(0, token.index - 3), token.index)) &&
        /^\s+(?:at|in|on|by|from|during|for|with)\b/.test(region.slice(end)) &&
        verbal.some((f) => f <= token.index));
    // `Tuesday's meeting is being hosted by …`: without scheduling presents, a progressive still schedules.
    if (!presentSchedules && word.endsWith("ing") && BE.has(previous) && previous !== "be" && previous !== "being") {
      future.push(end);
      verbal.push(end);
    }
    // (`would quit in May`, `to cut in March`: an irregular past that is also the base form, after a modal or "to")
    // (a capitalised word inside the clause is a name or a title, not a verb: `takes of All Shook Up`)
    else if (
      !participle &&
      isPastForm(word) &&
      !(BASE_BEFORE.test(previous) && !word.endsWith("ed")) &&
      !(token.index > 0 && /^\p{Lu}\p{Ll}*$/u.test(token[0]))
    ) {
      past.push(end);
      perfect =
        /^(?:have|has|'ve)$/.test(previous) ||
        (/^(?:have|has)$/.test(beforePrevious) && (ADVERB.test(previous) || previous === "been"));
      perfectSpeech = perfect && speechVerbs.has(word);
      if (!speechVerbs.has(word)) finitePast = true;
    }
    // (not after a future cue that ends in "to": `is due to arrive`, `is set to close`)
    if (previous === "to" && presentVerbs.has(token[0]) && !future.some((f) => token.index - f <= 1)) infinitive = end;
    // `ministers meet on Thursday`, `the show airs on Tuesday`: a present tense with a date is scheduled;
    // a capitalised word is a name (`the West End`), a word after a digit a unit (`8am`).
    else if (
      presentSchedules &&
      !finitePast &&
      presentVerbs.has(token[0]) &&
      !/\d/.test(region[token.index - 1] ?? "") &&
      !notFinite.has(previous) &&
      !pastVerbs.has(previous) &&
      !previous.endsWith("ed") &&
      // (`Its withdrawal in November is thought to be …`: a present that only reports a view schedules nothing)
      !(!hasWords && EPISTEMIC.test(region.slice(end)))
    ) {
      future.push(end);
      verbal.push(end);
    }
    [beforePrevious, previous] = [previous, word];
  }
  if (!future.length && !past.length) return null;
  // (it lifts a past tense before it, not a future one: `would be able to make their Wednesday date`)
  // (after a present perfect it looks ahead: `have brought Betsen back into their squad to face England on Sunday`)
  if (hasWords && past.length && infinitive > Math.max(...future, ...past) && !(future.at(-1)! > past.at(-1)!))
    return perfect ? "future" : null;
  if (!past.length) return "future";
  // `has been dropped from the squad for the match on 12 March`: a present perfect takes no date of its own,
  // so a date after it belongs to something else, which may lie ahead.
  // (not a verb of saying, whose report keeps its own time: `has said its December sales are …`)
  if (hasWords && perfect && !perfectSpeech && !(future.at(-1)! > past.at(-1)!)) return null;
  if (!future.length) return "past";
  // Before the date the nearest cue is the last one; after it (a date opening its clause), the first.
  future.sort((a, b) => a - b);
  if (hasWords) return future.at(-1)! > past.at(-1)! ? "future" : "past";
  return future[0] < past[0] ? "future" : "past";
}

import { lexiconSet } from "../lexicon/lexicon.ts";
import type { Span } from "../types.ts";
import { clauseTense, type Tense } from "./clauseTense.ts";
import type { DateMention } from "./dateMentions.ts";
import { isPastForm } from "./tenseWords.ts";

const resultNouns = lexiconSet("dates/result-nouns");

/**
 * The tense of a possessive date's happening (`Wednesday's speech`, `June's elections`), which is past unless
 * something shows otherwise:
 * - the clause's own verb (`… insist that Wednesday's speech did not announce …`) or the happening's relative
 *   clause (`Sunday's earthquake, which sent …`);
 * - the clause's tense, where a present does not schedule (`June's elections are seen as a test`);
 * - for a day, a scheduling present before it (`they face Chelsea in Sunday's Carling Cup final`);
 * - a day's happening something is done `ahead of` or `for` is to come (`named in the squad for Saturday's clash`);
 * - `this weekend's`, `this Sunday's` in another clause's object is in the publication's week (`forced out of this
 *   weekend's championships`);
 * - a result or a score after it is past whatever the clause says (`poised to complain about Wednesday's 2-1
 *   loss`; lexicon `dates/result-nouns`).
 */
export function possessiveTense(text: string, clause: Span, mention: DateMention, sentence: Span): Tense {
  const own = clause.start >= mention.end ? clauseTense(text, clause, mention, undefined, false) : null;
  const relative = /^['’]s(?:[^,.;:!?]|\.\d){0,60},\s+(?:which|that|who)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u.exec(
    text.slice(mention.end, sentence.end),
  );
  let tense =
    own ?? (relative && isPastForm(relative[1]) ? "past" : null) ?? clauseTense(text, clause, mention, sentence, false);
  if (
    tense === null &&
    (mention.weekday !== null || /\bweekend$/i.test(mention.text)) &&
    /\p{L}/u.test(text.slice(sentence.start, mention.start))
  )
    tense = clauseTense(text, { start: sentence.start, end: mention.start }, mention, undefined, true);
  // `forced out of this weekend's championships`: the weekend of the publication's week, whatever the clause
  // did about it (but the sentence's subject, `This weekend's top 12 films took $125m`, has its own past).
  // (`Iraq's future after this Sunday's elections` on a Tuesday: a weekday with `this` likewise)
  if (
    mention.modifier === "this" &&
    (mention.weekend || mention.weekday !== null) &&
    /\p{L}/u.test(text.slice(sentence.start, mention.start))
  )
    tense = "future";
  // `ahead of Sunday's election`, `named in the squad for Saturday's clash`: a day's happening that something is
  // done ahead of or for is still to come.
  if (
    mention.weekday !== null &&
    mention.modifier === null &&
    /(?<![\p{L}])(?:ahead\s+of|for)\s+$/iu.test(text.slice(Math.max(sentence.start, mention.start - 12), mention.start))
  )
    tense = "future";
  const after = text.slice(mention.end, mention.end + 40);
  const noun = /^['’]s\s+(?:\d+-\d+\s+)?([\p{L}-]+)/u.exec(after)?.[1];
  if (noun !== undefined && (/^['’]s\s+\d+-\d+\s/u.test(after) || resultNouns.has(noun.toLowerCase()))) tense = "past";
  return tense ?? "past";
}

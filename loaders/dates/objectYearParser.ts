import type { Parser, ParsingContext } from "chrono-node";
import { lexiconSet } from "../lexicon/lexicon.ts";

const PATTERN =
  /(?<![\p{L}\p{N}])(\p{L}+)(\s+(?:out\s+)?)((?:19|20)\d\d)(?=\s+(?:with|as|on|in|at|by|for|up|down|higher|lower|strongly|well|badly)\b|\s*[,.;:!?)]|\s*$)/u;

/**
 * A chrono parser for a year that is a verb's object, a span the subject starts, spends or ends
 * (`will start 2005 with a series of races`, `ended 2004 up 3%`): the verb is one of lexicon
 * `dates/year-object-verbs`, and a preposition, an adverb of direction or punctuation follows the year,
 * so that a count (`saw 2005 sales rise`, `opened 2000 stores`) is left alone.
 */
export const objectYearParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const [, verb, gap, year] = match;
    if (!lexiconSet("dates/year-object-verbs").has(verb.toLowerCase())) return null;
    // The text keeps the verb (chrono drops results that are a bare number); `dateMentions` cuts it off.
    const result = context.createParsingResult(match.index ?? 0, verb + gap + year, { year: Number(year) });
    result.addTag("presstrace/object-year");
    return result;
  },
};

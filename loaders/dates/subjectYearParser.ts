import type { Parser, ParsingContext } from "chrono-node";
import { lexicon } from "../lexicon/lexicon.ts";

let pattern: RegExp | undefined;

/**
 * A chrono parser for a bare year that is the subject of its sentence (`2005 could see another big
 * innovation`, `But 2004 was a record year`): a year opening the sentence (after an optional quotation
 * mark or `but` / `and` / `so`) and followed by a verb (lexicon `dates/year-subject-verbs`).
 */
export const subjectYearParser: Parser = {
  pattern: () => {
    pattern ??= new RegExp(
      `(?<![\\p{N}])((?:18|19|20)\\d\\d)\\s+(?:${lexicon("dates/year-subject-verbs").join("|")})(?![\\p{L}])`,
      "iu",
    );
    return pattern;
  },
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index ?? 0;
    // Only at the start of the sentence: nothing but quotation marks and a conjunction before the year.
    if (!/^\s*["“‘']?\s*(?:(?:but|and|so)\s+)?$/iu.test(context.text.slice(0, index))) return null;
    // The text keeps the verb (chrono drops results that are a bare number); `dateMentions` cuts it off.
    const result = context.createParsingResult(index, match[0], { year: Number(match[1]) });
    result.addTag("presstrace/subject-year");
    return result;
  },
};

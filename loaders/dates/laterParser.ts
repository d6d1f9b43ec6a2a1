import type { Parser, ParsingContext } from "chrono-node";
import { numberWordsPattern } from "./numberWordsPattern.ts";

let pattern: RegExp | undefined;

/**
 * A chrono parser for a date counted from the previous dated happening rather than from publication: `a month later`,
 * `two days later`, `the following year`, `the next day`, `later that year`, `earlier that month`, `that same day`, `on
 * the same day`, `the previous day` (lexicon `dates/number-words` for the counts). `dateMentions` reads it as a
 * relative mention with `after`. Not a comparison (`a day later than the others`, `on the same day as the election`) or
 * a stretch (`within the following week`).
 */
export const laterParser: Parser = {
  pattern: () => {
    const numbers = numberWordsPattern();
    pattern ??= new RegExp(
      `(?<![\\p{L}\\p{N}])(?:(?:${numbers}|\\d{1,2})\\s+(?:days?|weeks?|months?|years?)\\s+later|the\\s+following\\s+(?:day|week|month|year)|the\\s+next\\s+day|the\\s+previous\\s+day|(?:later|earlier)\\s+that\\s+(?:day|week|month|year)|that\\s+same\\s+(?:day|week|month|year)|the\\s+same\\s+day)(?![\\p{L}\\p{N}]|\\s+(?:than|as)\\b)`,
      "iu",
    );
    return pattern;
  },
  extract(context: ParsingContext, match: RegExpMatchArray) {
    // `within the following week`, `over the next day`: a stretch from now, not a date.
    if (/(?:within|over|during|through|throughout|for|in)\s+$/i.test(context.text.slice(0, match.index ?? 0)))
      return null;
    const result = context.createParsingResult(match.index ?? 0, match[0], {});
    result.addTag("presstrace/later");
    return result;
  },
};

import type { Parser, ParsingContext } from "chrono-node";
import { lexicon } from "../lexicon/lexicon.ts";

let pattern: RegExp | undefined;

/**
 * A chrono parser for the month `May` used as a modifier in a noun phrase (`an expected May
 * election`, `the May deadline`), which chrono leaves alone for fear of the verb: `May` after a
 * determiner or adjective (lexicon `dates/month-noun-lead`) and before a lower-case word.
 */
export const mayNounParser: Parser = {
  pattern: () => {
    pattern ??= new RegExp(
      `(?<![\\p{L}])(?:${lexicon("dates/month-noun-lead").join("|")})\\s+May(?=\\s+\\p{Ll})`,
      "iu",
    );
    return pattern;
  },
  extract(context: ParsingContext, match: RegExpMatchArray) {
    // `May` must be written with its capital.
    if (!match[0].endsWith("May")) return null;
    // The text keeps the word before (chrono drops a lone `May`); `dateMentions` cuts it off.
    const result = context.createParsingResult(match.index ?? 0, match[0], { month: 5 });
    result.addTag("presstrace/may");
    return result;
  },
};

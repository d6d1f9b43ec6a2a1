import type { Parser, ParsingContext } from "chrono-node";
import { futureCuePattern } from "./tenseWords.ts";

let future: RegExp | undefined;

/**
 * A chrono parser for `later in the year` in a clause about the future (lexicon `dates/future-cues`, or a modal
 * `could`, `may`, `might`): a time in the year the article is written in, like `later this year`, read by
 * `dateMentions` as this year. In a past narrative (`Harold Wilson … increased his majority later in the year`)
 * it is the year of the narrative, which this parser leaves alone.
 */
export const inTheYearParser: Parser = {
  pattern: () => /(?<![\p{L}\p{N}])later\s+in\s+the\s+year(?![\p{L}\p{N}'’-])/iu,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const at = match.index ?? 0;
    const before = context.text.slice(Math.max(0, at - 160), at);
    const clause = before.slice(before.search(/[^.!?\n]*$/));
    future ??= new RegExp(`${futureCuePattern()}|(?<![\\p{L}])(?:could|may|might)(?![\\p{L}])`, "iu");
    if (!future.test(clause)) return null;
    const result = context.createParsingResult(at, match[0], {});
    result.addTag("presstrace/in-the-year");
    return result;
  },
};

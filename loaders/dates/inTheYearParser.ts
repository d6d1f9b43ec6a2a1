import type { Parser, ParsingContext } from "chrono-node";

/**
 * A chrono parser for `later in the year`, read by `dateMentions` as a mention with `inTheYear`: `extractEvents`
 * dates it like `later that year` (the year of the previous dated happening) in a past clause (`Harold Wilson …
 * increased his majority later in the year`), else like `later this year`.
 */
export const inTheYearParser: Parser = {
  pattern: () => /(?<![\p{L}\p{N}])later\s+in\s+the\s+year(?![\p{L}\p{N}'’-])/iu,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const result = context.createParsingResult(match.index ?? 0, match[0], {});
    result.addTag("presstrace/in-the-year");
    return result;
  },
};

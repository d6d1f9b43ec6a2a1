import type { Parser, ParsingContext } from "chrono-node";

const PATTERN =
  /(?<![\p{L}\p{N}])(?:(?:last|this|next|past)\s+|(?:in|during|by|until|since)\s+the\s+)(spring|summer|fall|autumn|winter)(?:\s+of\s+((?:18|19|20)\d\d))?(?![\p{L}\p{N}])/iu;

/**
 * A chrono parser for seasons (`last fall`, `in the spring of 2019`, `next summer`). The result keeps
 * the year when written; the season and its modifier are read from the text by `resolveMention`.
 */
export const seasonParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const year = match[2] ? { year: Number(match[2]) } : {};
    const result = context.createParsingResult(match.index ?? 0, match[0], year);
    result.addTag("presstrace/season");
    return result;
  },
};

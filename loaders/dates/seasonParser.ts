import type { Parser, ParsingContext } from "chrono-node";

const PATTERN =
  /(?<![\p{L}\p{N}])(?:(?:(?:last|this|next|past)\s+|(?:in|during|by|until|since)\s+the\s+)(spring|summer|fall|autumn|winter)(?:\s+of\s+((?:18|19|20)\d\d))?|(?:(?:in|during|by|until|since|from)\s+)?(?:(?:early|late|mid)[\s-])?(spring|summer|fall|autumn|winter)\s+((?:18|19|20)\d\d))(?![\p{L}\p{N}])/iu;

/**
 * A chrono parser for seasons (`last fall`, `in the spring of 2019`, `next summer`, `in spring 2006`). The result keeps
 * the year when written; the season and its modifier are read from the text by `resolveMention`.
 */
export const seasonParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    // (`in spring 2006`: a season and its year with no "of")
    const written = match[2] ?? match[4];
    const year = written ? { year: Number(written) } : {};
    const result = context.createParsingResult(match.index ?? 0, match[0], year);
    result.addTag("presstrace/season");
    return result;
  },
};

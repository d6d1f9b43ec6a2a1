import type { Parser, ParsingContext } from "chrono-node";

// (not `the New Year Honours`, `the New Year Sprint`, `the New Year period`: a name or a noun it modifies)
const PATTERN = /(?<![\p{L}\p{N}])the\s+New\s+Year(?![\p{L}\p{N}'’-]|\s+(?:\p{Lu}|honours\b|holiday|period\b))/u;

/**
 * A chrono parser for `the New Year` as a time (`in the New Year`, `early in the New Year`): the coming
 * year, read by `dateMentions` as next year. Not `New Year's Day` (a holiday) nor `the New Year Honours`.
 */
export const newYearParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const result = context.createParsingResult(match.index ?? 0, match[0], {});
    result.addTag("presstrace/new-year");
    return result;
  },
};

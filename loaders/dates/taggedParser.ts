import type { Parser, ParsingContext } from "chrono-node";

/**
 * A chrono parser that marks every match of `pattern` with `tag` and no date components, for `dateMentions`
 * to read by its tag (`presstrace/year-end`, `presstrace/new-year`).
 */
export function taggedParser(pattern: RegExp, tag: string): Parser {
  return {
    pattern: () => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const result = context.createParsingResult(match.index ?? 0, match[0], {});
      result.addTag(tag);
      return result;
    },
  };
}

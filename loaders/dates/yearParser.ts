import type { Parser, ParsingContext } from "chrono-node";
import { lexiconSet } from "../lexicon/lexicon.ts";

const PATTERN =
  /(?<![\p{L}\p{N}])(?:(?:in|since|by|until|till|from|during|before|after|through|early|late|mid|between|of|and)\s+|mid-)((?:18|19|20)\d\d)(?![\p{L}\p{N}]|[.,]\d|\s*(?:%|per\s*cent|percent))(?:\s+(\p{L}+))?/iu;

/**
 * A chrono parser for a bare year after a preposition (`in 2001`, `since 2020`), which chrono's
 * English parsers leave alone. A year followed by a content word (`by 2000 votes`) is a number.
 */
export const yearParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const next = match[2];
    if (next && /^\p{Ll}/u.test(next) && !lexiconSet("dates/stopwords").has(next.toLowerCase())) return null;
    // The text keeps its preposition: chrono drops results that are a bare number.
    const end = match[0].indexOf(match[1]) + match[1].length;
    const result = context.createParsingResult(match.index ?? 0, match[0].slice(0, end), { year: Number(match[1]) });
    result.addTag("presstrace/year");
    return result;
  },
};

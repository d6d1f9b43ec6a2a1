import type { Parser, ParsingContext } from "chrono-node";
import { lexiconSet } from "../lexicon/lexicon.ts";
import { isYearKind } from "./isYearKind.ts";

const PATTERN = /(?<![\p{L}\p{N}])((?:19|20)\d\d)['’]s\s+(\p{L}[\p{L}-]*)/u;

/**
 * A chrono parser for a year in the possessive before a noun (`1985's Live Aid`, `1995's family fantasy movie`),
 * which `dateMentions` reads like `last year's`: the year alone, the noun phrase its happening; not a measure's
 * baseline (`2004's total`, `2003's record level`; lexicon `dates/baseline-nouns`) nor a year's kind of thing (`2004's
 * films`).
 */
export const possessiveYearParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const next = match[2];
    if (lexiconSet("dates/baseline-nouns").has(next.toLowerCase())) return null;
    // (`2004's films have not grabbed …`: a year's kind of thing, not a happening)
    if (isYearKind(next)) return null;
    // (`the mid 1990's`: a decade)
    const index = match.index ?? 0;
    if (/0$/.test(match[1]) && /(?:the|mid|early|late)[\s-]*$/i.test(context.text.slice(Math.max(0, index - 8), index)))
      return null;
    // The text keeps the noun (chrono drops results that are a bare number); `dateMentions` cuts it off.
    const result = context.createParsingResult(index, match[0], { year: Number(match[1]) });
    result.addTag("presstrace/modifier-year");
    return result;
  },
};

import type { Parser, ParsingContext } from "chrono-node";
import { lexiconSet } from "../lexicon/lexicon.ts";

const PATTERN =
  /(?<![\p{L}\p{N}])((?:in|into|since|by|until|till|from|during|before|after|through|throughout|early|late|mid|between|of|and|for)\s+|mid-)((?:1[0-9]|20)\d\d)(?![\p{L}\p{N}]|[.,]\d|\s*(?:%|per\s*cent|percent|[*×x]\s*\d|(?:GMT|BST|UTC|CET|EST|hours|hrs)\b|(?:to|-|–)\s*\d{3,4}\s*(?:GMT|BST|UTC)\b))(?:\s+(\p{L}+))?/iu;

/**
 * A chrono parser for a bare year after a preposition (`in 2001`, `since 2020`, `from 1642`, `into 2006`, `profits for
 * 2004`), which chrono's English parsers leave alone. After `by`, `of`, `for`, `from`, `between` or `and`, a year
 * followed by a content word (`by 2000 votes`) is a number.
 */
export const yearParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const [, preposition, year, next] = match;
    // After a preposition of time (`in 1995 former drummer …`, `passed in 2001 give`) a year is a year.
    const timeOnly = /^(?:in|into|since|until|till|during|before|after|through|throughout|early|late|mid)\b/i.test(
      preposition,
    );
    // (a year before 1800 is a number before a content word even after `in`: `in 1200 homes`; `from 1642` is a year)
    const old = Number(year) < 1800;
    if ((!timeOnly || old) && next && /^\p{Ll}/u.test(next) && !lexiconSet("dates/stopwords").has(next.toLowerCase()))
      return null;
    // The text keeps its preposition: chrono drops results that are a bare number.
    const end = match[0].indexOf(year) + year.length;
    const result = context.createParsingResult(match.index ?? 0, match[0].slice(0, end), { year: Number(year) });
    result.addTag("presstrace/year");
    return result;
  },
};

import type { Parser, ParsingContext } from "chrono-node";
import { lexiconSet } from "../lexicon/lexicon.ts";

const PATTERN =
  /(?<![\p{L}\p{N}])(?:in|during|for|over)\s+the\s+(first|second|third|fourth|final|last)\s+quarter(?:\s+of\s+the\s+year)?(?![\p{L}\p{N}-]|\s+of\b|\s+century\b)/iu;
const MONEY_OR_SHARE = /%|\bper\s?cent\b|[$£€¥]\s?\d/i;
/** The first month of a quarter named by its ordinal (`the fourth quarter` → October). */
export const QUARTER_FIRST_MONTH: Readonly<Record<string, number>> = {
  first: 1,
  second: 4,
  third: 7,
  fourth: 10,
  final: 10,
  last: 10,
};

/**
 * A chrono parser for a quarter of the year with no year written (`in the fourth quarter`, `in the second
 * quarter of the year`): its first month, resolved like a month alone. Only in a sentence about a
 * reporting period (a percentage, a sum of money, or a word of lexicon `dates/reporting-period-words`), so
 * a game's quarter is no date.
 */
export const quarterParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index ?? 0;
    const text = context.text;
    const from = Math.max(text.lastIndexOf(". ", index) + 1, 0);
    const to = text.indexOf(". ", index + match[0].length);
    const sentence = text.slice(from, to < 0 ? text.length : to);
    const words = lexiconSet("dates/reporting-period-words");
    const reporting =
      MONEY_OR_SHARE.test(sentence) || (sentence.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => words.has(w));
    if (!reporting) return null;
    const result = context.createParsingResult(index, match[0], { month: QUARTER_FIRST_MONTH[match[1].toLowerCase()] });
    result.addTag("presstrace/quarter");
    return result;
  },
};

import type { Parser, ParsingContext } from "chrono-node";
import { isYearKind } from "./isYearKind.ts";

/** A determiner or possessive before a year that modifies a noun (`the`, `his`, `England's`). */
export const YEAR_DETERMINER = String.raw`(?:the|a|an|his|her|its|their|this|that|\p{L}+['’]s|\p{L}+s['’])`;
const PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${YEAR_DETERMINER}\s+(?:(?!(?:of|in|for|to|on|at|by|from)\s)\p{Ll}+\s+)?((?:19|20)\d\d)(?:[-/–]((?:19|20)?\d\d))?\s+(\p{L}[\p{L}-]*)`,
  "u",
);

/**
 * A chrono parser for a year that modifies a noun after a determiner or possessive (`the 2003 World Cup`,
 * `the 1994 Rwandan genocide`, `the 2001 general election`, `the 2021-22 season` (its first year), `England's 2004
 * Six Nations campaign`, `his party's 2001 election defeat`, `Hughes' 1943 film`): the noun capitalised, or a
 * singular, or one that a year dates (lexicon `figures/year-heads`), not a count (`the 2000 workers`).
 */
export const modifierYearParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const [whole, year, second, next] = match;
    if (isYearKind(next)) return null;
    // (a sports season of two calendar years, `the 2021-22 season`, from its first; not a longer span, `his 1973-90
    // rule`, nor its end, `the end of the 2003-04 season`, nor a plan's year, `the 2023–24 humanitarian program`)
    if (second !== undefined) {
      if (!/^(?:season|campaign)$/i.test(next)) return null;
      if (Number(second.slice(-2)) !== (Number(year) + 1) % 100) return null;
      const before = context.text.slice(Math.max(0, (match.index ?? 0) - 12), match.index ?? 0);
      if (/\bend\s+of\s+$/i.test(before)) return null;
    }
    // "half their 1960 levels": a comparison's baseline, not a happening
    if (/^levels?$/i.test(next)) return null;
    const index = (match.index ?? 0) + whole.indexOf(year);
    // The text keeps the noun (chrono drops results that are a bare number); `dateMentions` cuts it off.
    const result = context.createParsingResult(index, whole.slice(whole.indexOf(year)), { year: Number(year) });
    result.addTag("presstrace/modifier-year");
    return result;
  },
};

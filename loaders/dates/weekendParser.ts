import type { Parser, ParsingContext } from "chrono-node";
import { lexiconSet } from "../lexicon/lexicon.ts";

const PATTERN =
  /(?<![\p{L}\p{N}])(?:(?:(?:at|over|during|on|by|until)\s+)?the|this|last|next|past)\s+weekend(?![\p{L}\p{N}-]|\s+of\b)/iu;

/**
 * A chrono parser for the weekend as a date (`at the weekend`, `over the weekend`, `last weekend`,
 * `this weekend`): a span that starts on a Saturday, read by `dateMentions` as that weekday. A weekend
 * that names a kind of thing (`the weekend papers`; lexicon `dates/slot-nouns`) is not a date, and `the
 * weekend of 9 and 10 July` is read from its days.
 */
export const weekendParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index ?? 0;
    const next = /^\s+(\p{Ll}+)/u.exec(context.text.slice(index + match[0].length))?.[1];
    if (next && lexiconSet("dates/slot-nouns").has(next)) return null;
    const result = context.createParsingResult(index, match[0], {});
    result.addTag("presstrace/weekend");
    return result;
  },
};

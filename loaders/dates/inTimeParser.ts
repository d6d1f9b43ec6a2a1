import type { Parser, ParsingContext } from "chrono-node";
import { numberWordsPattern } from "./numberWordsPattern.ts";

let pattern: RegExp | undefined;

/**
 * A chrono parser for a span counted forward from publication: `in two weeks' time`, `in five years time`,
 * and, opening a sentence, `In four days` (lexicon `dates/number-words` for the counts). `dateMentions`
 * reads it as a relative mention. Not a bare `in five years` inside a sentence, which is as often how long
 * something took (`prices doubled in five years`), nor `within a year`.
 */
export const inTimeParser: Parser = {
  pattern: () => {
    const numbers = numberWordsPattern();
    pattern ??= new RegExp(
      `(?<![\\p{L}\\p{N}])in\\s+(?:${numbers}|\\d{1,3}|an?)\\s+(?:days?|weeks?|months?|years?)(?:['’]s?)?(?:\\s+time)?(?![\\p{L}\\p{N}])`,
      "iu",
    );
    return pattern;
  },
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const at = match.index ?? 0;
    const timed = /\stime$/i.test(match[0]);
    // (without "time", only a sentence's opening phrase: "In four days, Unison will …")
    const opening = /^In\s/.test(match[0]) && /(?:^|[.!?]["”’]?\s+)$/.test(context.text.slice(0, at));
    if (!timed && !opening) return null;
    const result = context.createParsingResult(at, match[0], {});
    result.addTag("presstrace/in-time");
    return result;
  },
};

import type { Parser, ParsingContext } from "chrono-node";

/**
 * A chrono parser for a part of the publication's week or day, and the week just before it: `earlier in the
 * week` (the week's Monday, as `earlier this week`), `later in the week` (the day after publication), `earlier in
 * the day`, `later in the day` (the day itself), and, after a preposition, `the past week` / `the last seven days`
 * (a stretch up to publication: its first day, seven days back; `over the past week`, `in the last week`).
 * `dateMentions` reads it as a relative mention. Not `the last week of December` (a part of a month) nor `the past
 * week` as a subject.
 */
export const weekPartParser: Parser = {
  pattern: () =>
    /(?<![\p{L}\p{N}])(?:(?:earlier|later)\s+in\s+the\s+(?:week|day)|the\s+(?:past|last)\s+(?:week|seven\s+days|7\s+days))(?![\p{L}\p{N}'’-])/iu,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index ?? 0;
    if (/^the\s/i.test(match[0])) {
      // (`in the last week of 2003`: a part of the period after it)
      if (/^\s+of\b/i.test(context.text.slice(index + match[0].length))) return null;
      if (!/(?<![\p{L}])(?:over|in|during|for|throughout|across)\s+$/iu.test(context.text.slice(0, index))) return null;
    }
    const result = context.createParsingResult(index, match[0], {});
    result.addTag("presstrace/week-part");
    return result;
  },
};

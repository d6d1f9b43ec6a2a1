import type { Parser, ParsingContext } from "chrono-node";

/**
 * A chrono parser for the month `May` after a word that only a date follows (`since May`, `until May`, `from
 * May`, `next May`, `last May`, `early May`; `by May` only before `next year` or `this year`, not "written by May"),
 * which chrono leaves alone for fear of the verb (it reads `in May` itself). `May` must be written with its capital;
 * the text keeps the word before, which `dateMentions` cuts off (tag `presstrace/may`, as `mayNounParser`'s). Not
 * before a number (`until May 2008`, `since May 5`: chrono's own).
 */
export const mayParser: Parser = {
  pattern: () =>
    /(?<![\p{L}])(?:(?:since|until|till|from|before|after|during|through|throughout|next|last|early|late|mid)\s+May(?![\p{L}\p{N}'’-]|\s*,?\s*\d)|by\s+May(?=\s+(?:next|this)\s+year\b))/iu,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    if (!match[0].endsWith("May")) return null;
    const result = context.createParsingResult(match.index ?? 0, match[0], { month: 5 });
    result.addTag("presstrace/may");
    return result;
  },
};

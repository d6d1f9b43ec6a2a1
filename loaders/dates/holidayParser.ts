import type { Parser, ParsingContext } from "chrono-node";
import { lexicon, lexiconSet } from "../lexicon/lexicon.ts";

let table: Map<string, { month: number; day: number }> | undefined;
let pattern: RegExp | undefined;
let leads: RegExp | undefined;

function holidays(): Map<string, { month: number; day: number }> {
  table ??= new Map(
    lexicon("dates/holidays").map((line) => {
      const [, name, month, day] = /^(.*\S)\s+(\d\d)-(\d\d)$/.exec(line) ?? ["", line, "1", "1"];
      return [name.toLowerCase().replace(/'/g, "’"), { month: Number(month), day: Number(day) }];
    }),
  );
  return table;
}

/**
 * A chrono parser for the fixed-date holidays of lexicon `dates/holidays` (`Christmas Day`, `New
 * Year's Eve`, `Boxing Day`, `over Christmas`): a month and day without a year, resolved like `25 December`.
 * A one-word holiday before a lower-case word (`the Christmas period`) names a season, not a day; one
 * after a capitalised word inside a sentence is in a title (`Merry Christmas`), and one without a year is a
 * date only after a lead word (`at Christmas`, `this Christmas`; lexicon `dates/holiday-leads`).
 */
export const holidayParser: Parser = {
  pattern: () => {
    if (!pattern) {
      // As written, with capitals: `Christmas Day`, not `christmas day`.
      const names = lexicon("dates/holidays")
        .map((line) => line.replace(/\s+\d\d-\d\d$/, ""))
        .sort((a, b) => b.length - a.length)
        .map((n) => n.replace(/['’]/g, "['’]").replace(/ /g, "\\s+"));
      pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join("|")})(?![\\p{L}\\p{N}])`, "u");
    }
    return pattern;
  },
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const date = holidays().get(match[0].toLowerCase().replace(/'/g, "’").replace(/\s+/g, " "));
    if (!date) return null;
    // `the Christmas period`, `Halloween parties`: a one-word holiday before a noun names a season.
    const index = match.index ?? 0;
    const next = /^\s+(\p{Ll}+)/u.exec(context.text.slice(index + match[0].length))?.[1];
    if (!/\s/.test(match[0]) && next && !lexiconSet("dates/stopwords").has(next)) return null;
    // `Merry Christmas`, `Do They Know It's Christmas`: after a capitalised word inside a sentence, a title.
    const before = /(\S*)(\s+["“‘']?)(\p{Lu}[\p{L}'’]*)\s+$/u.exec(context.text.slice(0, index));
    if (before && !/^(?:On|In|At|By|Before|After|Since|Until|Over|From|During|This|Last|Next)$/.test(before[3]))
      return null;
    // `Christmas 1986`: a year written after the holiday is its year.
    const year = /^,?\s+((?:1[5-9]|20)\d\d)(?![\p{L}\p{N}])/u.exec(context.text.slice(index + match[0].length));
    // `their worst Christmas in a decade`: a one-word holiday is a date after a lead word (`at Christmas`).
    leads ??= new RegExp(
      `(?<![\\p{L}])(?:${lexicon("dates/holiday-leads")
        .map((w) => w.replace(/ /g, "\\s+"))
        .join("|")})\\s+$`,
      "iu",
    );
    if (!/\s/.test(match[0]) && !year && !leads.test(context.text.slice(Math.max(0, index - 20), index))) return null;
    const result = year
      ? context.createParsingResult(index, match[0] + year[0], { ...date, year: Number(year[1]) })
      : context.createParsingResult(index, match[0], date);
    result.addTag("presstrace/holiday");
    return result;
  },
};

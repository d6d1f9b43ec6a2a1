import { lexiconSet } from "../lexicon/lexicon.ts";

let abbreviations: ReadonlySet<string> | undefined;
let dateAbbreviations: ReadonlySet<string> | undefined;
let finalAbbreviations: ReadonlySet<string> | undefined;
let openers: ReadonlySet<string> | undefined;

/**
 * Whether `word` (as written, without its period) is an abbreviation whose period does not end a sentence
 * (lexicons `abbreviations` and `date-abbreviations`), `before` and `after` the text around it: "Gen.", "Sun."
 * for Sunday, "the Aug. 31 deadline", but not "The Sun." (a name: after "the", with no number after it), nor "Ltd."
 * or "U.S." before a sentence's opening word ("… Pty Ltd. In a statement, …"; lexicons `final-abbreviations`, and
 * `determiners`, `quotes/subject-openers`, `quotes/opening-phrase-words` for the openers).
 */
export function isAbbreviation(word: string, before: string, after: string): boolean {
  abbreviations ??= lexiconSet("abbreviations");
  dateAbbreviations ??= lexiconSet("date-abbreviations");
  const lower = word.toLowerCase();
  if (abbreviations.has(lower)) {
    finalAbbreviations ??= lexiconSet("final-abbreviations");
    openers ??= new Set(
      ["determiners", "quotes/subject-openers", "quotes/opening-phrase-words"].flatMap((l) => [...lexiconSet(l)]),
    );
    const next = /^\.\s+(\p{Lu}\p{Ll}*)(?![\p{L}\p{N}'’.-])/u.exec(after)?.[1];
    return !(finalAbbreviations.has(lower) && next !== undefined && openers.has(next.toLowerCase()));
  }
  return dateAbbreviations.has(lower) && !(/(?:^|\s)the\s+$/i.test(before) && !/^\.?\s*\d/.test(after));
}

import { lexiconSet } from "../lexicon/lexicon.ts";

let abbreviations: ReadonlySet<string> | undefined;
let dateAbbreviations: ReadonlySet<string> | undefined;

/**
 * Whether `word` (as written, without its period) is an abbreviation whose period does not end a sentence
 * (lexicons `abbreviations` and `date-abbreviations`), `before` and `after` the text around it: "Gen.", "Sun."
 * for Sunday, "the Aug. 31 deadline", but not "The Sun." (a name: after "the", with no number after it).
 */
export function isAbbreviation(word: string, before: string, after: string): boolean {
  abbreviations ??= lexiconSet("abbreviations");
  dateAbbreviations ??= lexiconSet("date-abbreviations");
  const lower = word.toLowerCase();
  if (abbreviations.has(lower)) return true;
  return dateAbbreviations.has(lower) && !(/(?:^|\s)the\s+$/i.test(before) && !/^\.?\s*\d/.test(after));
}

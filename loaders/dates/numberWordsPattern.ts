import { lexicon } from "../lexicon/lexicon.ts";

let alternation: string | undefined;

/** The counting words of lexicon `dates/number-words` (`two`, `fourteen`, `a couple of`) as a regex alternation. */
export function numberWordsPattern(): string {
  alternation ??= lexicon("dates/number-words")
    .map((line) => line.split(/\s+/)[0])
    .join("|");
  return alternation;
}

import { lexicon } from "../lexicon/lexicon.ts";
import { isFigureWord } from "./isFigureWord.ts";
import type { Word } from "./words.ts";

const QUALIFIERS = lexicon("figures/qualifiers").map((q) => q.split(/\s+/));

/**
 * Whether words open with a figure after a qualifier of it ("about 4,000 people …", "more than 1,200 homes …"): the
 * subject of a reported clause, not "about" a topic.
 */
export function opensWithQualifiedFigure(ws: readonly Word[]): boolean {
  return QUALIFIERS.some((q) => q.every((part, k) => ws[k]?.lower === part) && isFigureWord(ws[q.length]?.text ?? ""));
}

import type { Doc } from "../text/prepare.ts";
import type { FigureCandidate } from "../types.ts";

/** Figures (counts, money, percentages, durations), in text order. */
export function extractFigures(doc: Doc): FigureCandidate[] {
  void doc;
  return [];
}

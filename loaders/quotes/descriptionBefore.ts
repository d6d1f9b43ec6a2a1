import type { Span } from "../types.ts";
import type { QuoteLexicon } from "./quoteLexicon.ts";

/**
 * "In 2001, the company set up a fund …, but it later admitted …": the last description of an
 * organisation ("the company", "the Australian firm"; lexicon `quotes/org-anaphors`) earlier in the
 * sentence that ends at `at`, which a following "it" stands for; null when there is none.
 */
export function descriptionBefore(text: string, at: number, lex: QuoteLexicon): Span | null {
  const from = Math.max(0, at - 400);
  const ends = [...text.slice(from, at).matchAll(/[.!?]["”’]?\s+/g)];
  const last = ends.at(-1);
  const start = last ? from + last.index + last[0].length : from;
  const m = [...text.slice(start, at).matchAll(/(?<![\p{L}])the\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)(?=\s+\p{Ll})/giu)]
    .filter((x) => lex.orgAnaphors.has(x[1]))
    .at(-1);
  return m ? { start: start + m.index, end: start + m.index + m[0].length } : null;
}

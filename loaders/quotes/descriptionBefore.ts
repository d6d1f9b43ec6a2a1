import type { Span } from "../types.ts";
import type { QuoteLexicon } from "./quoteLexicon.ts";
import { sentenceStartBefore } from "./sentenceStartBefore.ts";

/**
 * "In 2001, the company set up a fund …, but it later admitted …": the last description of an
 * organisation ("the company", "the Australian firm"; lexicon `quotes/org-anaphors`) earlier in the
 * sentence that ends at `at`, which a following "it" stands for; null when there is none.
 */
export function descriptionBefore(text: string, at: number, lex: QuoteLexicon): Span | null {
  const start = sentenceStartBefore(text, at);
  const m = [...text.slice(start, at).matchAll(/(?<![\p{L}])the\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)(?=\s+\p{Ll})/giu)]
    .filter((x) => lex.orgAnaphors.has(x[1]))
    .at(-1);
  return m ? { start: start + m.index, end: start + m.index + m[0].length } : null;
}

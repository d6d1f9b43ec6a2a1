import { clauseOf } from "./clauseOf.ts";
import { figureLexicon } from "./figureLexicon.ts";
import type { FigureRead } from "./readFigure.ts";
import type { Token } from "./tokenize.ts";

/** The verb lemma written at token `k` (one word or a phrasal verb), with its length. */
function verbAt(t: readonly Token[], k: number): { lemma: string; length: number } | null {
  const lex = figureLexicon();
  if (t[k]?.kind !== "word") return null;
  if (k + 1 < t.length) {
    const two = lex.predicates.get(`${t[k].lower} ${t[k + 1].lower}`);
    if (two) return { lemma: two, length: 2 };
  }
  const one = lex.predicates.get(t[k].lower);
  return one ? { lemma: one, length: 1 } : null;
}

/**
 * The key verb lemma and unit of a figure's clause (`evacuate people`): the nearest verb from the
 * predicates lexicon before the figure in its clause, else the last one after it ("Afghans Canada
 * had promised to resettle"), else the nearest before it in the sentence; null where there is none.
 */
export function figurePredicate(tokens: readonly Token[], read: FigureRead): string | null {
  const clause = clauseOf(tokens, read.from, read.to);
  let lemma: string | null = null;
  for (let k = read.from - 1; k >= clause.from && !lemma; k--) lemma = verbAt(tokens, k)?.lemma ?? null;
  for (let k = read.to; k < clause.to && !lemma; k++) {
    // the last verb of a chain after the figure ("had promised to resettle")
    let last: string | null = null;
    for (let m = k; m < clause.to; m++) last = verbAt(tokens, m)?.lemma ?? last;
    lemma = last;
    break;
  }
  for (let k = clause.from - 1; k >= 0 && !lemma; k--) lemma = verbAt(tokens, k)?.lemma ?? null;
  if (!lemma) return null;
  const unit = (read.unit ?? "").toLowerCase();
  return unit ? `${lemma} ${unit}` : lemma;
}

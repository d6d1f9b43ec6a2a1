import { figureLexicon } from "./figureLexicon.ts";
import type { Token } from "./tokenize.ts";

/** The token range `[from, to)` of the clause around tokens `[start, end)` of a sentence. */
export function clauseOf(t: readonly Token[], start: number, end: number): { from: number; to: number } {
  const lex = figureLexicon();
  const isBreak = (k: number) => {
    const x = t[k];
    if (x.kind === "sym") return /^[,;:()—–]$/.test(x.text) || (x.text === "-" && x.space);
    return x.kind === "word" && lex.clauseBreaks.has(x.lower);
  };
  let from = start;
  while (from > 0 && !isBreak(from - 1)) from--;
  let to = end;
  while (to < t.length && !isBreak(to)) to++;
  return { from, to };
}

import type { QuoteLexicon } from "./quoteLexicon.ts";
import type { Word } from "./words.ts";

/** Whether `clause` is the wh-clause of a question cue ("questioned what would be exempted"). */
export function isQuestionClause(lex: QuoteLexicon, cue: string, clause: readonly Word[]): boolean {
  return (
    lex.questionCues.has(cue) &&
    /^(?:how|what|whether|why|if|when|who|where|which)$/.test(clause[0]?.lower ?? "") &&
    clause.length >= 3
  );
}

import { lexiconSet } from "../lexicon/lexicon.ts";
import type { QuoteLexicon } from "./quoteLexicon.ts";

const NOT_AGENTS = lexiconSet("quotes/not-agents");

/**
 * Whether a lower-case word is an agent noun, one that names someone by what they do ("bookmaker",
 * "campaigner", "futurologist", "matchwinner"): its ending (-er, -or, -ist, -ian), not a comparative, an
 * adverb or a time of year with that ending (lexicon `quotes/not-agents`), nor a word the lexicon marks as no
 * name or as inanimate.
 */
export function isAgentNoun(word: string, lex: QuoteLexicon): boolean {
  return (
    word.length >= 5 &&
    /^\p{Ll}[\p{Ll}-]*(?:er|or|ist|ian)$/u.test(word) &&
    !NOT_AGENTS.has(word) &&
    !lex.notNames.has(word) &&
    !lex.inanimateHeads.has(word)
  );
}

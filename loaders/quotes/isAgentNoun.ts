import type { QuoteLexicon } from "./quoteLexicon.ts";

// Words with an agent noun's ending that name no one.
const NOT_AGENTS = new Set([
  "former",
  "latter",
  "other",
  "further",
  "rather",
  "either",
  "neither",
  "together",
  "however",
  "whether",
]);

/**
 * Whether a lower-case word is an agent noun, one that names someone by what they do ("bookmaker",
 * "campaigner", "futurologist", "matchwinner"): its ending (-er, -or, -ist, -ian), not a comparative or an
 * adverb with that ending, nor a word the lexicon marks as no name or as inanimate.
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

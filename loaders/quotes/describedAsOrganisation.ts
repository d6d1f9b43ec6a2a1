import type { Entities } from "./entities.ts";
import type { QuoteLexicon } from "./quoteLexicon.ts";
import { isOrganisationNoun } from "./isOrganisationNoun.ts";

// The word right before `start` is an organisation's noun ("media group Reuters").
function organisationNounBefore(text: string, lex: QuoteLexicon, start: number): boolean {
  // ("think-tank Demos": a hyphenated noun whole)
  const noun = /(\p{Ll}[\p{Ll}-]*),?\s+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  return noun !== undefined && isOrganisationNoun(noun, lex);
}

/**
 * Whether the article introduces `name` with an organisation's noun right before it ("media group Reuters",
 * "computer maker Apple"; lexicons `quotes/org-anaphors` and `quotes/org-heads`), in a mention before `before`.
 */
export function describedAsOrganisation(
  text: string,
  ents: Entities,
  lex: QuoteLexicon,
  name: string,
  before = Infinity,
): boolean {
  return ents.mentions.some((y) => y.name === name && y.start < before && organisationNounBefore(text, lex, y.start));
}

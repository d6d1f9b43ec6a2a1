import type { QuoteLexicon } from "./quoteLexicon.ts";

/**
 * Whether the word right before `start` is an organisation's noun ("media group Reuters", "computer maker
 * Apple"; lexicons `quotes/org-anaphors` and `quotes/org-heads`).
 */
export function describedAsOrganisation(text: string, lex: QuoteLexicon, start: number): boolean {
  const noun = /(\p{Ll}+),?\s+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  return noun !== undefined && (lex.orgAnaphors.has(noun) || lex.orgHeads.has(noun));
}

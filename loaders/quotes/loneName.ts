import { describedAsOrganisation } from "./describedAsOrganisation.ts";
import type { Entities, Mention } from "./entities.ts";
import type { QuoteLexicon } from "./quoteLexicon.ts";

/**
 * A lone capitalised word never given a first name or title ("Marsh posted …") is an organisation: it
 * speaks somewhere, and is used mid-sentence too (so not a capitalised common word, "Analysts expect …"), or
 * the article introduces it with an organisation's noun ("computer maker Apple"), or its verb is followed by
 * "its" ("GlaxoSmithKline saw its profits fall").
 */
export function loneName(text: string, ents: Entities, lex: QuoteLexicon, x: Mention): boolean {
  return (
    !x.named &&
    !x.name.includes(" ") &&
    !lex.anonymousHeads.has(x.name.toLowerCase()) &&
    !lex.commonFirstNames.has(x.name.toLowerCase()) &&
    ((ents.mentions.some((y) => y.name === x.name && y.speaks) &&
      ents.mentions.some(
        (y) => y.name === x.name && /[\p{Ll},]\s+$/u.test(text.slice(Math.max(0, y.start - 3), y.start)),
      )) ||
      describedAsOrganisation(text, ents, lex, x.name) ||
      // ("GlaxoSmithKline saw its profits fall": a subject whose verb is followed by "its")
      ents.mentions.some(
        (y) =>
          y.name === x.name &&
          /^\s+(?:(?!(?:of|for|in|on|to|at|by|with|from|and|or)\s)\p{Ll}+\s+){1,2}its\s/u.test(
            text.slice(y.end, y.end + 40),
          ),
      )) &&
    !lex.notNames.has(x.name.toLowerCase())
  );
}

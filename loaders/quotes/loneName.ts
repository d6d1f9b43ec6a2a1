import { describedAsOrganisation } from "./describedAsOrganisation.ts";
import type { Entities, Mention } from "./entities.ts";
import type { QuoteLexicon } from "./quoteLexicon.ts";

/** What the article's mentions of one name show: it speaks, it stands mid-sentence, its verb is followed by "its". */
interface NameFacts {
  speaks: boolean;
  midSentence: boolean;
  itsAfter: boolean;
  whichAfter: boolean;
}

// ("GlaxoSmithKline saw its profits fall": a subject whose verb is followed by "its")
// ("Northvale, which makes hearing aids, said": a relative "which", not "who", after it)
const WHICH_AFTER = /^,\s+which\s/;
const ITS_AFTER = /^\s+(?:(?!(?:of|for|in|on|to|at|by|with|from|and|or)\s)\p{Ll}+\s+){1,2}its\s/u;

// The facts of every name, read once per article.
const factsOf = new WeakMap<Entities, Map<string, NameFacts>>();
function nameFacts(text: string, ents: Entities): Map<string, NameFacts> {
  let facts = factsOf.get(ents);
  if (facts) return facts;
  facts = new Map();
  for (const y of ents.mentions) {
    const f = facts.get(y.name) ?? { speaks: false, midSentence: false, itsAfter: false, whichAfter: false };
    f.speaks ||= y.speaks;
    f.midSentence ||= /[\p{Ll},]\s+$/u.test(text.slice(Math.max(0, y.start - 3), y.start));
    f.itsAfter ||= ITS_AFTER.test(text.slice(y.end, y.end + 40));
    f.whichAfter ||= WHICH_AFTER.test(text.slice(y.end, y.end + 9));
    facts.set(y.name, f);
  }
  factsOf.set(ents, facts);
  return facts;
}

/**
 * A lone capitalised word never given a first name or title ("Marsh posted …") is an organisation: it
 * speaks somewhere, and is used mid-sentence too (so not a capitalised common word, "Analysts expect …"), or
 * the article introduces it with an organisation's noun ("computer maker Apple"), or its verb is followed by
 * "its" ("GlaxoSmithKline saw its profits fall"), or a relative "which" follows it somewhere
 * ("Northvale, which makes hearing aids, said …").
 */
export function loneName(text: string, ents: Entities, lex: QuoteLexicon, x: Mention): boolean {
  if (x.named || x.name.includes(" ")) return false;
  const lower = x.name.toLowerCase();
  if (lex.anonymousHeads.has(lower) || lex.commonFirstNames.has(lower) || lex.notNames.has(lower)) return false;
  const f = nameFacts(text, ents).get(x.name);
  return (
    (f !== undefined && ((f.speaks && f.midSentence) || f.itsAfter || f.whichAfter)) ||
    describedAsOrganisation(text, ents, lex, x.name)
  );
}

import { lexiconSet } from "../lexicon/lexicon.ts";
import { reportBefore, type ClauseSite } from "./clauseSite.ts";
import type { Verdict } from "./cueSite.ts";
import { REQUEST_PREPOSITION } from "./requestPreposition.ts";
import { words } from "./words.ts";

const NOUN_BEFORE = lexiconSet("quotes/noun-markers");
const PASSIVE = lexiconSet("quotes/passive-markers");
const OBJECT_PRONOUNS = lexiconSet("quotes/hearers");
/** The sentence's own reporting verb after a comma (", said Mr Trainor", ", said the talks …"). */
const OWN_VERB = /,\s+(?:\p{Lu}\S*\s+){0,3}(?:said|says|added|adds|told|tells)\b/u;

/** "urged ministers to act", "vowed to cut taxes": an object cue reports the rest of its sentence. */
export function cueObjectClause(x: ClauseSite): Verdict {
  if (x.cls !== "object") return undefined;
  const { ctx, w, s, cueEnd, prevWord } = x;
  const { text, lex } = ctx;
  const rest = text.slice(cueEnd, s.end);
  if (lex.commissiveCues.has(w.lower)) {
    // "vowed to cut taxes": the infinitive is the report, not "pledged their support to …",
    // nor a short one with a gap ("refugees it had promised to bring back").
    // ("vowed not to campaign", "pledged never to return": a negated one too)
    const inf = /^\s+(?:(?:not|never)\s+)?to\s+(\p{Ll}+)\b/u.exec(rest);
    const lead = words(text, s.start, w.start).map((y) => y.lower);
    // "The company, which hopes to keep its place, also said …": not a relative clause's cue (the sentence's
    // own verb follows) …
    const relative =
      /^(?:which|who|that)$/.test(lead.at(-1) ?? "") ||
      (/^(?:is|are|was|were|has|have|had)$/.test(lead.at(-1) ?? "") && /^(?:which|who|that)$/.test(lead.at(-2) ?? ""));
    // … nor a participle with no comma or auxiliary before it ("A singer hoping to perform in the US can expect …")
    const participle =
      /ing$/.test(w.lower) &&
      !/^(?:is|are|was|were|am|be|been)$/.test(lead.at(-1) ?? "") &&
      !/,\s*$/.test(text.slice(s.start, w.start));
    if (
      relative ||
      participle ||
      !inf ||
      words(text, cueEnd, s.end).length < 4 ||
      // "… promise to cram more power in, said Mr Trainor": the sentence has its own speaker.
      OWN_VERB.test(rest) ||
      NOUN_BEFORE.has(inf[1]) ||
      OBJECT_PRONOUNS.has(inf[1]) ||
      (PASSIVE.has(prevWord?.lower ?? "") && /ed$/.test(w.lower))
    )
      return null;
  } else {
    if (!/\s(?:to|of)\s/.test(rest)) return null;
    // "A senior official, who asked not to be named, said …": a relative clause's cue before the sentence's own
    // reporting verb reports nothing of its own.
    if (/^(?:who|which|that)$/.test(prevWord?.lower ?? "") && OWN_VERB.test(rest)) return null;
    // "Eastwood was tipped to take …", "urged to act": a passive has no object before its clause.
    if (/^\s*(?:to|as|of|by)\s/.test(rest)) return null;
    // ("asked for a meeting with federal officials to discuss …": a request's preposition has no object before it)
    if (REQUEST_PREPOSITION.test(rest)) return null;
    // ("The company asked not to be named, citing …": a source's wish to stay anonymous reports nothing)
    if (/^\s*not\s+to\s+be\s+(?:named|identified)\b/.test(rest)) return null;
  }
  return reportBefore(x, cueEnd, s.end, "cue-object-clause");
}

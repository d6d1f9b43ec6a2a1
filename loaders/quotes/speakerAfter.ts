import type { Verdict } from "./cueSite.ts";
import { subjectAfter } from "./phrases.ts";
import { resolveSpeaker } from "./resolveSpeaker.ts";
import type { SpeakerSite } from "./speakerSite.ts";
import type { QuoteLexicon } from "./quoteLexicon.ts";
import { words, type Word } from "./words.ts";
import { lexiconSet } from "../lexicon/lexicon.ts";

const SAYING = lexiconSet("quotes/cues-saying");

// A few words with no verb among them (a word in -s may be a verb, so a plural noun is not taken for one of them).
const verblessPhrase = (ws: readonly Word[], lex: QuoteLexicon) =>
  ws.length <= 8 && !ws.some((v) => lex.finite.has(v.lower) || /^\p{Ll}{3,}(?:ed|s)$/u.test(v.text));

/** Speaker after the cue: "…, said the source", "The idea, says BT, is …", "…, say the Tories". */
export function speakerAfter(x: SpeakerSite): Verdict {
  const { ctx, w, s, cueEnd, cue } = x;
  const { text, lex } = ctx;
  // ('Insured damage could be a fraction of the "billions of dollars," said …': a quotation that closes right
  // before the cue but opens inside the sentence ends a clause of the narrator's words)
  const q = ctx.quoteAt(w.start - 2);
  const inside =
    q !== undefined &&
    !q.single &&
    /^\s*$/.test(x.before) &&
    q.open > s.start &&
    /\p{L}/u.test(text.slice(s.start, q.open)) &&
    !/[,:]\s*$/.test(text.slice(s.start, q.open)) &&
    // (a fragment, not a sentence after a lost full stop: 'in Brussels "The EU has reiterated …," said …')
    /^["“]?\s*\p{Ll}/u.test(text.slice(q.open, q.open + 3));
  const from = inside ? s.start : x.from;
  const before = inside ? text.slice(s.start, w.start) : x.before;
  // ("… in particular the UK, France and Spain, said the report.": a description that ends the sentence after the
  // cue is its speaker, whatever the words before the comma looked like)
  // (said, says, added or adds, and a noun phrase that runs to the sentence's end: not "said the ruling
  // "dramatically transforms" the lawsuit", "claims an audience of a billion")
  const described =
    x.subject !== null &&
    /^(?:said|says|added|adds)$/.test(w.lower) &&
    /^\s+(?:the|a|an)\s/i.test(text.slice(cueEnd, cueEnd + 5)) &&
    /^[^,;:"“”]*$/.test(text.slice(cueEnd, s.end)) &&
    verblessPhrase(words(text, cueEnd, s.end), lex);
  const afterPhrase = described ? subjectAfter(ctx, cueEnd, s.end) : null;
  const inverted = afterPhrase !== null && /^[\s.!?]*$/.test(text.slice(afterPhrase.end, s.end));
  const subj =
    // (…", told Associated Press": after "told" comes the hearer, never the speaker.)
    // ("our hopes, fears and beliefs": a cue word in a list is a noun.)
    (!x.subject || inverted) &&
    !x.progressive &&
    // ('… of the "billions of dollars," said X': the comma may close a quotation)
    // ("… internet regulation remains a political issue said MP Richard Allan, …": a comma left out before a cue
    // whose capitalised speaker ends the sentence or meets a comma; lexicon `quotes/cues-saying`)
    (/,["”]?\s*$/.test(before) ||
      (SAYING.has(w.lower) &&
        /\p{Ll}\s+$/u.test(before) &&
        words(text, from, w.start).length >= 5 &&
        /^\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*\s*(?:[,.]|$)/u.test(text.slice(cueEnd, s.end)))) &&
    x.cls === "speech" &&
    !/^\s+(?:and|or)\s/.test(text.slice(cueEnd, cueEnd + 5))
      ? subjectAfter(ctx, cueEnd, s.end)
      : null;
  if (!subj) return undefined;
  const who = resolveSpeaker(text, subj.start, subj.end, ctx.ents, lex, subj.appositive);
  const rest = text.slice(subj.end, s.end);
  // "By contrast, says Mr Cox, the Mac mini is …": a short opening phrase, the clause after.
  // ("But in some cases, said the report, people were …": an opening conjunction does not count)
  const lead = words(text, from, w.start).filter((v, k) => !(k === 0 && /^(?:but|and|yet|so)$/.test(v.lower)));
  const afterSpeaker = words(text, subj.end, s.end).length;
  // ("On a larger scale, said Mr Trainor, improvements in … can reduce …": a longer prepositional phrase too)
  const phraseLead =
    lead.length <= 6 &&
    /^(?:on|in|at|for|by|with|from|under|over|after|before|during|without|beyond|across|within|among)$/.test(
      lead[0]?.lower ?? "",
    ) &&
    !lead.some((v) => lex.finite.has(v.lower));
  const shortLead = (lead.length <= 3 || phraseLead) && afterSpeaker >= 3;
  // ("What this means, said Stacey Jolna, senior vice president of …, is that …": past an appositive too)
  // ("The European ministers' comments, said Junya Tanase of JPMorgan Chase bank in Tokyo, were …": past the
  // source's place too)
  const verbNext =
    /^(?:\s+(?:in|at|from)\s+[^,;:"“”]{1,40})?,\s+(?:[^,;:"“”]{1,90},\s+)?(?:is|are|was|were|will|would|has|have|had|can|could|should|may|might|must)\b/.test(
      rest,
    ) || /^\s+(?:is|was|will)\b/.test(rest);
  // "Although teenage virus writers will still play …, said Mr Hogan, 2004 saw …": a subordinate clause
  // before the cue and its main clause after it are one report.
  const subordinate =
    /^\s*(?:Although|Though|While|If|When|Because|Since|Unless|Despite|Even)\b/.test(before) &&
    /^,\s/.test(rest) &&
    afterSpeaker >= 4;
  // "Digital cameras were the most popular choice …, said the survey, with nearly 40% choosing this …",
  // "…, says the BBC, because it gives people more control": a reason or an attendant fact after the cue
  // goes on with the report.
  const adjunct = /^,\s+(?:with|because)\s/.test(rest) && lead.length >= 4 && afterSpeaker >= 4;
  const around = verbNext || subordinate || adjunct || (shortLead && /^,\s/.test(rest));
  const lastComma = /,["”]\s*$/.test(before) ? before.trimEnd().length : before.replace(/,\s*$/, "").length;
  return {
    cue,
    subject: subj,
    who,
    // ("But, says Dr Nielsen, some things …": an opening connective is not part of the clause.)
    clauseStart: around && !verbNext && !subordinate && !adjunct ? subj.end + 1 : from,
    clauseEnd: around ? s.end : from + lastComma,
    order: around ? "around" : "after",
    rule: around ? "parenthetical-cue" : "cue-speaker-after",
  };
}

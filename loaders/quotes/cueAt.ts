import type { QuoteLexicon } from "./quoteLexicon.ts";
import type { Word } from "./words.ts";
import { isDocumentHead } from "./isDocumentHead.ts";
import { lexiconSet } from "../lexicon/lexicon.ts";

const DETERMINERS = lexiconSet("determiners");
const HEARING_CUES = lexiconSet("quotes/cues-hearing");
const HEARING_BODIES = lexiconSet("quotes/hearing-bodies");

/** The class of cue a word (with the next one for "call on", "according to") starts, or null. */
export type CueClass = "speech" | "recipient" | "object" | "predicative" | "according";

// "figures show", "data from the CML showed", "figures released by the Cabinet Office showed": a document or
// data noun heads the words before an evidential cue (not "the Geneva motor show").
function documentBefore(ws: readonly Word[], i: number, lex: QuoteLexicon): boolean {
  // ("Ericsson's research has shown": past an auxiliary or adverb)
  let at = i;
  while (at > 0 && /^(?:has|have|had|will|would|may|might|could|also|clearly|now)$/.test(ws[at - 1].lower)) at--;
  for (let k = at - 1; k >= Math.max(0, at - 9); k--) {
    const w = ws[k].lower;
    if (!(isDocumentHead(w, lex) || lex.dataHeads.has(w))) continue;
    return k === at - 1 || /^(?:by|from|of|released|published|compiled|issued)$/.test(ws[k + 1].lower);
  }
  return false;
}

// "…, a coronial inquest has heard", "The court heard that …": a hearing body right before a cue of hearing (past
// an auxiliary); lexicons `quotes/cues-hearing` and `quotes/hearing-bodies`.
function hearingBefore(ws: readonly Word[], i: number): boolean {
  if (!HEARING_CUES.has(ws[i].lower)) return false;
  let at = i;
  while (at > 0 && /^(?:has|have|had|was|will|would|also)$/.test(ws[at - 1].lower)) at--;
  return at > 0 && HEARING_BODIES.has(ws[at - 1].lower);
}

/** How many words the cue at `ws[i]` spans, and its class; null when `ws[i]` is not a cue. */
export function cueAt(ws: readonly Word[], i: number, lex: QuoteLexicon): { cls: CueClass; n: number } | null {
  const w = ws[i].lower;
  const next = ws[i + 1]?.lower;
  // "Ed Balls hinted at …": a hint at something reports no clause and introduces no quotation.
  if (next === "at" && /^hint(?:s|ed|ing)?$/.test(w)) return null;
  if (w === "according" && next === "to") return { cls: "according", n: 2 };
  // ("called for the embargo to be lifted": a call for something is a cue only with an object's infinitive, not
  // "called for calm", "called for changes to the law")
  const callFor = next === "for" && /^call(?:s|ed|ing)?$/.test(w);
  const infinitive = (k: number) =>
    ws[k]?.lower === "to" &&
    /^\p{Ll}+$/u.test(ws[k + 1]?.text ?? "") &&
    !DETERMINERS.has(ws[k + 1].lower) &&
    !/^\p{Ll}{4,}ing$/u.test(ws[k + 1].text);
  if (callFor && !ws.slice(i + 3, i + 14).some((_, k) => infinitive(i + 3 + k))) return null;
  if (next && lex.objectCues.has(`${w} ${next}`)) return { cls: "object", n: 2 };
  // "vowed to cut taxes": a cue that is also an object cue reports its infinitive.
  // ("vowed not to campaign", "pledged never to return")
  const toNext = next === "to" || ((next === "not" || next === "never") && ws[i + 2]?.lower === "to");
  if (toNext && lex.objectCues.has(w)) return { cls: "object", n: 1 };
  // "advised him not to rush back", "warned fans not to travel", "pleaded with visiting fans not to protest": advice,
  // its object, then the object's infinitive
  const advice = next && lex.adviceCues.has(`${w} ${next}`) ? 2 : lex.adviceCues.has(w) ? 1 : 0;
  if (advice) {
    const o = i + advice;
    const to = ws.slice(o + 1, o + 5).findIndex((y) => y.lower === "to");
    const object = ws.slice(o, o + 1 + to).filter((y) => y.lower !== "not");
    // (not a thing encouraged: "encouraged construction of new capacity to solve shortages")
    if (
      to >= 0 &&
      !object.some((y) => y.lower === "that" || y.lower === "of" || lex.finite.has(y.lower)) &&
      // (an infinitive, not "challenge them to the award")
      /^\p{Ll}/u.test(ws[o + 2 + to]?.text ?? "") &&
      !DETERMINERS.has(ws[o + 2 + to].lower)
    )
      return { cls: "object", n: advice };
  }
  // ("has made it clear he is determined …": a three-word cue)
  if (next && ws[i + 2] && lex.cues.has(`${w} ${next} ${ws[i + 2].lower}`)) return { cls: "speech", n: 3 };
  if (next && lex.cues.has(`${w} ${next}`)) return { cls: "speech", n: 2 };
  // ("The High Court ruled on Tuesday that …": a time phrase inside a cue that takes "that")
  if (lex.cues.has(`${w} that`)) {
    const that = ws.slice(i + 1, i + 5).findIndex((y) => y.lower === "that");
    if (that > 0 && ws.slice(i + 1, i + 1 + that).every((y) => lex.timeWords.has(y.lower)))
      return { cls: "speech", n: that + 2 };
  }
  if (lex.cues.has(w) || (lex.evidentialCues.has(w) && documentBefore(ws, i, lex)) || hearingBefore(ws, i))
    return { cls: "speech", n: 1 };
  // '…," Prof Etzioni continues.', '…, the Law Lords have ruled.': a cue only where the attribution ends, or
  // before a participle cue ('…," he continued, adding that …')
  const addedCue = (k: number) => k === ws.length || (/ing$/.test(ws[k].lower) && lex.cues.has(ws[k].lower));
  if (addedCue(i + 1) && lex.directCues.has(w)) return { cls: "speech", n: 1 };
  if (i < ws.length - 1 && addedCue(i + 2) && lex.directCues.has(`${w} ${next}`)) return { cls: "speech", n: 2 };
  // "questioned what would be exempted", "asked whether …": a question's cue before its wh-word
  if (lex.questionCues.has(w) && /^(?:how|what|whether|why|if|when|who|where|which)$/.test(next ?? ""))
    return { cls: "speech", n: 1 };
  if (lex.recipientCues.has(w)) return { cls: "recipient", n: 1 };
  if (lex.objectCues.has(w)) return { cls: "object", n: 1 };
  if (lex.predicativeCues.has(w)) return { cls: "predicative", n: 1 };
  return null;
}

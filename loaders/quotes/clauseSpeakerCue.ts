import { lexicon } from "../lexicon/lexicon.ts";
import type { ClauseSite } from "./clauseSite.ts";
import type { Verdict } from "./cueSite.ts";
import { cueTail } from "./cueTail.ts";
import { isTimeClause } from "./isTimeClause.ts";
import { phraseStart } from "./phrases.ts";
import { timeThenComma } from "./timeThenComma.ts";
import { words } from "./words.ts";
import { looksPlural } from "./looksPlural.ts";
import { missingFullStop } from "./missingFullStop.ts";

// A statement, interview or message the words were said in ("in a statement", "in an interview with …"; lexicon
// `quotes/said-in-nouns`).
let reportAdjunct: RegExp | undefined;

/** Sentence-final attribution: "…, Eyre said." / "…, a defence source tells CBC News." */
export function clauseSpeakerCue(x: ClauseSite): Verdict {
  const { ctx, cls, cueEnd, from, start, subject, cue, who } = x;
  const { text, lex } = ctx;
  const { lead, tailEnd, tail, fragment, ownCue, inside } = cueTail(x);
  // ("New episodes of 24, Desperate Housewives and Six Feet Under, appear on the web …, said a report": a
  // closing attribution's speaker stands right before its cue)
  // (an appositive set off after it is no verb's: "Rabbi Marvin Hier, founder of … Center said")
  const between = words(text, subject.end, x.w.start);
  if (between.length > 3 && between.some((y) => lex.finite.has(y.lower))) return null;
  // ("…, US firms added only 146,000 jobs in January": an object before the circumstance is no cue's)
  const circumstance =
    start !== null &&
    start < tailEnd &&
    /^(?:in|on|during|at)\s/i.test(text.slice(start, start + 7)) &&
    words(text, cueEnd, start).filter((y) => !lex.timeWords.has(y.lower)).length <= (cls === "recipient" ? 3 : 1);
  // ("…, Sony told an audience at the E3 exhibition in Los Angeles": a hearer, then where it heard it)
  const at = tail.findIndex((y) => /^(?:at|in|on|during)$/.test(y.lower));
  const heardAt =
    cls === "recipient" && at >= 1 && at <= 3 && tail.length - at <= 6 && !tail.some((y) => lex.finite.has(y.lower));
  // ("…, Michael Howard pledged as he unveiled the first part of the Tory election manifesto": when it was said)
  const when = isTimeClause(tail) && tailEnd === x.s.end && /^\s+\p{Ll}/u.test(text.slice(cueEnd, cueEnd + 2));
  // ("…, the publisher said in a statement to the London Stock Exchange": where it was said, with no verb of its own)
  const saidIn =
    (reportAdjunct ??= new RegExp(
      `^\\s+in\\s+(?:a|an|its|his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${lexicon("quotes/said-in-nouns").join("|")})\\b`,
      "iu",
    )).test(text.slice(cueEnd, cueEnd + 60)) &&
    tail.length <= 12 &&
    !tail.some((y) => lex.finite.has(y.lower));
  // ("…, the province announced Wednesday, but the club … still has to raise …": a closing cue, its time, then a
  // clause of the narrator's own after a conjunction)
  const conj = /^((?:\s+[\p{L}-]+){0,3},\s+)(?:but|while|although|though|whereas|and)\s/u.exec(
    text.slice(cueEnd, x.s.end),
  );
  const joined = conj !== null && timeThenComma(text, lex, cueEnd, cueEnd + conj[1].length);
  // ("According to forecasts, HSBC will report profits of £9.4bn": a plural noun after the cue is its object)
  const object = cls === "speech" && looksPlural(tail[0]?.text ?? "");
  // ("In 23 cases, customers reported smoke damage": a short prepositional phrase before the subject is no report)
  const leadWords = words(text, from, subject.start);
  const phrase =
    leadWords.length <= 5 &&
    /^(?:in|on|at|for|with|during|after|before|by|from|under|over|since|until)$/.test(leadWords[0]?.lower ?? "") &&
    !leadWords.some((y) => lex.finite.has(y.lower) || /^\p{Ll}{3,}ed$/u.test(y.text));
  if (phrase) return null;
  // ("…, up from the $85 million the ownership group estimated": a figure compared, whose relative clause has the cue)
  if (/^(?:(?:up|down)\s+from|from|than|compared\s+with|compared\s+to)\s/i.test(text.slice(subject.start, subject.end)))
    return null;
  // ("Asked whether Canada would return in 2025, he laughed.": the question put to the speaker is no report)
  if (/^Asked\s+(?:what|whether|if|how|why|when|who|where|which|about)\b/.test(text.slice(from, from + 20)))
    return null;
  // ('… has expressed doubts about his future "I think Sean's situation is …," he said': the quotation is the
  // report, not the sentence around it)
  if (fragment && missingFullStop(ctx, fragment, from)) return null;
  // ("…, minister Yuri Trutnev was quoted as saying by the Interfax news agency": the agent who quoted him)
  const quotedBy =
    /\bquoted\s+as\s+saying$/i.test(text.slice(Math.max(0, cueEnd - 24), cueEnd)) &&
    /^\s+by\s/.test(text.slice(cueEnd, cueEnd + 4));
  if (!(
    /,["”]?\s+$/.test(lead) &&
    !ownCue &&
    !inside &&
    !object &&
    lead.trim().length > 1 &&
    (tail.length <= 3 || circumstance || heardAt || when || quotedBy || saidIn || joined)
  ))
    return null;
  return {
    cue,
    subject,
    who,
    clauseStart: from,
    // ("…, her lawyer, Perry Wander, said": the description set off before the name is not what was said.)
    clauseEnd:
      from +
      text
        .slice(from, phraseStart(text, subject, from))
        .replace(/,\s*$/, "")
        .trimEnd().length,
    order: "after",
    rule: "clause-speaker-cue",
  };
}

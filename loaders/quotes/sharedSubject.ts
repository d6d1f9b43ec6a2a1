import { clauseAfter } from "./clauseAfter.ts";
import { REQUEST_PREPOSITION } from "./requestPreposition.ts";
import type { Verdict } from "./cueSite.ts";
import { isQuestionClause } from "./isQuestionClause.ts";
import { isClause } from "./isClause.ts";
import { predicativeEnd } from "./predicativeEnd.ts";
import { sharedSpeaker } from "./sharedSpeaker.ts";
import type { SpeakerSite } from "./speakerSite.ts";

/**
 * A participle, infinitive or coordinated cue ("…, saying …", "to suggest …", "and said …") shares the
 * subject of its sentence.
 */
export function sharedSubject(x: SpeakerSite): Verdict {
  const { ctx, w, s, all, after, cls, cueEnd, cue } = x;
  const shared = x.subject ? null : sharedSpeaker(x);
  if (!shared) return undefined;
  const { head, subject, who } = shared;
  // 'He thanked Eastwood and described the film as "a labour of love"': a shared predicative cue too.
  const quotedAfter = cls === "predicative" ? predicativeEnd(ctx, cueEnd, s.end) : null;
  if (who && quotedAfter !== null)
    return {
      cue,
      subject,
      who,
      clauseStart: cueEnd,
      clauseEnd: quotedAfter,
      order: "before",
      rule: "shared-predicative-quote",
    };
  // ("… and had asked for a meeting with federal officials": a request reports nothing)
  if (cls === "object" && REQUEST_PREPOSITION.test(ctx.text.slice(cueEnd, cueEnd + 12))) return null;
  const start = cls === "object" ? cueEnd : clauseAfter(ctx, after, 0, cls, w.lower);
  if (!who || start === null) return null;
  if (/,/.test(ctx.text.slice(cueEnd, start)) && !/^that\b/i.test(ctx.text.slice(start, start + 5))) return null;
  const clauseWords = all.filter((y) => y.start >= start);
  // ("and questioned how Labour would fund its plans": a question cue's wh-clause)
  if (cls !== "object" && !isClause(ctx, clauseWords) && !isQuestionClause(ctx.lex, w.lower, clauseWords)) return null;
  return {
    cue,
    subject,
    who,
    clauseStart: start,
    clauseEnd: s.end,
    order: "before",
    rule: head ? "coordinated-cue" : "shared-subject-cue",
  };
}

import { clauseAfter } from "./clauseAfter.ts";
import type { Found } from "./cueSite.ts";
import type { Phrase } from "./phrases.ts";
import { resolveSpeaker, type Attribution } from "./resolveSpeaker.ts";
import type { SpeakerSite } from "./speakerSite.ts";
import type { Word } from "./words.ts";
import { isParticipleCue } from "./isParticipleCue.ts";

/** A speaker site whose speaker precedes the cue, with the clause after the cue. */
export interface ClauseSite extends SpeakerSite {
  subject: Phrase;
  who: Attribution | null;
  /** Where the clause after the cue starts (past its hearer and circumstances), and its words. */
  start: number | null;
  clauseWords: readonly Word[];
  /** "he said, insisting he …": the participle reports the clause, not the cue before it. */
  participle: boolean;
  /**
   * "said, referring to the first false entries, …": a participle set off by a comma is not what was said, nor
   * is a subordinate clause after a cue that follows its report ("…, Mr Cook said, because …").
   */
  adjunct: boolean;
}

/** The clause site of a cue whose speaker phrase `subject` precedes it. */
export function clauseSite(x: SpeakerSite, subject: Phrase): ClauseSite {
  const { ctx, w, all, after, cls, cueEnd } = x;
  const { text, lex } = ctx;
  const who = resolveSpeaker(text, subject.start, subject.end, ctx.ents, lex, subject.appositive);
  const start = clauseAfter(ctx, after, 0, cls, w.lower);
  const clauseWords = start === null ? [] : all.filter((y) => y.start >= start);
  const participle = clauseWords.length > 0 && isParticipleCue(clauseWords[0].lower, lex);
  const setOff = start !== null && /^\s*,/.test(text.slice(cueEnd, start));
  // ("This would be wrong …, Mr Cook said, because …": after a report it follows, a cue set off by commas
  // and followed by a subordinate clause or a "with" phrase.)
  // ("About 40 personnel are already involved …, one official said, and that number could rise": or a clause joined
  // by "and" or "but", which the cue does not introduce)
  const following =
    /,\s*$/.test(text.slice(Math.max(x.s.start, subject.start - 3), subject.start)) &&
    (/^(?:because|as|since|with|while|although|though|after|before|if|when|despite|given|unless|but|yet|whereas)$/.test(
      clauseWords[0]?.lower ?? "",
    ) ||
      (start !== null && /^,\s+(?:and|but|yet)\s/.test(text.slice(cueEnd, start))));
  const adjunct = setOff && (/^\p{Ll}+ing$/u.test(clauseWords[0]?.text ?? "") || following);
  return { ...x, subject, who, start, clauseWords, participle, adjunct };
}

/** A report whose speaker phrase precedes its clause. */
export function reportBefore(x: ClauseSite, clauseStart: number, clauseEnd: number, rule: string): Found {
  return { cue: x.cue, subject: x.subject, who: x.who, clauseStart, clauseEnd, order: "before", rule };
}

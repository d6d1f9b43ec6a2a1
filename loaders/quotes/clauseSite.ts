import { clauseAfter } from "./clauseAfter.ts";
import type { Found } from "./cueSite.ts";
import type { Phrase } from "./phrases.ts";
import { resolveSpeaker, type Attribution } from "./resolveSpeaker.ts";
import type { SpeakerSite } from "./speakerSite.ts";
import type { Word } from "./words.ts";

/** A speaker site whose speaker precedes the cue, with the clause after the cue. */
export interface ClauseSite extends SpeakerSite {
  subject: Phrase;
  who: Attribution | null;
  /** Where the clause after the cue starts (past its hearer and circumstances), and its words. */
  start: number | null;
  clauseWords: readonly Word[];
  /** "he said, insisting he …": the participle reports the clause, not the cue before it. */
  participle: boolean;
  /** "said, referring to the first false entries, …": a participle set off by a comma is not what was said. */
  adjunct: boolean;
}

/** The clause site of a cue whose speaker phrase `subject` precedes it. */
export function clauseSite(x: SpeakerSite, subject: Phrase): ClauseSite {
  const { ctx, w, all, after, cls, cueEnd } = x;
  const { text, lex } = ctx;
  const who = resolveSpeaker(text, subject.start, subject.end, ctx.ents, lex, subject.appositive);
  const start = clauseAfter(ctx, after, 0, cls, w.lower);
  const clauseWords = start === null ? [] : all.filter((y) => y.start >= start);
  const participle = clauseWords.length > 0 && /ing$/.test(clauseWords[0].lower) && lex.cues.has(clauseWords[0].lower);
  const adjunct =
    start !== null && /^\s*,/.test(text.slice(cueEnd, start)) && /^\p{Ll}+ing$/u.test(clauseWords[0]?.text ?? "");
  return { ...x, subject, who, start, clauseWords, participle, adjunct };
}

/** A report whose speaker phrase precedes its clause. */
export function reportBefore(x: ClauseSite, clauseStart: number, clauseEnd: number, rule: string): Found {
  return { cue: x.cue, subject: x.subject, who: x.who, clauseStart, clauseEnd, order: "before", rule };
}

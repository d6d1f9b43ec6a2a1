import type { ClauseSite } from "./clauseSite.ts";
import type { QuoteSpan } from "./quoteSpans.ts";
import { words, type Word } from "./words.ts";

/** What surrounds a cue that may close its report ("…, Eyre said."): the text before its speaker and after it. */
export interface CueTail {
  /** The text from the sentence's start to the speaker. */
  lead: string;
  /** Where the words after the cue end (at a comma, or the sentence's end), and those words but time words. */
  tailEnd: number;
  tail: Word[];
  /** 'Mr Sullivan "made accounting decisions," he told the court': the quotation that closes right before the speaker. */
  fragment: QuoteSpan | undefined;
  /** 'X added: "…," he said': the words before a quoted fragment have a cue of their own. */
  ownCue: boolean;
  /** "including, he claims, Tory leader Michael Howard": the cue is set off after a word that needs its object. */
  inside: boolean;
}

/** The tail of a cue whose speaker precedes it. */
export function cueTail({ ctx, s, cls, cueEnd, from, subject }: ClauseSite): CueTail {
  const { text, lex } = ctx;
  const lead = text.slice(from, subject.start);
  // (a comma that is punctuation, not a digit group: "added only 146,000 jobs")
  const comma = /,(?!\d)/.exec(text.slice(cueEnd, s.end));
  const tailEnd = comma ? cueEnd + comma.index : s.end;
  const tail = words(text, cueEnd, tailEnd).filter(
    (x) => !lex.timeWords.has(x.lower) && !(cls === "recipient" && /^\p{Lu}/u.test(x.text)),
  );
  // 'Mr Sullivan "made accounting decisions," he told the court': a quoted fragment before the cue.
  const closing = /,["”]\s+$/.test(lead);
  const open = closing ? ctx.quoteAt(from + lead.trimEnd().length - 1) : undefined;
  // …but not when the words before the fragment have a cue of their own ('X added: "…').
  const ownCue =
    closing &&
    (!open ||
      /[:;]/.test(text.slice(from, open.open)) ||
      words(text, from, open.open).some((x) => lex.cues.has(x.lower)));
  // "overtures from No campaigners including, he claims, Tory leader Michael Howard": a cue set off
  // inside a phrase, after a word that needs its object.
  const inside = /\b(?:including|includes|such as|like|of|to|from|with|by|for|and|or|the|a|an),\s+$/i.test(lead);
  return { lead, tailEnd, tail, fragment: open, ownCue, inside };
}

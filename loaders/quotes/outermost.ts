import { documentPhrase } from "./documentPhrase.ts";
import type { QuoteContext } from "./quoteContext.ts";
import { phraseStart } from "./phrases.ts";
import type { Report } from "./report.ts";
import type { Span } from "../types.ts";

// ("… of the arrivals and had asked": past an auxiliary of the cue too)
const CONNECTIVE =
  /(?:[,;]\s*|\s[—–-]\s*|\s)(?:while|whereas|although|though|but|and|as|however)(?:\s+(?:has|have|had|also|then))?\s+$|;\s*$|\s[—–]\s*$/;

/**
 * The outermost of a sentence's reports, in order: a report whose speaker sits inside an earlier report's
 * clause is nested in it and dropped, unless a connective ("while", "although", "but", "and") starts a
 * clause of its own ("however" too), which then ends the earlier clause there. Clause ends of the kept reports
 * are adjusted in place.
 */
export function outermost(ctx: QuoteContext, s: Span, reports: readonly Report[]): Report[] {
  const { text } = ctx;
  const kept: Report[] = [];
  for (const r of reports) {
    // "Once the courts decided that the VCR … was not illegal, the film studios turned it …": a report inside
    // an opening subordinate clause (its cue before any comma) ends at the comma that closes it.
    const opening = text.slice(s.start, r.cueStart);
    // ("But even before Newcastle said the player would not be sold, Bellamy insisted …" too)
    if (
      r.order === "before" &&
      /^\W*(?:(?:but|and|yet|so)\s+)?(?:(?:even|just|only|shortly|soon|long)\s+)?(?:once|when|after|before|until|although|though|if|unless|because|while)\s[^,]*$/i.test(
        opening,
      )
    ) {
      const comma = /,\s/.exec(text.slice(r.clauseStart, r.clauseEnd));
      if (comma && comma.index > 10) r.clauseEnd = r.clauseStart + comma.index;
    }
    // "According to US officials, Morgan agreed that …": the clause's own cue wins.
    const according = kept.findIndex(
      (k) => k.cls === "according" && r.cueStart > k.clauseStart && r.cueStart < k.clauseEnd,
    );
    if (according >= 0) kept.splice(according, 1);
    const outer = kept.find((k) => k.order === "before" && r.cueStart > k.clauseStart && r.cueStart < k.clauseEnd);
    // "said he still admired X and thought his integrity was intact": one coordinated report; a cue of
    // speech starts one of its own ("said he was "disappointed" by the news and claimed …").
    if (
      outer &&
      r.rule === "coordinated-cue" &&
      r.cls === "speech" &&
      ctx.lex.beliefCues.has(r.cue.toLowerCase()) &&
      /[^,;]\s+and\s+(?:\p{Ll}+ly\s+)?$/u.test(text.slice(outer.clauseStart, r.cueStart))
    )
      continue;
    // "Although Baros insisted thoughts of quitting are "not in my mind", he admitted …": a report in an
    // opening subordinate clause ends at the comma before the main clause's own speaker.
    if (
      outer &&
      r.order === "before" &&
      r.subject &&
      /,\s*$/.test(text.slice(outer.clauseStart, r.subject.start)) &&
      /^\W*(?:and\s+|but\s+)?(?:although|though|while|whereas|if|as|when|even though)\s/i.test(
        text.slice(s.start, outer.cueStart),
      )
    ) {
      outer.clauseEnd = Math.min(outer.clauseEnd, text.lastIndexOf(",", r.subject.start));
      kept.push(r);
      continue;
    }
    // "Prosecutors said Jaynes was "a snake oil salesman", news agency AP reported": a source credited at
    // the end of the sentence closes the clause before it, and is not a report of its own.
    if (
      outer &&
      r.rule === "clause-speaker-cue" &&
      r.subject &&
      /,\s*$/.test(text.slice(outer.clauseStart, r.subject.start))
    ) {
      // ("Concessions on a bill which critics claim would allow euthanasia … were not a political ploy, the lord
      // chancellor has said": a report embedded in a relative clause of the subject is part of what the
      // speaker credited at the end said.)
      const embedded = !!outer.subject && /\b(?:which|that)\s+$/i.test(text.slice(s.start, outer.subject.start));
      // ("Some of the smallest charities surveyed said they had received nothing, she said.": a person credited by a
      // pronoun at the end relays what the others said; the whole clause is hers)
      const relayed =
        /^(?:he|she)$/i.test(text.slice(r.subject.start, r.subject.end)) &&
        // (not "He hoped Jay-Z would …, he said": the same speaker twice)
        !(outer.subject && /^(?:he|she|i)$/i.test(text.slice(outer.subject.start, outer.subject.end))) &&
        /^[\s.!?"”’]*$/.test(text.slice(r.cueEnd, s.end));
      // ("Tony Blair promised Gordon Brown he would stand down, a new book claims": a document credited
      // at the end is the outermost speaker, and the report inside its clause is not one of its own.)
      if (
        embedded ||
        relayed ||
        (documentPhrase(ctx, r.subject) &&
          /^(?:a|an|the)\s/i.test(text.slice(r.subject.start, r.subject.end)) &&
          /^[\s.!?"”’]*$/.test(text.slice(r.cueEnd, s.end)))
      ) {
        kept.splice(kept.indexOf(outer), 1);
        kept.push(r);
        continue;
      }
      outer.clauseEnd = Math.min(outer.clauseEnd, text.lastIndexOf(",", r.subject.start));
      continue;
    }
    // ("The band insisted they would play, said the spokesman": the same with the speaker after the cue.)
    if (
      outer &&
      r.rule === "cue-speaker-after" &&
      r.subject &&
      /,\s*$/.test(text.slice(outer.clauseStart, r.cueStart)) &&
      /^[\s.!?"”’]*$/.test(text.slice(r.subject.end, s.end))
    ) {
      outer.clauseEnd = Math.min(outer.clauseEnd, text.lastIndexOf(",", r.cueStart));
      continue;
    }
    if (outer) {
      // "…, noting that …": a participle set off by a comma reports a second clause of the same speaker.
      // ("said he hardly watched the Oscars and labelled awards ceremonies "idiotic"": a coordinated predicative)
      const sibling =
        r.rule === "coordinated-cue" ||
        // (", calling it "the biggest thing to hit New Zealand"": a predicative participle set off by a comma too)
        (r.rule === "shared-predicative-quote" &&
          (/\s(?:and|but)\s+$/.test(text.slice(outer.clauseStart, r.cueStart)) ||
            (/^\p{L}+ing\b/u.test(r.cue) && /,\s*$/.test(text.slice(outer.clauseStart, r.cueStart))))) ||
        (r.rule === "shared-subject-cue" &&
          /^\p{L}+ing\b/u.test(r.cue) &&
          // ("… for its slimming products saying that demand is on the wane": a "that" marks it without a comma)
          (/,\s*$/.test(text.slice(outer.clauseStart, r.cueStart)) ||
            /^\s*that\s/i.test(text.slice(r.cueEnd)) ||
            /\sthat$/i.test(text.slice(r.cueStart, r.cueEnd))));
      const at = r.subject && !sibling ? phraseStart(text, r.subject, -1) : r.cueStart;
      const between = text.slice(outer.clauseStart, at);
      const m = CONNECTIVE.exec(between);
      if (!m && !sibling) continue;
      // ("adding that while the minister has promised …, little progress …": a connective opening the outer
      // clause starts a subordinate clause inside it, not a clause of its own)
      if (m && /^\s*(?:that)?\s*$/i.test(between.slice(0, m.index)) && !sibling) continue;
      outer.clauseEnd = m ? outer.clauseStart + m.index : at;
    }
    kept.push(r);
  }
  return kept;
}

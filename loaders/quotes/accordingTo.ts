import { cuePattern } from "./cuePattern.ts";
import type { CueSite, Verdict } from "./cueSite.ts";
import { isDocumentHead } from "./isDocumentHead.ts";
import { looksFinite } from "./looksFinite.ts";
import { subjectAfter, type Phrase } from "./phrases.ts";
import { resolveSpeaker } from "./resolveSpeaker.ts";
import { words, type Word } from "./words.ts";

let ownQuote: RegExp | undefined;

const ADJUNCT =
  /^,\s+(?:with|without|in|at|on|for|from|after|before|as|while|compared|including|up|down|despite|amid|against|than|by|over|under|making|leaving|bringing|taking|giving)\s/u;

// The comma that ends "According to X," when the clause follows it, or -1.
function commaAfter(x: CueSite, subject: Phrase): number {
  const { text, lex } = x.ctx;
  // "According to a new book, Brown's Britain by Robert Peston, Mr Blair …": past the work's title.
  // ("According to a new book, Brown's Britain, Mr Blair …": a title alone too)
  const document = isDocumentHead(words(text, subject.start, subject.end).pop()?.lower ?? "", lex);
  const titled = (document ? /^,\s+\p{Lu}[^,]*(?:\sby\s[^,]*)?,/u : /^,\s+\p{Lu}[^,]*\sby\s[^,]*,/u).exec(
    text.slice(subject.end, x.s.end),
  );
  return text.indexOf(",", subject.end + (titled ? titled[0].length - 1 : 0));
}

const OPENER =
  /^(?:the|a|an|many|some|most|all|its|his|her|their|this|these|those|it|he|she|they|we|there|more|several|few|no|one|two|three)$/;

// "According to Microsoft the messages were sent …", "According to response statistics gathered by Netcraft
// many visiting …": an opening source with no comma after it ends at its last capitalised word, where a
// lower-case word starts a clause with a verb of its own.
function unpunctuated(x: CueSite): Phrase | null {
  const { ctx, s, cueEnd, from, w } = x;
  const { text, lex } = ctx;
  if (words(text, from, w.start).length) return null;
  const ws = words(text, cueEnd, s.end);
  const verb = (y: Word) => looksFinite(y, lex);
  // (the clause opens with a determiner or pronoun: not "US research firm …", "the Apple store …")
  for (let k = 1; k < ws.length - 2; k++)
    if (
      /^\p{Lu}/u.test(ws[k - 1].text) &&
      OPENER.test(ws[k].text) &&
      !/[,;:()]/.test(text.slice(cueEnd, ws[k].start)) &&
      ws.slice(k + 1).some(verb) &&
      // (not a clause with a cue of its own: "According to Robert Peston the prime minister said: …")
      !ws.slice(k).some((y) => lex.cues.has(y.lower))
    )
      return { start: ws[0].start, end: ws[k - 1].end, appositive: null };
  return null;
}

/** "according to X, …", "… according to X", "A PC that, according to PC Pro, has …": the speaker follows the cue. */
export function accordingTo(x: CueSite): Verdict {
  if (x.cls !== "according") return undefined;
  const { ctx, w, prevWord, s, cueEnd, from } = x;
  const { text, lex } = ctx;
  // "The World According to Bex": a capitalised "According" inside a title.
  if (w.text === "According" && prevWord && /^\p{Lu}/u.test(prevWord.text) && prevWord.end > s.start) return null;
  const bare = unpunctuated(x);
  const found = bare ?? subjectAfter(ctx, cueEnd, s.end);
  if (!found) return null;
  // "according to new figures released on Tuesday by the BPI": the participle's agent is part of the source.
  const agent = /^\p{Ll}+ed$/u.test(words(text, found.start, found.end).pop()?.text ?? "")
    ? /^(?:\s+(?:on|in|at|last|this|earlier)\s+[\p{L}\d]+|\s+to\s+(?:the\s+)?(?:[\p{Lu}\d][\p{L}\d]*\s*){1,4}){0,2}\s+by\s+[^,.;:()]+/u.exec(
        text.slice(found.end, s.end),
      )
    : null;
  // ("according to a report earlier this week from the British Retail Consortium": a document's author after it)
  const foundWords = words(text, found.start, found.end);
  const head = foundWords.findLastIndex((y) => isDocumentHead(y.lower, lex));
  const author =
    !agent && head >= 0 && foundWords.slice(head + 1).every((y) => lex.timeWords.has(y.lower) || y.lower === "next")
      ? /^(?:\s+(?:on|in|published|released|issued))?\s+(?:from|by)\s+(?:the\s+)?\p{Lu}[^,.;:()]*/u.exec(
          text.slice(found.end, s.end),
        )
      : null;
  const extra = agent ?? author;
  const subject = extra ? { ...found, end: found.end + extra[0].trimEnd().length } : found;
  const who = resolveSpeaker(text, subject.start, subject.end, ctx.ents, lex, subject.appositive);
  const lead = words(text, from, w.start).filter((v) => !/^(?:but|and|so|also)$/.test(v.lower));
  const cue = text.slice(w.start, cueEnd);
  // The clause after "according to X,": the report.
  const clauseAfterSource = (comma: number): Verdict => ({
    cue,
    subject,
    who,
    clauseStart: comma + 1,
    clauseEnd: s.end,
    order: "before",
    rule: "according-to-before",
  });
  // ("According to Mr Peston the prime minister said: "…"": a clause whose own speaker introduces a quotation is
  // that speaker's quote; the source vouches for no report of its own)
  ownQuote ??= new RegExp(`^[,\\s]*(?:[\\p{L}'’.-]+\\s+){1,5}?(?:${cuePattern})\\s*:?\\s*["“]`, "u");
  if (!lead.length && ownQuote.test(text.slice(found.end, s.end))) return null;
  // ("… no insurance: according to estimates from India, only one-quarter …": after a colon, as at the start)
  if (!lead.length || /[:;]\s*$/.test(text.slice(from, w.start))) {
    // (no comma: the clause starts right after the source)
    if (bare && found === subject) return clauseAfterSource(subject.end);
    const comma = commaAfter(x, subject);
    return comma >= 0 && comma <= s.end ? clauseAfterSource(comma) : null;
  }
  // "A good basic PC that, according to PC Pro, has …": set off inside the clause.
  // ("…, according to Bristol University political scientist Anne Alexander, who is working …": a relative
  // clause of the source's.)
  // ("… rose tenfold in 2004, according to the record industry, with 200 million tracks bought …": an adjunct
  // after the source belongs to the clause before it, which the source ends.)
  // ("which, according to Susanne Risse from the company, can …": past the source's affiliation)
  const affiliation = /^\s+(?:from|of|at)\s+[^,;:.!?"“”]{1,60}(?=,)/u.exec(text.slice(subject.end, s.end));
  const rest = text.slice(subject.end + (affiliation?.[0].length ?? 0), s.end);
  const around =
    /^,\s+\p{Ll}/u.test(rest) &&
    !ADJUNCT.test(rest) &&
    !/^,\s+(?:who|whose|which|where)\s/u.test(rest) &&
    // ("… every 5.8 seconds, according to Pew Internet, but less than 40% …": a contrast is the reporter's)
    !/^,\s+(?:but|while|whereas|although|though|yet)\s/u.test(rest) &&
    // ("…, according to Ernest Gellhorn, an anti-trust law professor at George Mason University.": the source's
    // appositive, not a clause)
    // (or the figure's: "…, according to the Nationwide, their biggest monthly fall since February 2001.")
    !(
      /^,\s+(?:a|an|the|their|its|his|her)\s[^;:"“”]*[.!?]?\s*$/u.test(rest) &&
      !words(text, subject.end, s.end).some((y) => looksFinite(y, lex))
    ) &&
    /,\s*$/.test(text.slice(from, w.start));
  // "there was evidence, according to Gartner, that some markets were …": the source vouches for the "that" clause.
  if (/^,\s+that\s/.test(rest) && /,\s*$/.test(text.slice(from, w.start)))
    return clauseAfterSource(commaAfter(x, subject));
  // "Cable firms … are bound to …, and, according to an ntl spokesman, are in a better position …": after a
  // coordinator, the source vouches for the second part only.
  if (around && /(?<![\p{L}])(?:and|but),\s*$/u.test(text.slice(from, w.start)))
    return clauseAfterSource(commaAfter(x, subject));
  return {
    cue,
    subject,
    who,
    clauseStart: from,
    clauseEnd: around ? s.end : w.start,
    order: around ? "around" : "after",
    rule: around ? "according-to-around" : "according-to-after",
  };
}

import { lexiconSet } from "../lexicon/lexicon.ts";
import type { Span } from "../types.ts";
import type { ClauseContext } from "./clauseContext.ts";
import { words, wordAt } from "./clauseWords.ts";
import { possessiveHead } from "./possessiveHead.ts";
import { trimSpan } from "./trimSpan.ts";

const genericHeads = lexiconSet("dates/generic-heads");

/**
 * A possessive date is part of its noun phrase (`Friday's attack …`); inside a clause it is that noun
 * phrase (`in next year's expected general election` → `next year's expected general election`).
 */
export function possessiveDate({ text, date, start, end, leadWords }: ClauseContext): Span | null {
  // `Friday's attack …`: a possessive date is part of its noun phrase.
  // Inside a clause (`in next year's expected general election`) it is that noun phrase.
  if (!/^['’]s\b/u.test(text.slice(date.end, date.end + 3))) return null;
  const head = leadWords.length ? possessiveHead(text, date, end) : null;
  // ("…performed with her brother at Wednesday's event": a general head leaves the clause as the event.)
  // (an of-phrase says what a general head is of and leaves it general: "Tuesday's session of the court")
  const allWords = head ? words(text, head) : [];
  const of = allWords.findIndex((w) => wordAt(text, w) === "of");
  const headWords = of < 0 ? allWords : allWords.slice(0, of);
  // ("discussed at Tuesday's Ecofin meeting": past a modifier too)
  const generic =
    headWords.length >= 1 && headWords.length <= 2 && genericHeads.has(wordAt(text, headWords[headWords.length - 1]));
  // (not after a relation in time, which dates the noun phrase only: "weighed on his mind ahead of Saturday's
  // charity game")
  const relation = /\b(?:ahead\s+of|before|after|following|prior\s+to)\s+$/i.test(
    text.slice(Math.max(0, date.start - 12), date.start),
  );
  if (generic && !relation && leadWords.length >= 3) return trimSpan(text, { start, end: date.start });
  // The noun phrase keeps its date (`last year's Mercury Music Prize`, like `Wednesday's speech …`).
  // (without a preposition before the date: `on Tuesday's hearing` → `Tuesday's hearing`)
  const own = /^(?:on|at|in|by|for|from|during|since|until|of|and|after|before)\s+/i.exec(
    text.slice(date.start, date.end),
  );
  const from = date.start + (own ? own[0].length : 0);
  return trimSpan(text, head ? { start: from, end: head.end } : { start: leadWords.length ? start : date.start, end });
}

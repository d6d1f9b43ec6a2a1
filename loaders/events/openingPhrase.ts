import { isPastForm } from "../dates/tenseWords.ts";
import type { Span } from "../types.ts";
import type { ClauseContext } from "./clauseContext.ts";
import { wordAt } from "./clauseWords.ts";
import { trimSpan } from "./trimSpan.ts";
import { DETERMINERS } from "./wordClasses.ts";

/**
 * A date phrase of up to eight words opening the sentence and ending in a comma (`Earlier Thursday,` /
 * `In a statement on Friday,` / `Speaking in London on Monday,`) dates the rest of the sentence, up to a
 * new clause after a comma and conjunction (`, and …`); a day after a happening's noun phrase in it
 * dates that noun phrase (`At the Bafta film awards on Saturday night, there is …`).
 */
export function openingPhrase(c: ClauseContext): Span | null {
  return happening(c) ?? restOfSentence(c);
}

// (past a short phrase of place or circumstance: "In London on Thursday ahead of the meeting, …")
const commaNext = ({ text, sentence, date }: ClauseContext) =>
  /^(?:\s+(?:ahead\s+of|in|at|after|before|during|following)(?:\s+[\p{L}'’-]+){1,4})?\s*,/u.test(
    text.slice(date.end, sentence.end),
  );

const firstWord = ({ text, leadWords }: ClauseContext) =>
  leadWords.length ? text.slice(leadWords[0].start, leadWords[0].end).toLowerCase() : "";

// `At the Bafta film awards on Saturday night, there is …`: a day after a happening's noun phrase in the
// opening phrase dates that noun phrase.
function happening(c: ClauseContext): Span | null {
  const { text, date, open, leadWords, lastWord } = c;
  const found =
    !open &&
    commaNext(c) &&
    leadWords.length >= 3 &&
    leadWords.length <= 8 &&
    /^(?:at|after|during|before|following|since)$/.test(firstWord(c)) &&
    DETERMINERS.has(wordAt(text, leadWords[1])) &&
    !/^(?:of|for|in)$/.test(lastWord) &&
    /^on\s/i.test(text.slice(date.start, date.end));
  // ("In imposing two-year suspensions on the duo on 22 December, the IAAF described …": a gerund after the
  // preposition names the happening too)
  const gerund =
    !open &&
    commaNext(c) &&
    leadWords.length >= 3 &&
    leadWords.length <= 10 &&
    /^(?:in|by|after|before|while|on|since)$/.test(firstWord(c)) &&
    /^\p{Ll}{3,}ing$/u.test(wordAt(text, leadWords[1]));
  // (a main clause in the past happened there and then: "At his weekly press conference on Tuesday, Mr
  // Livingstone said …" is what he said)
  if (found && pastMainClause(text, date.end)) return null;
  return found || gerund ? trimSpan(text, { start: leadWords[1].start, end: date.start }) : null;
}

// Whether the first words after the comma that follows `from` hold a past tense.
function pastMainClause(text: string, from: number): boolean {
  const comma = text.indexOf(",", from);
  const main = comma > 0 ? (text.slice(comma + 1, comma + 60).match(/\p{L}+/gu) ?? []).slice(0, 5) : [];
  return main.some((w) => /^\p{Ll}/u.test(w) && isPastForm(w));
}

// "At a conference on developing enterprise hosted by UK finance minister Gordon Brown on Friday, he said …",
// "Driving home from a late-night Los Angeles recording session in October 2002, he was …": a longer phrase of
// place, occasion or a participle, with no verb of its own (not "At number seven was …", "In a move ministers
// say should …").
const FINITE = /^(?:is|was|were|are|be|been|has|have|had|will|would|should|could|can|may|might|must|say|says|said)$/;
function longPhrase(c: ClauseContext): boolean {
  const { text, leadWords } = c;
  return (
    leadWords.length <= 14 &&
    (/^(?:at|in|during)$/.test(firstWord(c)) ||
      (/^\p{Ll}{3,}ing$/u.test(firstWord(c)) &&
        !/^(?:according|including|regarding|following|concerning)$/.test(firstWord(c)))) &&
    !leadWords.some((w) => FINITE.test(wordAt(text, w)))
  );
}

// A date phrase (with at most a short prepositional phrase) opening the sentence dates the rest of it
// (or opening a quotation after a colon: 'said: "In my answer on March 17 2003, I explained …"').
function restOfSentence(c: ClauseContext): Span | null {
  const { text, sentence, date, open, after, leadWords } = c;
  const first = firstWord(c);
  const quoted = open !== undefined && text[open.start] === ":" && /^\s*["“‘]/u.test(text.slice(open.end, date.start));
  // ("However, on Thursday, the group said …": after a sentence adverb set off by a comma)
  const adverb =
    open !== undefined &&
    /^\s*(?:however|meanwhile|still|also|indeed|separately|elsewhere|instead)\s*$/i.test(
      text.slice(sentence.start, open.start),
    );
  if (
    (!open || quoted || adverb) &&
    commaNext(c) &&
    (leadWords.length <= 8 || longPhrase(c)) &&
    (leadWords.length === 0 ||
      /^(?:in|on|at|during|with|after|before|by|for|over|throughout|across|since|until|from)$/.test(first) ||
      /ing$/.test(first))
  )
    return trimSpan(text, {
      start: text.indexOf(",", date.end) + 1,
      end: after.find((b) => b.kind === "conjunction")?.start ?? sentence.end,
    });
  return null;
}

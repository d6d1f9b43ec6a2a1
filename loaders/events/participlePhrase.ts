import { lexiconSet } from "../lexicon/lexicon.ts";
import type { Span } from "../types.ts";
import type { ClauseContext } from "./clauseContext.ts";
import { trimSpan } from "./trimSpan.ts";

const pastVerbs = lexiconSet("dates/past-verbs");

/**
 * A date after a participle that follows a noun dates that noun phrase: in a prepositional phrase
 * (`according to new figures released on Tuesday by the BPI` → `new figures released`), or opening the
 * sentence before its verb (`Figures released earlier this year showed …`).
 */
export function participlePhrase(c: ClauseContext): Span | null {
  return reducedRelative(c) ?? sentenceSubject(c);
}

// (only with a preposition on the date, "released on Tuesday": not "light crude ended Monday")
const introduced = ({ text, date }: ClauseContext) =>
  /^(?:on|in|last|earlier|this)\s/i.test(text.slice(date.start, date.end));

// `according to new figures released on Tuesday by the BPI`, `in a report published on Monday`: a date after a
// participle that follows a noun in a prepositional phrase dates that noun phrase (`new figures released`).
function reducedRelative(c: ClauseContext): Span | null {
  const { text, sentence, date } = c;
  const window = Math.max(sentence.start, date.start - 80);
  const reduced =
    /\b(?:[Aa]ccording\s+to|[Ii]n|[Oo]f|[Ff]rom)\s+((?:the|a|an|its|their|his|her|new|latest)\s+(?:[\p{Ll}-]+\s+){0,2}?\p{Ll}+\s+\p{Ll}+ed)\s+(?:on\s+|last\s+|this\s+|earlier\s+)?$/u.exec(
      text.slice(window, date.start),
    );
  if (
    reduced &&
    introduced(c) &&
    !pastVerbs.has(reduced[1].split(/\s+/).at(-2) ?? "") &&
    !/\b(?:which|who|that|was|were|had|has|have|been)\b/.test(reduced[1])
  ) {
    const at = window + reduced.index + reduced[0].indexOf(reduced[1]);
    return trimSpan(text, { start: at, end: at + reduced[1].length });
  }
  return null;
}

// `Figures released earlier this year showed …`: the same at the sentence's start, before its verb.
function sentenceSubject(c: ClauseContext): Span | null {
  const { text, sentence, date } = c;
  const leadNoun = /^((?:\p{Lu}[\p{L}-]*|\p{Ll}[\p{L}-]*)(?:\s+\p{Ll}[\p{L}-]*){0,2}?\s+\p{Ll}+ed)\s+$/u.exec(
    text.slice(sentence.start, date.start),
  );
  const verbAfterDate = /^\s+(\p{Ll}+)/u.exec(text.slice(date.end, sentence.end))?.[1] ?? "";
  if (
    leadNoun &&
    introduced(c) &&
    (pastVerbs.has(verbAfterDate) || /ed$/.test(verbAfterDate)) &&
    !/\b(?:what|which|who|whom|that|it|was|were|had|has|have|been|also|then|still|just|only|even)\b|\p{L}ly\b/iu.test(
      leadNoun[1],
    )
  )
    return trimSpan(text, { start: sentence.start, end: sentence.start + leadNoun[1].length });
  return null;
}

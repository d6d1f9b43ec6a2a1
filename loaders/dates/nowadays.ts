import { lexiconSet } from "../lexicon/lexicon.ts";
import type { Span } from "../types.ts";
import { futureCuePattern, isPastForm } from "./tenseWords.ts";

const pastVerbs = lexiconSet("dates/past-verbs");
const presentVerbs = lexiconSet("dates/present-verbs");
const pronouns = lexiconSet("dates/subject-pronouns");
const eventNouns = lexiconSet("dates/event-nouns");

const BE = new Set(["be", "being", "been", "is", "are", "am", "was", "were", "'s", "'re", "'m"]);
const MODALS = new Set([
  "will",
  "would",
  "'ll",
  "'d",
  "'ve",
  "can",
  "could",
  "may",
  "might",
  "shall",
  "should",
  "must",
]);
const CONJUNCTION =
  /^.*(?<![\p{L}'’])(?:and|but|or|so|yet|because|while|when|if|although|though|that|which|who|where)(?![\p{L}'’])/isu;
// Adverbs of frequency: the habit words (lexicon `dates/habitual-words`) and "still", "never", "now".
const FREQUENCY = new Set([...lexiconSet("dates/habitual-words"), "still", "never", "now"]);
const PARTICIPLE = /^\p{L}{2,}(?:ed|en|wn|ne|ght|nt|lt)$/u;
const PRESENT = new Set(["is", "are", "am", "'s", "'re", "do", "does", "has", "have", "remains", "remain"]);

let cues: RegExp | undefined;

type Reading = "deictic" | "generic" | null;

// The nearest tense cue among `words` (nearest first): a past, perfect, progressive, modal or future cue
// makes `today` this day; a simple present makes it nowadays.
function nearestCue(words: string[], forward = false): Reading {
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    // The word before this one in the text, and the one after it (nearer `today` when reading back).
    const next = (forward ? words[i - 1] : words[i + 1]) ?? "";
    const near = (forward ? words[i + 1] : words[i - 1]) ?? "";
    if (MODALS.has(word)) return "deictic";
    if (isPastForm(word)) return "deictic";
    // `we are making … today`: a progressive; a bare form in -ing (`the swearing`) is not a verb.
    if (
      word.endsWith("ing") &&
      word.length > 4 &&
      (BE.has(next) || BE.has((forward ? words[i - 2] : words[i + 2]) ?? ""))
    )
      return "deictic";
    if (BE.has(word) && near.endsWith("ing") && near.length > 4) return "deictic";
    // `I have written …`, `I have to say …`: a perfect or an obligation; `games have budgets`: possession.
    if ((word === "have" || word === "has") && (near === "to" || PARTICIPLE.test(near) || pastVerbs.has(near)))
      return "deictic";
    // (not a verb that schedules: "ministers meet today" is this day; lexicon `dates/present-verbs`)
    if (PRESENT.has(word)) return "generic";
    // `It still works today`: the word after an adverb of frequency is a verb.
    if (FREQUENCY.has(next) && /^\p{Ll}+s$/u.test(word)) return "generic";
    // `the radio you hear today`: the word after a subject pronoun is its verb.
    if (pronouns.has(next) && /^\p{Ll}+$/u.test(word) && !BE.has(word)) return "generic";
  }
  return null;
}

/**
 * Whether `today` at `date` means nowadays, not the publication day: the nearest tense cue in its clause
 * (back to the clause's punctuation, or after `today` when it opens the clause) is a simple present
 * (`the radio that you hear today`, `Today, games often have budgets …`, `It still works today`), and no
 * future cue (lexicon `dates/future-cues`) is in the clause. A past, perfect, progressive or modal is
 * this day (`we are making proposals today`, `I have realised a dream today`), and so is `today` between a
 * happening's noun and its verb (`Mr Howard's speech today confirms …`; lexicon `dates/event-nouns`).
 * `today's` is this day before a happening's noun (`today's ruling`), else nowadays (`today's DVD`).
 */
export function nowadays(text: string, date: Span, sentence: Span): boolean {
  if (!/^today$/i.test(text.slice(date.start, date.end).replace(/^(?:even|still|only|until)\s+/i, ""))) return false;
  // `today's ruling` is this day's; `today's DVD`, `today's international stars` are nowadays': a possessive
  // `today` is this day when one of the next words is a happening's noun (lexicon `dates/event-nouns`).
  const possessive = /^['’]s((?:\s+[\p{L}-]+){1,3})/u.exec(text.slice(date.end, date.end + 60));
  if (possessive)
    return !possessive[1]
      .toLowerCase()
      .split(/\s+/)
      .some((w) => eventNouns.has(w));
  if (/^['’]s\b/u.test(text.slice(date.end, date.end + 2))) return false;
  const head = text.slice(sentence.start, date.start);
  // The clause starts after punctuation or a conjunction (`… England and today I have realised a dream`).
  const clause = head.slice(Math.max(head.search(/[^,;:"“”(—–]*$/u), 0));
  const opener = CONJUNCTION.exec(clause)?.[0].split(/\s+/).pop()?.toLowerCase() ?? "";
  const lead = clause.replace(CONJUNCTION, "");
  const tailText = text.slice(date.end, sentence.end);
  // (`Even today, the word is used …`: past the comma after an opening `today`)
  const tail = tailText.replace(/^\s*,/, "").replace(/[,;:"“”()—–.!?][^]*$/u, "");
  cues ??= new RegExp(futureCuePattern(), "iu");
  // (the words after `today` are its clause only when it opens the clause: "The threat today is that … will …")
  if (cues.test(lead) || (!/\p{L}+\s+\p{L}/u.test(lead.trim()) && cues.test(tail))) return false;
  const words = (s: string) =>
    (
      s
        .toLowerCase()
        .replace(/’/g, "'")
        .match(/'?\p{L}+(?:'\p{L}+)?/gu) ?? []
    ).map(split);
  const before = words(lead).flat().reverse();
  const after = words(tail).flat();
  // `Mr Howard's speech today confirms …`: a noun right before `today`, a finite verb right after it.
  const noun = before[0] ?? "";
  const verb = after[0] ?? "";
  if (
    eventNouns.has(noun) &&
    /^(?:is|are|was|were|does|did|has|had|\p{L}+[^s]s)$/u.test(verb) &&
    /^\s+$/.test(text.slice(date.start - 1, date.start)) &&
    /^\s+\p{L}/u.test(tailText)
  )
    return false;
  // `the terrorists who threaten Britain today`: the word after a relative pronoun is its verb.
  const first = before.at(-1) ?? "";
  const relativeVerb =
    /^(?:who|which)$/.test(opener) &&
    /^\p{Ll}+$/u.test(first) &&
    !first.endsWith("ed") &&
    !MODALS.has(first) &&
    !pastVerbs.has(first);
  // (`The threat today is …`, `game development today demands …`: a present verb right after `today`)
  const presentNext =
    /^\s+\p{L}/u.test(tailText) && (PRESENT.has(verb) || (/^\p{Ll}+[^s]s$/u.test(verb) && !presentVerbs.has(verb)));
  const reading =
    nearestCue(before) ??
    (relativeVerb || presentNext ? "generic" : null) ??
    (before.length <= 1 ? nearestCue(after, true) : null);
  return reading === "generic";
}

// `there's` → `there`, `'s`; `we're` → `we`, `'re`.
function split(word: string): string[] {
  const m = /^(\p{L}+)('(?:s|re|m|ll|d|ve))$/u.exec(word);
  return m ? [m[1], m[2]] : [word];
}

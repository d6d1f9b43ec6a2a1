import { lexicon, lexiconSet } from "../lexicon/lexicon.ts";
import type { Span } from "../types.ts";

const speechVerbs = lexiconSet("dates/speech-verbs");
const prefixes = lexiconSet("dates/date-prefixes");
const npStops = lexiconSet("dates/np-stops");
const periodNouns = lexiconSet("dates/period-nouns");
const simultaneous = lexiconSet("dates/simultaneous-openers");
const subjects = lexiconSet("dates/subject-pronouns");
const subjectVerbs = lexiconSet("dates/subject-verbs");
const pastVerbs = lexiconSet("dates/past-verbs");
const genericHeads = lexiconSet("dates/generic-heads");
const deadlines = lexiconSet("dates/deadline-words");
const phrasePrepositions = lexiconSet("dates/phrase-prepositions");
const afterDate = lexiconSet("dates/after-date-breaks");
const objectVerbs = lexiconSet("dates/year-object-verbs");

interface Boundary extends Span {
  kind: "comma" | "punct" | "opener" | "conjunction";
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*\.?/gu;
/** Clause punctuation; a comma or colon between digits (`2,000`, `10:30`) is part of a number. */
const PUNCT = /(?<!\d)[,:]|[,:](?!\d)|;|—|–|\s-\s/gu;
/** Words that cannot end a clause: they belong to what was cut off after them. */
const DANGLING = new Set(["of", "and", "or", "but", "the", "a", "an"]);
/** Words before a date that make it a modifier inside a noun phrase. */
const DETERMINERS = new Set(["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that"]);
/** Words that open a relative clause. */
const RELATIVE_PRONOUNS = new Set(["who", "which", "whom", "whose"]);
/** Below this many words, a comma-bounded stretch is a list item or an apposition, not a clause. */
const MIN_WORDS = 6;

let openers: Set<string> | undefined;
let commaOpeners: Set<string> | undefined;
let notOpeners: RegExp | undefined;

/** Whether a word is a finite verb that makes the noun phrase before it a clause's subject. */
function subjectVerb(word: string): boolean {
  return subjectVerbs.has(word) || pastVerbs.has(word) || (word.length > 4 && word.endsWith("ed"));
}

function words(text: string, span: Span): Span[] {
  const out: Span[] = [];
  WORD.lastIndex = 0;
  const body = text.slice(span.start, span.end);
  for (let m = WORD.exec(body); m; m = WORD.exec(body)) {
    const end = m[0].endsWith(".") && !/\.\p{L}/u.test(m[0]) ? m[0].length - 1 : m[0].length;
    out.push({ start: span.start + m.index, end: span.start + m.index + end });
  }
  return out;
}

function boundaries(text: string, sentence: Span, date: Span): Boundary[] {
  openers ??= new Set(lexicon("dates/clause-openers").filter((w) => !w.startsWith(",")));
  commaOpeners ??= new Set(
    lexicon("dates/clause-openers")
      .filter((w) => w.startsWith(","))
      .map((w) => w.slice(1).trim()),
  );
  const out: Boundary[] = [];
  const body = text.slice(sentence.start, sentence.end);
  PUNCT.lastIndex = 0;
  for (let m = PUNCT.exec(body); m; m = PUNCT.exec(body)) {
    const start = sentence.start + m.index;
    out.push({ start, end: start + m[0].length, kind: m[0] === "," ? "comma" : "punct" });
  }
  notOpeners ??= new RegExp(
    `(?<![\\p{L}])(?:${lexicon("dates/not-openers")
      .map((p) => p.replace(/ /g, "\\s+"))
      .join("|")})(?![\\p{L}])`,
    "giu",
  );
  const inert: Span[] = [];
  notOpeners.lastIndex = 0;
  for (let m = notOpeners.exec(body); m; m = notOpeners.exec(body))
    inert.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
  for (const w of words(text, sentence)) {
    const word = text.slice(w.start, w.end).toLowerCase();
    const afterComma = /,\s*$/.test(text.slice(Math.max(sentence.start, w.start - 3), w.start));
    const conjunction = afterComma && commaOpeners.has(word);
    if (!openers.has(word) && !conjunction) continue;
    if (inert.some((p) => p.start <= w.start && w.end <= p.end)) continue;
    out.push({ ...w, kind: conjunction ? "conjunction" : "opener" });
  }
  // `ballots for Oscars - the Hollywood's top honours - were mailed`: a short aside between two dashes on
  // one side of the date is a parenthesis, not a clause's edge.
  const asides: Span[] = [];
  const dashes = out.filter((b) => b.kind === "punct" && /^(?:\s-\s|—|–)$/.test(text.slice(b.start, b.end)));
  for (let k = 0; k + 1 < dashes.length; k++) {
    const [a, b] = [dashes[k], dashes[k + 1]];
    const inside = text.slice(a.end, b.start);
    if (
      count(text, { start: a.end, end: b.start }) <= 8 &&
      !/[,;:]/.test(inside) &&
      (b.end <= date.start || a.start >= date.end)
    ) {
      asides.push({ start: a.start, end: b.end });
      k++;
    }
  }
  return out
    .filter((b) => b.end <= date.start || b.start >= date.end)
    .filter((b) => !asides.some((p) => p.start <= b.start && b.end <= p.end))
    .sort((a, b) => a.start - b.start);
}

const count = (text: string, span: Span) => (span.end > span.start ? words(text, span).length : 0);

/** Trims spaces, punctuation and dangling prepositions from both ends of a span. */
function trim(text: string, span: Span): Span {
  let { start, end } = span;
  for (let again = true; again;) {
    again = false;
    while (start < end && /[\s,;:—–\-"“”‘’'(.]/.test(text[start])) start++;
    const first = /^(?:and|but|or)\s/i.exec(text.slice(start, end));
    if (first) {
      start += first[0].length;
      again = true;
    }
    while (end > start && /[\s,;:—–\-"“”‘’'(.)]/.test(text[end - 1])) end--;
    const last = /(\p{L}+)$/u.exec(text.slice(start, end))?.[1];
    if (last && (DANGLING.has(last.toLowerCase()) || prefixes.has(last.toLowerCase())) && end - last.length > start) {
      end -= last.length;
      again = true;
    }
    // `was hacked more than five years ago`: a qualifier of the date's count goes with it.
    const qualifier = /\s(?:more|less|fewer)\s+than$/i.exec(text.slice(start, end));
    if (qualifier && end - qualifier[0].length > start) {
      end -= qualifier[0].length;
      again = true;
    }
  }
  return { start, end };
}

const wordAt = (text: string, w: Span) => text.slice(w.start, w.end).toLowerCase();

/**
 * The noun phrase a possessive date opens (`next year's expected general election` → `expected general
 * election`): the words after `'s`, up to punctuation or a word that cannot be part of it (lexicon
 * `dates/np-stops`), at most six; with the rest of the clause to `end` when a finite verb follows the
 * phrase (it is the subject: `Thursday's meeting was only a first step`).
 */
function possessiveHead(text: string, date: Span, end: number): Span | null {
  // The stretch to `end` is cut at punctuation below; a verb right after the phrase takes the clause to `end`.
  const from = date.end + 2;
  const stop = /[,;:—–()"“”]/.exec(text.slice(from, end));
  const list = words(text, { start: from, end: stop ? from + stop.index : end });
  const head: Span[] = [];
  for (const w of list) {
    if (head.length === 6 || npStops.has(wordAt(text, w))) break;
    head.push(w);
  }
  if (!head.length) return null;
  // `Thursday's meeting was only a first step`: the phrase is the subject, the clause goes with it.
  const next = list[head.length];
  if (next && subjectVerb(wordAt(text, next))) return { start: head[0].start, end };
  return { start: head[0].start, end: head.at(-1)!.end };
}

/**
 * The noun phrase a year or month-and-year after `of` modifies (`the Indian mutiny of 1857`): the words
 * before `of`, back to a determiner (kept) or a word that cannot be part of it, at most six; null when the
 * phrase reaches the clause's start (it is the clause's subject) or names a period or a deadline (`the
 * final three months of 2004`, `a deadline of 22 February`; lexicons `dates/period-nouns`,
 * `dates/deadline-words`). A finite verb after the date makes the phrase a subject: the clause to
 * `clauseEnd` goes with it.
 */
function ofHead(text: string, date: Span, clauseStart: number, clauseEnd: number): Span | null {
  const written = text.slice(date.start, date.end);
  // `one of last year's main concerns`: a possessive date belongs to the phrase after it.
  if (/^['’]s\b/u.test(text.slice(date.end, date.end + 3))) return null;
  const of = /^of\s/i.test(written)
    ? date.start
    : /\bof\s+$/i.exec(text.slice(Math.max(0, date.start - 5), date.start));
  if (of === null) return null;
  const before = typeof of === "number" ? of : date.start - of[0].length;
  const stop = /[,;:—–()"“”][^,;:—–()"“”]*$/.exec(text.slice(clauseStart, before));
  const list = words(text, { start: stop ? clauseStart + stop.index + 1 : clauseStart, end: before });
  const noun = list.length ? wordAt(text, list.at(-1)!) : "";
  if (!noun || periodNouns.has(noun) || deadlines.has(noun)) return null;
  let k = list.length - 1;
  for (; k >= 0 && list.length - k <= 6; k--) {
    const word = wordAt(text, list[k]);
    if (DETERMINERS.has(word)) break;
    if (npStops.has(word)) {
      k++;
      break;
    }
  }
  if (k < 0 || list.length - k > 6 || k >= list.length) return null;
  if (k === 0 && !stop) return null;
  // `one of the biggest changes of 2004 was …`: the phrase is the subject, the clause goes with it.
  const next = /^\s+(\p{L}+)/u.exec(text.slice(date.end, date.end + 30))?.[1]?.toLowerCase();
  if (next && subjectVerb(next)) return { start: list[k].start, end: clauseEnd };
  return { start: list[k].start, end: list.at(-1)!.end };
}

/**
 * The clause a date expression governs inside its sentence, as a span of the text. The clause runs
 * between the nearest clause boundaries around the date (punctuation, or a clause opener such as
 * `before`, `that`, `, and`; lexicon `dates/clause-openers`; not an opener with at most two words
 * before the date and no determiner, which is a preposition: `quit as Ajax boss last week`, `a cult
 * following throughout 2004`), with these news rules:
 * - a date that ends its clause is cut off (`Canada ended its flights on Thursday after …` → `Canada ended its flights`);
 * - a date that opens its clause is cut off (`on Thursday the Taliban captured …`), and an opening
 *   phrase of up to eight words ending in a comma (`Earlier Thursday,` / `In a statement on Friday,` /
 *   `Speaking in London on Monday,`) dates the rest of the
 *   sentence, up to a new clause after a comma and conjunction (`, and …`);
 * - a date after a speech verb keeps the reported clause (`said Thursday that it will send …`);
 * - a date inside a noun phrase dates the rest of it (`his Aug. 31 deadline for completing the pullout`);
 * - a stretch shorter than six words after a comma (`southern Afghanistan, on April 20, 2006`;
 *   `…, said in an interview Monday`) is joined to the stretch before it, unless that one holds
 *   another of the sentence's dates (`others`); a clause that holds another date before this one starts
 *   after it when at least two words are left (`opened on Friday and will close on Saturday`), or is what
 *   follows a date right after `and` (`joined in 1987 and in May he was named captain`);
 * - a date that modifies a noun phrase dates that phrase: after `of` (`the Indian mutiny of 1857`), as a
 *   possessive inside a clause (`in next year's expected general election` → `next year's expected general election`),
 *   with the clause's verb when the phrase is its subject (`the biggest changes of 2004 was …`);
 * - a short clause of the same time joins its main clause (`will step down when his contract expires`),
 *   a speech verb with an object keeps its `that` complement (`we told our shareholders last week that …`),
 *   a stretch after a comma opened by a subject pronoun is not joined to the one before, and a phrase
 *   between an opening date and a comma is skipped (`In January along with …, he marched`);
 * - a date ending a relative clause right before the main verb dates the relative clause, with a short
 *   head noun (`Parents who met Mr Blair on Tuesday were invited …` → `Parents who met Mr Blair`).
 */
export function eventClause(text: string, sentence: Span, date: Span, others: readonly Span[] = []): Span {
  const bounds = boundaries(text, sentence, date);
  let before = bounds.filter((b) => b.end <= date.start);
  const after = bounds.filter((b) => b.start >= date.end);
  // `Koeman quit as Ajax boss last week`: an opener with one or two words before the date is a preposition.
  const near = before.at(-1);
  const nearWords = near ? words(text, { start: near.end, end: date.start }) : [];
  const determined =
    nearWords.length && DETERMINERS.has(text.slice(nearWords[0].start, nearWords[0].end).toLowerCase());
  // (Not `, which was launched in November`: a relative pronoun after a comma opens a clause.)
  const commaRelative =
    near !== undefined &&
    /^(?:which|who|whose)$/.test(wordAt(text, near)) &&
    /,\s*$/.test(text.slice(sentence.start, near.start));
  if (near?.kind === "opener" && nearWords.length <= 2 && !determined && !commaRelative) before = before.slice(0, -1);
  const open = before.at(-1);
  let start = open ? open.end : sentence.start;
  let close: Boundary | undefined = after[0];
  const phrase = ofHead(text, date, start, close ? close.start : sentence.end);
  if (phrase) return trim(text, phrase);
  const lead = { start, end: date.start };
  const leadWords = words(text, lead);
  const lastWord = leadWords.length ? text.slice(leadWords.at(-1)!.start, leadWords.at(-1)!.end).toLowerCase() : "";
  if (close?.kind === "opener" && speechVerbs.has(lastWord) && text.slice(date.end, close.start).trim() === "")
    close = after[1];
  // `we told our shareholders last week that if …`: a speech verb with its object keeps the reported clause.
  else if (
    close?.kind === "opener" &&
    wordAt(text, close) === "that" &&
    text.slice(date.end, close.start).trim() === "" &&
    leadWords.slice(-4, -1).some((w) => speechVerbs.has(wordAt(text, w)))
  )
    close = after.find((b) => b.start > close!.end && b.kind !== "opener");
  const end = close ? close.start : sentence.end;
  // `according to new figures released on Tuesday by the BPI`, `in a report published on Monday`: a date after a
  // participle that follows a noun in a prepositional phrase dates that noun phrase (`new figures released`).
  const window = Math.max(sentence.start, date.start - 80);
  const reduced =
    /\b(?:[Aa]ccording\s+to|[Ii]n|[Oo]f|[Ff]rom)\s+((?:the|a|an|its|their|his|her|new|latest)\s+(?:[\p{Ll}-]+\s+){0,2}?\p{Ll}+\s+\p{Ll}+ed)\s+(?:on\s+|last\s+|this\s+|earlier\s+)?$/u.exec(
      text.slice(window, date.start),
    );
  // (only with a preposition on the date, "released on Tuesday": not "light crude ended Monday")
  const introduced = /^(?:on|in|last|earlier|this)\s/i.test(text.slice(date.start, date.end));
  if (
    reduced &&
    introduced &&
    !pastVerbs.has(reduced[1].split(/\s+/).at(-2) ?? "") &&
    !/\b(?:which|who|that|was|were|had|has|have|been)\b/.test(reduced[1])
  ) {
    const at = window + reduced.index + reduced[0].indexOf(reduced[1]);
    return trim(text, { start: at, end: at + reduced[1].length });
  }
  // `Figures released earlier this year showed …`: the same at the sentence's start, before its verb.
  const leadNoun = /^((?:\p{Lu}[\p{L}-]*|\p{Ll}[\p{L}-]*)(?:\s+\p{Ll}[\p{L}-]*){0,2}?\s+\p{Ll}+ed)\s+$/u.exec(
    text.slice(sentence.start, date.start),
  );
  const verbAfterDate = /^\s+(\p{Ll}+)/u.exec(text.slice(date.end, sentence.end))?.[1] ?? "";
  if (
    leadNoun &&
    introduced &&
    (pastVerbs.has(verbAfterDate) || /ed$/.test(verbAfterDate)) &&
    !/\b(?:what|which|who|whom|that|it|was|were|had|has|have|been|also|then|still|just|only|even)\b|\p{L}ly\b/iu.test(
      leadNoun[1],
    )
  )
    return trim(text, { start: sentence.start, end: sentence.start + leadNoun[1].length });
  const commaNext = /^\s*,/.test(text.slice(date.end, sentence.end));
  // A date phrase (with at most a short prepositional phrase) opening the sentence dates the rest of it
  // (or opening a quotation after a colon: 'said: "In my answer on March 17 2003, I explained …"').
  const first = leadWords.length ? text.slice(leadWords[0].start, leadWords[0].end).toLowerCase() : "";
  const quoted = open !== undefined && text[open.start] === ":" && /^\s*["“‘]/u.test(text.slice(open.end, date.start));
  // `At the Bafta film awards on Saturday night, there is …`: a day after a happening's noun phrase in the
  // opening phrase dates that noun phrase.
  const happening =
    !open &&
    commaNext &&
    leadWords.length >= 3 &&
    leadWords.length <= 8 &&
    /^(?:at|after|during|before|following|since)$/.test(first) &&
    DETERMINERS.has(wordAt(text, leadWords[1])) &&
    !/^(?:of|for|in)$/.test(lastWord) &&
    /^on\s/i.test(text.slice(date.start, date.end));
  if (happening) return trim(text, { start: leadWords[1].start, end: date.start });
  if (
    (!open || quoted) &&
    commaNext &&
    leadWords.length <= 8 &&
    (leadWords.length === 0 ||
      /^(?:in|on|at|during|with|after|before|by|for|over|throughout|across|since|until|from)$/.test(first) ||
      /ing$/.test(first))
  )
    return trim(text, {
      start: text.indexOf(",", date.end) + 1,
      end: after.find((b) => b.kind === "conjunction")?.start ?? sentence.end,
    });
  // `ahead of an expected May election`: a date between a determiner's adjective and its noun, in a
  // prepositional phrase, dates that noun phrase, determiner to head (not `lost the bitter October election`).
  const [preposition, det, adjective] = leadWords.slice(-3).map((w) => text.slice(w.start, w.end));
  if (
    leadWords.length >= 3 &&
    /^(?:of|at|in|on|for|before|after|until|since|during|ahead|towards?)$/.test(preposition) &&
    DETERMINERS.has(det.toLowerCase()) &&
    /^\p{Ll}+$/u.test(adjective) &&
    !prefixes.has(adjective) &&
    /^\s+\p{Ll}/u.test(text.slice(date.end, end))
  ) {
    const head = possessiveHead(text, { start: date.start, end: date.end - 2 }, end);
    if (head && head.end <= end) return trim(text, { start: leadWords.at(-2)!.start, end: head.end });
  }
  // `his Aug. 31 deadline for completing the pullout`: a date inside a noun phrase dates what follows it.
  if (
    DETERMINERS.has(lastWord) &&
    /^\s+\p{Ll}/u.test(text.slice(date.end, end)) &&
    count(text, { start: date.end, end }) >= 2
  )
    return trim(text, { start: date.end, end });
  // `Friday's attack …`: a possessive date is part of its noun phrase.
  // Inside a clause (`in next year's expected general election`) it is that noun phrase.
  if (/^['’]s\b/u.test(text.slice(date.end, date.end + 3))) {
    const head = leadWords.length ? possessiveHead(text, date, end) : null;
    // ("…performed with her brother at Wednesday's event": a general head leaves the clause as the event.)
    const headWords = head ? words(text, head) : [];
    const generic = headWords.length === 1 && genericHeads.has(wordAt(text, headWords[0]));
    if (generic && leadWords.length >= 3) return trim(text, { start, end: date.start });
    // The noun phrase keeps its date (`last year's Mercury Music Prize`, like `Wednesday's speech …`).
    // (without a preposition before the date: `on Tuesday's hearing` → `Tuesday's hearing`)
    const own = /^(?:on|at|in|by|for|from|during|since|until|of|and|after|before)\s+/i.exec(
      text.slice(date.start, date.end),
    );
    const from = date.start + (own ? own[0].length : 0);
    return trim(text, head ? { start: from, end: head.end } : { start: leadWords.length ? start : date.start, end });
  }
  // `In January along with 1,000 anti-war activists, he marched …`: a phrase after an opening date is not the clause.
  const firstAfter = words(text, { start: date.end, end }).at(0);
  if (
    leadWords.length === 0 &&
    close?.kind === "comma" &&
    firstAfter &&
    phrasePrepositions.has(wordAt(text, firstAfter))
  ) {
    const next = after.find((b) => b.start > close!.end);
    const rest = trim(text, { start: close.end, end: next ? next.start : sentence.end });
    if (count(text, rest) >= 2) return rest;
  }
  // `The MP launched Respect, the Unity Coalition, in January along with …`: a date opening a comma
  // stretch that goes on with a phrase, not a clause, dates the stretches before it (taken below).
  const phraseAfter = firstAfter !== undefined && phrasePrepositions.has(wordAt(text, firstAfter));
  // (a conjunction before the date opens nothing: `And last November Samuel Amoah … was jailed`)
  // (a year as the subject keeps its place: `But 2004 was a record year`)
  const bareLead =
    leadWords.length === 0 ||
    (!/^\d{4}$/.test(text.slice(date.start, date.end)) &&
      leadWords.every((w) => /^(?:and|but|so|yet|then)$/i.test(wordAt(text, w))));
  if (bareLead && count(text, { start: date.end, end }) > 0 && !(phraseAfter && open)) {
    // `last November Samuel Amoah, a Belgian national who …, was jailed`: a name and its appositive are
    // the subject; the clause runs on to the verb after them.
    const named = /^\s*(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*$/u.test(text.slice(date.end, end));
    const appositive =
      named && close?.kind === "comma" && /^\s*(?:a|an|the)\s/i.test(text.slice(close.end, close.end + 5));
    // `In January 25 people who took part in … were jailed`: a short subject's relative clause too
    const relativeSubject =
      close?.kind === "opener" &&
      /^(?:who|which|that)$/.test(wordAt(text, close)) &&
      count(text, { start: date.end, end }) <= 4;
    return trim(text, { start: date.end, end: appositive || relativeSubject ? sentence.end : end });
  }
  // `Parents who met Mr Blair on Tuesday were invited …`: a date ending a relative clause before the main
  // verb dates the relative clause, with its head noun when that is short.
  const relative = open?.kind === "opener" && RELATIVE_PRONOUNS.has(wordAt(text, open));
  const verbAfter = /^\s+(\p{L}+)/u.exec(text.slice(date.end, end))?.[1]?.toLowerCase();
  if (relative && verbAfter && subjectVerb(verbAfter) && leadWords.length >= 2) {
    const headStart = before.length > 1 ? before.at(-2)!.end : sentence.start;
    const head = count(text, { start: headStart, end: open.start });
    return trim(text, { start: head > 0 && head <= 6 ? headStart : open.start, end: date.start });
  }
  // Join short comma-bounded stretches to the one before.
  let i = before.length - 1;
  // `will also step down when his contract expires next year`: a short clause of the same time joins its main clause.
  if (
    open?.kind === "opener" &&
    simultaneous.has(wordAt(text, open)) &&
    count(text, { start, end: date.start }) < 5 &&
    count(text, { start: date.end, end }) === 0
  ) {
    i--;
    start = i >= 0 ? before[i].end : sentence.start;
  }
  const opening = words(text, { start, end: date.start }).at(0);
  // `…'s 8Mbps service, which was launched in November 2004`: a relative clause set off by a comma is
  // dated on its own, pronoun included.
  const aside =
    relative && open.start === start - (open.end - open.start) && /,\s*$/.test(text.slice(sentence.start, open.start));
  if (aside && i === before.length - 1) {
    start = open.start;
    // with the name it is about (`blues singer Ray Charles, who died in 2004` → `Ray Charles, who died`)
    const name = /(?:^|[^\p{L}])((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*),\s*$/u.exec(
      text.slice(Math.max(sentence.start, open.start - 60), open.start),
    );
    if (name && !/^(?:The|A|An|It|He|She|They)$/.test(name[1]))
      start = open.start - name[0].length + name[0].indexOf(name[1]);
    // or the short noun phrase opening the sentence (`The service, which was launched in November, has …`)
    const comma = before.at(-2);
    const headFrom = before.length > 2 ? before.at(-3)!.end : sentence.start;
    if (comma?.kind === "comma" && count(text, { start: headFrom, end: comma.start }) <= 3) start = headFrom;
  }
  const clauseOfItsOwn = aside || (opening !== undefined && subjects.has(wordAt(text, opening)));
  while (
    i >= 0 &&
    !clauseOfItsOwn &&
    before[i].kind === "comma" &&
    count(text, { start, end: date.start }) < MIN_WORDS
  ) {
    const from = i > 0 ? before[i - 1].end : sentence.start;
    // `will get into their stride in 2005, will be really big in 2006`: the clause starts after another date.
    const other = Math.max(-1, ...others.filter((o) => o.start >= from && o.end <= before[i].start).map((o) => o.end));
    if (other >= 0) {
      start = other;
      break;
    }
    i--;
    start = from;
  }
  // `Sainsbury had been close to a takeover but withdrew his offer on Monday`: a verb right after "but"
  // shares the subject of the clause before, which the event keeps.
  const opener = before.find((b) => b.end === start);
  const afterBut = words(text, { start, end: date.start }).at(0);
  if (
    opener?.kind === "opener" &&
    wordAt(text, opener) === "but" &&
    afterBut &&
    /^\p{Ll}/u.test(text.slice(afterBut.start, afterBut.end)) &&
    (pastVerbs.has(wordAt(text, afterBut)) || /ed$/.test(wordAt(text, afterBut)))
  ) {
    const k = before.indexOf(opener);
    const from = k > 0 ? before[k - 1].end : sentence.start;
    if (count(text, { start: from, end: opener.start }) <= 14) start = from;
  }
  // `President Bush's government, which has backed the embargo, introduced tighter rules in May`: a
  // clause that opens with its verb after a relative clause set off by commas takes the subject before it.
  for (let r = before.length - 2; r >= 1; r--) {
    const [comma, rel, shut] = [before[r - 1], before[r], before[r + 1]];
    if (rel.kind !== "opener" || !RELATIVE_PRONOUNS.has(wordAt(text, rel))) continue;
    if (comma.kind !== "comma" || text.slice(comma.end, rel.start).trim() !== "") break;
    const verbFirst = words(text, { start: shut.end, end: date.start }).at(0);
    if (
      shut.kind === "comma" &&
      start >= rel.start &&
      verbFirst &&
      /^\p{Ll}/u.test(text.slice(verbFirst.start, verbFirst.end)) &&
      !subjects.has(wordAt(text, verbFirst)) &&
      before.slice(r + 2).every((x) => x.kind === "comma" || x.end <= start)
    ) {
      const subjectStart = r >= 2 ? before[r - 2].end : sentence.start;
      if (count(text, { start: subjectStart, end: comma.start }) <= 6) start = subjectStart;
    }
    break;
  }
  // `started work last year and the outcome …`, `launched Freeview in 2002 as an alternative to …`:
  // a conjunction or an adjunct right after the date is not the dated clause.
  // (A year that is the verb's object, `will start 2005 with a series of races`, is no adjunct: the clause goes on.)
  const object = /^\d{4}$/.test(text.slice(date.start, date.end)) && objectVerbs.has(lastWord);
  const joined = !object && afterDate.has(/^\s+(\p{L}+)\s/u.exec(text.slice(date.end, end))?.[1]?.toLowerCase() ?? "");
  // `went on sale in mid-November priced $150 and Nintendo says …`: "and" before a new subject ends the clause.
  const coordinated = /\s(?:and|but)\s+(?=\p{Lu}|(?:he|she|they|it|we|i)\s)/u.exec(text.slice(date.end, end));
  const tail =
    count(text, { start: date.end, end }) > 0 && !joined
      ? coordinated
        ? date.end + coordinated.index
        : end
      : date.start;
  // `opened on Friday and will close on Saturday`: the clause starts after another date before this one.
  // A possessive date (`Tuesday's gig`) is part of the clause's subject.
  const previous = Math.max(
    -1,
    ...others
      .filter((o) => o.start >= start && o.end <= date.start && !/^['’]s\b/u.test(text.slice(o.end, o.end + 3)))
      .map((o) => o.end),
  );
  // `joined the club in 1987 and in May he was named captain`, `… captain of England and today I have realised a
  // dream`: a date right after `and` opens the next clause, after another date or before a pronoun subject.
  const range = others.some((o) => o.end === previous && /^(?:between|from)\b/i.test(text.slice(o.start, o.end)));
  const afterAnother =
    previous >= 0 && !range && /^\s*(?:and|but|then|and\s+then)\s*$/i.test(text.slice(previous, date.start));
  const beforeSubject =
    /\s(?:and|but)\s+$/i.test(text.slice(Math.max(sentence.start, date.start - 6), date.start)) &&
    /^\s*,?\s*(?:I|we|he|she|they|it)\s/u.test(text.slice(date.end, end));
  if (afterAnother || beforeSubject) {
    const next = trim(text, { start: date.end, end });
    if (count(text, next) >= (afterAnother ? 2 : 3)) return next;
  }
  const rest = previous >= 0 ? trim(text, { start: previous, end: tail }) : null;
  if (rest && count(text, { start: rest.start, end: Math.min(rest.end, date.start) }) >= 2) return rest;
  const span = trim(text, { start, end: tail });
  return count(text, span) >= 2 ? span : trim(text, sentence);
}

import { lexiconSet } from "../lexicon/lexicon.ts";
import type { ClauseContext } from "./clauseContext.ts";
import { count, words, wordAt } from "./clauseWords.ts";
import type { Span } from "../types.ts";
import { DETERMINERS, RELATIVE_PRONOUNS } from "./wordClasses.ts";

const simultaneous = lexiconSet("dates/simultaneous-openers");
const subjects = lexiconSet("dates/subject-pronouns");
const pastVerbs = lexiconSet("dates/past-verbs");

/** Below this many words, a comma-bounded stretch is a list item or an apposition, not a clause. */
const MIN_WORDS = 6;

// Where the clause starts while it is joined to what comes before it: at `start`, after `before[i]` (-1: the
// sentence's start); a clause of its own (`ownClause`) is not joined to short comma-bounded stretches before it.
interface Join {
  start: number;
  i: number;
  ownClause: boolean;
}

type JoinStep = (c: ClauseContext, s: Join) => Join;

/**
 * Where a date's clause starts, once joined to what it needs before it: a short clause of the same time
 * to its main clause, short comma-bounded stretches to the one before (`southern Afghanistan, on April 20,
 * 2006`), a verb after `but` or after a relative clause set off by commas to its subject.
 */
export function clauseStart(c: ClauseContext): number {
  let s: Join = { start: c.start, i: c.before.length - 1, ownClause: false };
  for (const step of steps) s = step(c, s);
  return s.start;
}

// `will also step down when his contract expires next year`: a short clause of the same time joins its main clause.
const sameTime: JoinStep = ({ text, sentence, date, before, open, end }, s) => {
  if (
    open?.kind === "opener" &&
    simultaneous.has(wordAt(text, open)) &&
    count(text, { start: s.start, end: date.start }) < 5 &&
    count(text, { start: date.end, end }) === 0
  ) {
    const i = s.i - 1;
    return { ...s, i, start: i >= 0 ? before[i].end : sentence.start };
  }
  return s;
};

// `… they said on Monday`: a stretch after a comma opened by a subject pronoun is not joined to the one before.
const pronounSubject: JoinStep = ({ text, date }, s) => {
  const opening = words(text, { start: s.start, end: date.start }).at(0);
  return { ...s, ownClause: opening !== undefined && subjects.has(wordAt(text, opening)) };
};

// `…'s 8Mbps service, which was launched in November 2004`: a relative clause set off by a comma is
// dated on its own, pronoun included.
const relativeAside: JoinStep = ({ text, sentence, before, relative: open }, s) => {
  const aside =
    open !== undefined &&
    open.start === s.start - (open.end - open.start) &&
    /,\s*$/.test(text.slice(sentence.start, open.start));
  if (!aside) return s;
  if (s.i !== before.length - 1) return { ...s, ownClause: true };
  let start = open.start;
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
  return { ...s, start, ownClause: true };
};

// Join short comma-bounded stretches to the one before (`southern Afghanistan, on April 20, 2006`).
const shortStretches: JoinStep = ({ text, sentence, date, before, others }, s) => {
  let { start, i } = s;
  while (i >= 0 && !s.ownClause && before[i].kind === "comma" && count(text, { start, end: date.start }) < MIN_WORDS) {
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
  return { ...s, start, i };
};

// `Sainsbury had been close to a takeover but withdrew his offer on Monday`: a verb right after "but"
// shares the subject of the clause before, which the event keeps.
const butSubject: JoinStep = ({ text, sentence, date, before }, s) => {
  const opener = before.find((b) => b.end === s.start);
  const afterBut = words(text, { start: s.start, end: date.start }).at(0);
  if (
    opener?.kind === "opener" &&
    wordAt(text, opener) === "but" &&
    afterBut &&
    /^\p{Ll}/u.test(text.slice(afterBut.start, afterBut.end)) &&
    (pastVerbs.has(wordAt(text, afterBut)) || /ed$/.test(wordAt(text, afterBut)))
  ) {
    const k = before.indexOf(opener);
    const from = k > 0 ? before[k - 1].end : sentence.start;
    if (count(text, { start: from, end: opener.start }) <= 14) return { ...s, start: from };
  }
  return s;
};

// A subordinate clause opening right at `s` with a subject of its own (`since he was sacked`, `when the
// couple were hit`), not a phrase (`as higher education minister`, `that will be hitting`).
function ownSubject(text: string, gap: Span, end: number): boolean {
  const first = words(text, { start: gap.start, end }).at(0);
  if (!first || words(text, gap).length > 0) return false;
  const word = text.slice(first.start, first.end);
  return subjects.has(word.toLowerCase()) || DETERMINERS.has(word.toLowerCase()) || /^\p{Lu}/u.test(word);
}

// `President Bush's government, which has backed the embargo, introduced tighter rules in May`: a
// clause that opens with its verb after a relative clause set off by commas takes the subject before it.
const subjectBeforeRelative: JoinStep = ({ text, sentence, date, before }, s) => {
  const { start } = s;
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
      before.slice(r + 2).every((x) => x.kind === "comma" || x.end <= start) &&
      // (not a subordinate clause with its own subject: "…, has been out of the game since he was sacked …")
      !before
        .slice(r + 2)
        .some(
          (x) => x.kind === "opener" && x.end <= start && ownSubject(text, { start: x.end, end: start }, date.start),
        )
    ) {
      const subjectStart = r >= 2 ? before[r - 2].end : sentence.start;
      if (count(text, { start: subjectStart, end: comma.start }) <= 6) return { ...s, start: subjectStart };
    }
    break;
  }
  return s;
};

// The joining steps, in the order they apply.
const steps: readonly JoinStep[] = [
  sameTime,
  pronounSubject,
  relativeAside,
  shortStretches,
  butSubject,
  subjectBeforeRelative,
];

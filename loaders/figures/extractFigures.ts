import { lexicon, lexiconSet } from "../lexicon/lexicon.ts";
import { figureLexicon, subjectKey } from "./figureLexicon.ts";
import { changedNoun } from "./changedNoun.ts";
import { figurePredicate } from "./figurePredicate.ts";
import { figureSubject } from "./figureSubject.ts";
import { readFigure, type FigureRead } from "./readFigure.ts";
import { tokenize, type Token } from "./tokenize.ts";
import type { Doc } from "../text/prepare.ts";
import type { FigureCandidate } from "../types.ts";

/** A figure read in one sentence, with the sentence's tokens. */
interface Proposed {
  read: FigureRead;
  tokens: Token[];
  sentence: number;
}

type Parser = (tokens: Token[], sentence: number) => Proposed[];
type Refiner = (figures: Proposed[]) => Proposed[];

/** Proposes a figure at every number (numeral or number words) of a sentence. */
const numbersParser: Parser = (tokens, sentence) => {
  const lex = figureLexicon();
  const out: Proposed[] = [];
  const consumed = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (consumed.has(i)) continue;
    const starts =
      t.kind === "num" ||
      (t.kind === "word" &&
        (lex.numberWords.has(t.lower) ||
          lex.fractions.has(t.lower) ||
          t.lower === "a" ||
          t.lower === "an" ||
          t.lower.endsWith("fold")));
    if (!starts) continue;
    const read = readFigure(tokens, i);
    if (!read) continue;
    out.push({ read, tokens, sentence });
    for (const k of read.alsoConsumed) consumed.add(k);
    i = read.numTo - 1;
  }
  return out;
};

const isCap = (t: Token) => t.kind === "word" && /^\p{Lu}/u.test(t.text);

// A numeral in thousands with separators ("800,000", "206,900").
const THOUSANDS = /^\d{1,3}(?:,\d{3})+$/;

/** Whether a bare number stands where a figure can ("the British 600", "from 157,000 to 133,000"). */
function bareCanStand(p: Proposed): boolean {
  const lex = figureLexicon();
  const { tokens: t, read } = p;
  const prev = t[read.from - 1];
  const next = t[read.numTo];
  if (prev) {
    if (lex.nameBefore.has(prev.lower)) return false;
    const okPrev =
      read.approx !== null ||
      scaled(p) ||
      (prev.kind === "sym" && !/^[-–/]$/.test(prev.text)) ||
      lex.functionWords.has(prev.lower) ||
      lex.additionWords.has(prev.lower) ||
      lex.subjects.has(subjectKey(prev.text)) ||
      // ("Unison's 800,000 workers, the Transport and General Workers' Union's 70,000": a named owner's, in
      // thousands, not a model number, "Boeing's 777")
      (/^\p{Lu}[\p{L}.-]*['’]s$/u.test(prev.text) && THOUSANDS.test(t[read.from].text)) ||
      // ("37,000 files last year - up 22,000 on four years ago", "unemployment rose 206,900 to 4.64 million": a
      // change's amount, in thousands, before what it changed from or to)
      ((/^(?:up|down)$/.test(prev.lower) || lex.changeVerbs.has(prev.lower)) &&
        THOUSANDS.test(t[read.from].text) &&
        /^(?:to|from|on|since)$/.test(next?.lower ?? ""));
    if (!okPrev) return false;
  }
  // "one in five": the base of a ratio
  if (prev?.lower === "in" && t[read.from - 2]?.kind !== "word") return false;
  if (prev?.lower === "in" && lex.numberWords.has(t[read.from - 2]?.lower ?? "")) return false;
  if (next) {
    // "3-1", "24/7"; a spaced dash ends a clause ("to 28.52 million - the highest")
    if (next.kind === "sym" && /^[-–/:]$/.test(next.text) && !(next.space && t[read.numTo + 1]?.space)) return false;
    if (next.kind === "num" || isCap(next)) return false;
  }
  return true;
}

/** Whether a bare number is the object of a verb coordinated after "and" ("and wounded 1,000"). */
function coordinatedObject({ tokens: t, read }: Proposed): boolean {
  const verb = t[read.from - 1];
  return verb !== undefined && /^\p{Ll}{3,}ed$/u.test(verb.text) && t[read.from - 2]?.lower === "and";
}

/** The noun a bare number measures when written "a crowd of 360,000", or null. */
function nounBeforeOf(f: Proposed): string | null {
  const lex = figureLexicon();
  const { tokens: t, read } = f;
  if (read.value < 100 || read.approx !== null || t[read.from - 1]?.lower !== "of") return null;
  const noun = t[read.from - 2];
  if (!noun || noun.kind !== "word" || isCap(noun) || lex.functionWords.has(noun.lower) || lex.notUnits.has(noun.lower))
    return null;
  return noun.text;
}

/** Whether a bare number is an age set off by commas after a name ("Prince Charles, 56, and …"). */
function ageInApposition(f: Proposed): boolean {
  const { tokens: t, read } = f;
  const v = read.value;
  if (read.approx !== null || !Number.isInteger(v) || v < 1 || v > 120 || read.from !== read.numFrom) return false;
  if (t[read.from].kind !== "num") return false;
  const comma = t[read.from - 1];
  const name = t[read.from - 2];
  const next = t[read.numTo];
  if (comma?.text !== "," || name === undefined || name.kind !== "word") return false;
  // ("said Hynde, 53.": an age closes the sentence too)
  // ("Warren Leblanc, 17 - who was jailed …": or a dash)
  if (isCap(name)) return next === undefined || /^[,).;—–-]$/.test(next.text);
  // "The England international, 24,", "a woman, 35,": a person described, then the age between commas
  return v >= 10 && next?.text === "," && personNoun(name.lower);
}

// The names and nouns of an index whose level a bare number gives ("The FTSE 100 index closed at 4,751").
const INDEX_NAMES = lexiconSet("figures/index-names");
const INDEX_WORDS = lexiconSet("figures/index-words");

/**
 * The unit of a bare number that is an index's level, when its clause names the index before it: "points" for a
 * stock market's ("the Dow Jones Industrial average closed … at 10,385.48"), else "index" ("the employment index
 * eased to 52.7 in December from 57.6"). A level has decimals or thousands, or follows "to", "at" or "from".
 */
function indexLevel(f: Proposed): string | null {
  const { tokens: t, read } = f;
  if (read.approx !== null || read.from !== read.numFrom || t[read.from].kind !== "num") return null;
  const written = t
    .slice(read.numFrom, read.numTo)
    .map((x) => x.text)
    .join("");
  const prev = t[read.from - 1]?.lower ?? "";
  if (!/[.,]\d/.test(written) && !/^(?:to|at|from)$/.test(prev)) return null;
  let k = read.from - 1;
  while (k >= 0 && !/^[.;:!?]$/.test(t[k].text) && read.from - k <= 14) k--;
  const before = t.slice(k + 1, read.from).map((x) => x.lower);
  if (!before.some((w) => INDEX_WORDS.has(w) || INDEX_NAMES.has(w))) return null;
  return before.some((w) => INDEX_NAMES.has(w) || /^(?:points|shares|share|stock)$/.test(w)) ? "points" : "index";
}

let personNouns: ReadonlySet<string> | undefined;

// A singular noun for a person (lexicons `quotes/person-anaphors`, `quotes/titles`, `quotes/anonymous-heads`).
function personNoun(word: string): boolean {
  personNouns ??= new Set(
    ["quotes/person-anaphors", "quotes/titles", "quotes/anonymous-heads"].flatMap((name) => [...lexiconSet(name)]),
  );
  return personNouns.has(word) && !/s$/.test(word);
}

/** Whether a figure's number carries a scale word ("one million", "4 million", a range's "six or seven million"). */
function scaled(f: Proposed): boolean {
  const lex = figureLexicon();
  const end = f.read.value_high !== null ? f.read.to : f.read.numTo;
  return f.tokens.slice(f.read.numFrom, end).some((t) => lex.scales.has(t.lower) && t.lower !== "hundred");
}

/** Whether a bare number can share a parallel figure's unit: counts, and short durations ("six unpaid"). */
function parallelFits(f: Proposed, g: Proposed): boolean {
  // "rose 20.54 points to 10,847.66": an unscaled decimal after its parallel is a level, not a count;
  // before it, it shares the unit by coordination ("times of 6.61 and 6.62 seconds")
  if (!Number.isInteger(f.read.value) && g.read.from < f.read.from) return false;
  // "four times more likely … less than $30,000": a multiplier's "times" is no unit to share
  if (g.read.rule.endsWith("multiplier")) return false;
  if (g.read.category === "count") return true;
  return g.read.category === "duration" && f.read.value < 100;
}

/** Bare numbers take the unit of a parallel figure: the nearest one before in the sentence, else the last count. */
const inheritUnits: Refiner = (figures) => {
  const resolved = new Set<Proposed>(figures.filter((f) => !f.read.bare));
  const keep = new Set<Proposed>(resolved);
  const adopt = (f: Proposed, from: Proposed) => {
    f.read = { ...f.read, unit: from.read.unit, category: from.read.category, bare: false, rule: "bare+parallel" };
    resolved.add(f);
    keep.add(f);
  };
  // The nearest figure before `f` in its sentence whose unit is known.
  const parallelBefore = (f: Proposed) =>
    figures.filter((g) => g.sentence === f.sentence && resolved.has(g) && g.read.from < f.read.from).at(-1);
  let lastCount: Proposed | null = null;
  for (const f of figures) {
    if (!f.read.bare) {
      if (f.read.category === "count" && f.read.unit && !f.read.rule.endsWith("multiplier")) lastCount = f;
      continue;
    }
    if (!bareCanStand(f)) {
      // "killed more than 250 people and wounded 1,000": a coordinated verb's object shares the count before it.
      const parallel = parallelBefore(f);
      if (parallel && coordinatedObject(f) && parallelFits(f, parallel)) adopt(f, parallel);
      continue;
    }
    const level = indexLevel(f);
    if (level) {
      f.read = { ...f.read, unit: level, category: "count", bare: false, rule: "index-level" };
      resolved.add(f);
      keep.add(f);
      continue;
    }
    if (ageInApposition(f)) {
      f.read = { ...f.read, unit: "years", category: "duration", bare: false, rule: "duration-age-apposition" };
      resolved.add(f);
      keep.add(f);
      continue;
    }
    if (f.read.numberOf) {
      f.read = { ...f.read, unit: f.read.numberOf, bare: false, rule: "count-number-of" };
      resolved.add(f);
      keep.add(f);
      lastCount = f;
      continue;
    }
    const noun = nounBeforeOf(f);
    if (noun) {
      f.read = { ...f.read, unit: noun, bare: false, rule: "count-noun-of" };
      resolved.add(f);
      keep.add(f);
      lastCount = f;
      continue;
    }
    const parallel = parallelBefore(f);
    const changed = Number.isInteger(f.read.value) && f.read.value >= 100 ? changedNoun(f.tokens, f.read.from) : null;
    if (parallel && parallelFits(f, parallel)) adopt(f, parallel);
    else if (changed) {
      f.read = { ...f.read, unit: changed, bare: false, rule: "count-changed-noun" };
      resolved.add(f);
      keep.add(f);
    } else if (
      lastCount &&
      f.read.value >= 100 &&
      Number.isInteger(f.read.value) &&
      f.sentence - lastCount.sentence <= 6
    )
      adopt(f, lastCount);
  }
  for (const f of figures) {
    if (!f.read.bare || keep.has(f) || !bareCanStand(f)) continue;
    const same = figures.filter((g) => g.sentence === f.sentence && keep.has(g) && g !== f && parallelFits(f, g));
    if (same.length) adopt(f, same[0]);
    else if (f.read.value >= 1000 && scaled(f)) {
      // "one million or more": a scaled number is a figure even when its unit is left unsaid
      f.read = { ...f.read, bare: false, rule: "bare+scaled" };
      keep.add(f);
    }
  }
  return figures.filter((f) => keep.has(f));
};

/** A value without floating-point noise from scaling (261.9 × 1e6 → 261900000). */
const round = (v: number) => Number(v.toPrecision(12));

/** The figure extractors, in order. */
const parsers: Parser[] = [numbersParser];
// "chapter 11 bankruptcy rules", "No 9 prospects": a label word before a numeral (lexicon `figures/label-words`)
// makes it a name with or without a noun after it.
const dropLabels: Refiner = (proposed) => {
  const { labelWords } = figureLexicon();
  return proposed.filter(({ tokens, read }) => {
    const prev = tokens[read.from - 1];
    const numeral = /^\d/.test(tokens[read.from].text);
    return !(prev?.kind === "word" && numeral && read.approx === null && labelWords.has(prev.lower));
  });
};

let compoundUnits: Map<string, { dimension: string; size: number }> | undefined;

// A part's dimension and size in that dimension's smallest unit (lexicon `figures/compound-units`), or null.
function compoundUnit(unit: string | null): { dimension: string; size: number } | null {
  compoundUnits ??= new Map(
    lexicon("figures/compound-units").map((line) => {
      const [name, dimension, size] = line.split(/\s+/);
      return [name, { dimension, size: Number(size) }];
    }),
  );
  return compoundUnits.get((unit ?? "").toLowerCase()) ?? null;
}

// "two hours 45 minutes", "eight minutes, 33.05 seconds", "two hours, 23 minutes and 10 seconds", "6ft 4in":
// parts in falling units of one dimension, joined by nothing, a comma or "and", are one measure, counted in the
// last part's unit.
const mergeCompounds: Refiner = (figures) => {
  const out: Proposed[] = [];
  for (const f of figures) {
    const prev = out.at(-1);
    const gap = prev && prev.tokens === f.tokens ? f.tokens.slice(prev.read.to, f.read.from) : null;
    const [big, small] = [compoundUnit(prev?.read.unit ?? null), compoundUnit(f.read.unit)];
    if (
      prev &&
      gap &&
      big &&
      small &&
      gap.length <= 2 &&
      gap.every((x) => x.text === "," || x.lower === "and") &&
      prev.read.category === f.read.category &&
      f.read.approx === null &&
      big.dimension === small.dimension &&
      big.size > small.size
    ) {
      const total = (prev.read.value * big.size) / small.size + f.read.value;
      out[out.length - 1] = {
        ...prev,
        read: {
          ...prev.read,
          to: f.read.to,
          value: total,
          value_high: null,
          unit: f.read.unit,
          rule: prev.read.category === "duration" ? "duration-compound" : "measure-compound",
        },
      };
      continue;
    }
    out.push(f);
  }
  return out;
};

/** The refiners applied to all proposed figures of an article, in order. */
const refiners: Refiner[] = [dropLabels, inheritUnits, mergeCompounds];

/** Figures (counts, money, percentages, durations), in text order. */
export function extractFigures(doc: Doc): FigureCandidate[] {
  let proposed: Proposed[] = [];
  for (const s of doc.sentences) {
    const tokens = tokenize(doc.text, s.start, s.end);
    for (const parse of parsers) proposed.push(...parse(tokens, s.index));
  }
  for (const refine of refiners) proposed = refine(proposed);
  const out: FigureCandidate[] = proposed.map((p) => {
    const { read, tokens } = p;
    const s = doc.sentences[p.sentence];
    const start = tokens[read.from].start;
    const end = tokens[read.to - 1].end;
    return {
      start,
      end,
      text: doc.text.slice(start, end),
      value: round(read.value),
      value_high: read.value_high === null ? null : round(read.value_high),
      unit: read.unit,
      category: read.category,
      approx: read.approx,
      subject: figureSubject(tokens, read),
      predicate: figurePredicate(tokens, read),
      sentence: doc.text.slice(s.start, s.end),
      rule: read.rule,
    };
  });
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

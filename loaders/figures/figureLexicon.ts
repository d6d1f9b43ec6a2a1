import { lexicon, lexiconSet } from "../lexicon/lexicon.ts";

/** A currency unit and the factor that turns the written amount into major units. */
export interface Currency {
  unit: string;
  factor: number;
}

/** The word lists the figure extractors use, read once from `loaders/lexicon/figures/`. */
export interface FigureLexicon {
  numberWords: Map<string, number>;
  scales: Map<string, number>;
  suffixScales: Map<string, number>;
  fractions: Map<string, number>;
  currencySymbols: Map<string, string>;
  /** Currency words, keyed by their lower-cased words joined by one space. */
  currencyWords: Map<string, Currency>;
  percentWords: string[][];
  qualifiers: string[][];
  qualifiersAfter: string[][];
  timeUnits: Map<string, string>;
  months: ReadonlySet<string>;
  yearHeads: ReadonlySet<string>;
  dimensionWords: ReadonlySet<string>;
  timeOfDay: ReadonlySet<string>;
  agoWords: ReadonlySet<string>;
  ageWords: string[][];
  functionWords: ReadonlySet<string>;
  pluralNouns: ReadonlySet<string>;
  singularS: ReadonlySet<string>;
  hyphenAdjectives: ReadonlySet<string>;
  hyphenStop: ReadonlySet<string>;
  measureUnits: ReadonlySet<string>;
  /** Words before a numeral that make it a label even with a noun after it ("chapter 11 bankruptcy rules"). */
  labelWords: ReadonlySet<string>;
  /** Words before a bare number that make it a label (the label words, and "top", "round" …). */
  nameBefore: ReadonlySet<string>;
  objectPronouns: ReadonlySet<string>;
  ofDeterminers: ReadonlySet<string>;
  notUnits: ReadonlySet<string>;
  clauseBreaks: ReadonlySet<string>;
  notSubjects: ReadonlySet<string>;
  /** Verb forms and nominalisations (lower-cased words, joined by one space) → verb lemma. */
  predicates: Map<string, string>;
  bridges: string[][];
  /** Words of change that make "X to Y" a change and a new level rather than a range. */
  changeWords: ReadonlySet<string>;
  /** Verbs whose subject or object is what a bare "to N" after them counts ("loans fell to 85,000"). */
  changeVerbs: ReadonlySet<string>;
  /** Nouns naming an amount, not the thing counted ("the numbers of active bot computers"). */
  quantityNouns: ReadonlySet<string>;
  /** Words that follow the noun they modify ("the number of Europeans online"). */
  postnominal: ReadonlySet<string>;
  /** Words between a number and its noun that count an addition ("100,000 more places"). */
  incrementWords: ReadonlySet<string>;
  /** Words of addition before a bare number ("a further 300"). */
  additionWords: ReadonlySet<string>;
  /** Words before "one" that make it a count ("has one problem", "only one side"). */
  oneCounters: ReadonlySet<string>;
  /** Words after "N times" that make it a multiplier ("four times as many"). */
  multiplierAfter: ReadonlySet<string>;
  /** Words that can stand before a second number in one noun phrase ("their last three visits"). */
  numberModifiers: ReadonlySet<string>;
  /** Words before a word of change that make it a plan ("to cut", "will cut"). */
  forecastWords: ReadonlySet<string>;
  /** Nouns after a currency word that make it a name ("euro zone"). */
  currencyCompounds: ReadonlySet<string>;
  /** Every alias (lower-cased, dots removed) → canonical subject. */
  subjects: Map<string, string>;
}

const pairs = (name: string): [string, string][] =>
  lexicon(name).map((line) => {
    const i = line.indexOf(" = ");
    return [line.slice(0, i).trim().toLowerCase(), line.slice(i + 3).trim()];
  });

const phrases = (name: string): string[][] =>
  lexicon(name)
    .map((line) => line.toLowerCase().split(/\s+/))
    .sort((a, b) => b.length - a.length);

/** The alias key of a subject name: lower case, dots and possessive removed. */
export function subjectKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/['’]s$/, "")
    .replace(/\./g, "")
    .replace(/^the\s+/, "")
    .trim();
}

let cached: FigureLexicon | undefined;

/** The figure word lists (cached after the first call). */
export function figureLexicon(): FigureLexicon {
  if (cached) return cached;
  const scales = new Map<string, number>();
  const suffixScales = new Map<string, number>();
  for (const [word, value] of pairs("figures/scales")) {
    const [n, ...flags] = value.split(/\s+/);
    if (flags.includes("suffix")) suffixScales.set(word, Number(n));
    if (!flags.includes("suffix") || flags.includes("word")) scales.set(word, Number(n));
  }
  const currencyWords = new Map<string, Currency>();
  for (const [words, value] of pairs("figures/currency-words")) {
    const [unit, factor] = value.split(/\s+/);
    currencyWords.set(words, { unit, factor: factor ? Number(factor) : 1 });
  }
  const subjects = new Map<string, string>();
  for (const line of lexicon("figures/subjects")) {
    const i = line.indexOf(" = ");
    const canonical = line.slice(0, i).trim();
    subjects.set(subjectKey(canonical), canonical);
    for (const alias of line.slice(i + 3).split(",")) subjects.set(subjectKey(alias), canonical);
  }
  const predicates = new Map<string, string>();
  for (const [lemma, forms] of pairs("figures/predicates"))
    for (const form of forms.split(",")) predicates.set(form.trim().toLowerCase(), lemma);
  cached = {
    numberWords: new Map(pairs("figures/number-words").map(([w, v]) => [w, Number(v)])),
    scales,
    suffixScales,
    fractions: new Map(pairs("figures/fractions").map(([w, v]) => [w, Number(v)])),
    currencySymbols: new Map(pairs("figures/currency-symbols")),
    currencyWords,
    percentWords: phrases("figures/percent-words"),
    qualifiers: phrases("figures/qualifiers"),
    qualifiersAfter: phrases("figures/qualifiers-after"),
    timeUnits: new Map(pairs("figures/time-units")),
    months: lexiconSet("figures/months"),
    yearHeads: lexiconSet("figures/year-heads"),
    dimensionWords: lexiconSet("figures/dimension-words"),
    timeOfDay: lexiconSet("figures/time-of-day"),
    agoWords: lexiconSet("figures/ago-words"),
    ageWords: phrases("figures/age-words"),
    functionWords: lexiconSet("figures/function-words"),
    pluralNouns: lexiconSet("figures/plural-nouns"),
    singularS: lexiconSet("figures/singular-s"),
    hyphenAdjectives: lexiconSet("figures/hyphen-adjectives"),
    hyphenStop: lexiconSet("figures/hyphen-stop"),
    measureUnits: lexiconSet("figures/measure-units"),
    labelWords: lexiconSet("figures/label-words"),
    nameBefore: new Set([...lexiconSet("figures/name-before"), ...lexiconSet("figures/label-words")]),
    objectPronouns: lexiconSet("figures/object-pronouns"),
    ofDeterminers: lexiconSet("figures/of-determiners"),
    notUnits: lexiconSet("figures/not-units"),
    clauseBreaks: lexiconSet("figures/clause-breaks"),
    notSubjects: lexiconSet("figures/not-subjects"),
    predicates,
    bridges: phrases("figures/number-bridges"),
    changeWords: lexiconSet("figures/change-words"),
    changeVerbs: lexiconSet("figures/change-verbs"),
    quantityNouns: lexiconSet("figures/quantity-nouns"),
    postnominal: lexiconSet("figures/postnominal-modifiers"),
    incrementWords: lexiconSet("figures/increment-words"),
    additionWords: lexiconSet("figures/addition-words"),
    oneCounters: lexiconSet("figures/one-counters"),
    multiplierAfter: lexiconSet("figures/multiplier-after"),
    numberModifiers: lexiconSet("figures/number-modifiers"),
    forecastWords: lexiconSet("figures/forecast-words"),
    currencyCompounds: lexiconSet("figures/currency-compounds"),
    subjects,
  };
  return cached;
}

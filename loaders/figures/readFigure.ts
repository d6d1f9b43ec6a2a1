import { lexiconSet } from "../lexicon/lexicon.ts";
import type { FigureCategory } from "../types.ts";
import { figureLexicon, subjectKey } from "./figureLexicon.ts";
import { readNumber, type NumberRead } from "./readNumber.ts";
import { tokenize, type Token } from "./tokenize.ts";

/** Verbs after a year that is its sentence's subject ("2005 offers the chance"), shared with the date parsers. */
const YEAR_SUBJECT_VERBS = lexiconSet("dates/year-subject-verbs");

/** A figure read from a sentence's tokens, before its subject and predicate are known. */
export interface FigureRead {
  /** Token range of the whole figure text (qualifier, number, unit). */
  from: number;
  to: number;
  /** Token range of the number itself, and of a range's second number. */
  numFrom: number;
  numTo: number;
  alsoConsumed: number[];
  value: number;
  value_high: number | null;
  unit: string | null;
  category: FigureCategory;
  approx: string | null;
  /** No unit was written: the unit must come from a parallel figure ("the British 600"). */
  bare: boolean;
  /** For a bare number, the noun of "the number of X" earlier in its clause, or null. */
  numberOf: string | null;
  /** The rule that read the figure. */
  rule: string;
}

interface UnitRead {
  category: FigureCategory;
  unit: string | null;
  factor: number;
  /** Token index after the unit. */
  to: number;
  bare: boolean;
  rule: string;
}

let qualifierTokens: string[][] | undefined;
let afterTokens: string[][] | undefined;
let currencyWordTokens: [string[], string][] | undefined;
let percentTokens: string[][] | undefined;
let bridgeTokens: string[][] | undefined;
let ageTokens: string[][] | undefined;
const FINITE = lexiconSet("quotes/finite");
// Words after an age group that make it a team's level: "under-21 international", "under-19 side".
const AGE_TEAM = lexiconSet("figures/age-team-words");
// Races named by their distance in metres (lexicons `figures/race-distances`, `figures/race-events`: "the 100m
// hurdles", "200m freestyle").
const RACE_METRES = new Set([...lexiconSet("figures/race-distances")].map(Number));
const RACES = lexiconSet("figures/race-events");
// A person's pronoun and a copula before an age: "she was", "I will be", "he turned".
const AGE_COPULA = /(?:^|\s)(?:i|he|she|you|we|they)\s+(?:was|were|is|am|are|(?:will|would)\s+be|turned|turns)$/;

const toks = (phrase: string) => tokenize(phrase).map((t) => t.lower);
function phraseLists() {
  const lex = figureLexicon();
  qualifierTokens ??= lex.qualifiers.map((p) => toks(p.join(" "))).sort((a, b) => b.length - a.length);
  afterTokens ??= lex.qualifiersAfter.map((p) => toks(p.join(" ")));
  currencyWordTokens ??= [...lex.currencyWords.keys()]
    .map((k) => [toks(k), k] as [string[], string])
    .sort((a, b) => b[0].length - a[0].length);
  percentTokens ??= lex.percentWords.map((p) => toks(p.join(" ")));
  bridgeTokens ??= lex.bridges.map((p) => toks(p.join(" ")));
  ageTokens ??= lex.ageWords.map((p) => toks(p.join(" ")));
}

/** Whether the lower-cased words `phrase` are written at token `k`. */
function at(t: readonly Token[], k: number, phrase: readonly string[]): boolean {
  if (k < 0 || k + phrase.length > t.length) return false;
  for (let n = 0; n < phrase.length; n++) if (t[k + n].lower !== phrase[n]) return false;
  return true;
}

/** Whether the words `phrase` end just before token `k`. */
function before(t: readonly Token[], k: number, phrase: readonly string[]): boolean {
  return at(t, k - phrase.length, phrase);
}

const joined = (t: readonly Token[], k: number) => k < t.length && !t[k].space;

/** Whether a lower-cased word looks like a plural noun. */
export function isPlural(word: string): boolean {
  const lex = figureLexicon();
  if (lex.pluralNouns.has(word)) return true;
  if (lex.singularS.has(word) || lex.functionWords.has(word)) return false;
  // "policemen", "businessmen" (not "omen", "abdomen")
  if (/(?:[^o]men|women)$/.test(word) && word.length > 4) return true;
  return /[^s'’u]s$|ies$|sses$/.test(word) && word.length > 2;
}

/** Whether a capitalised word names people by nation ("Afghans", "Canadians", "Palestinians"). */
function isDemonym(word: string): boolean {
  const subjects = figureLexicon().subjects;
  const key = subjectKey(word);
  if (subjects.has(key) || subjects.has(key.replace(/s$/, ""))) return true;
  // the usual ending of peoples' names: "Africans", "Kenyans", "Sri Lankans"
  return /^\p{Lu}\p{Ll}{2,}ans$/u.test(word);
}

const isCap = (t: Token) => t.kind === "word" && /^\p{Lu}/u.test(t.text);

/**
 * The head noun of the noun phrase starting at token `k` ("Afghan refugees" → refugees): the first
 * lower-case plural, else the last capitalised plural ("21,000 Afghans"); `singular` accepts the
 * first content word ("one laptop").
 */
function headNoun(
  t: readonly Token[],
  k: number,
  singular: boolean,
): { head: number; to: number; text: string } | null {
  const lex = figureLexicon();
  const words: number[] = [];
  const starts = new Map<number, number>();
  let m = k;
  while (m < t.length && words.length < 7) {
    const w = t[m];
    // "Burnout 3 won three awards": another number starts another figure
    if (
      words.length &&
      lex.numberWords.has(w.lower) &&
      !lex.numberModifiers.has(t[words[words.length - 1]].lower) &&
      !/['’]s?$/.test(t[m - 1]?.text ?? "") &&
      !(t[m + 1]?.text === "-" && joined(t, m + 1))
    )
      break;
    // "US" is a name, not the pronoun "us"
    // ("by-elections", "in-laws": a function word opening a hyphenated compound is part of the word)
    const hyphened = t[m + 1]?.text === "-" && joined(t, m + 1) && joined(t, m + 2) && t[m + 2]?.kind === "word";
    // ("20 Serie A appearances": a capital letter inside a name is no article)
    const letter = w.text === "A" && m > k && isCap(t[m - 1]);
    if (w.kind === "word" && (!lex.functionWords.has(w.lower) || /^\p{Lu}{2,}$/u.test(w.text) || hyphened || letter)) {
      words.push(m);
      starts.set(m, m);
      m++;
      // "best-selling", "game-breakers": a hyphenated compound is one word; so is a name with a number ("COVID-19
      // cases", "F-35 jets")
      while (
        m + 1 < t.length &&
        t[m].text === "-" &&
        joined(t, m) &&
        joined(t, m + 1) &&
        (t[m + 1].kind === "word" || (t[m + 1].kind === "num" && /^\d+$/.test(t[m + 1].text) && isCap(t[m - 1])))
      ) {
        const first = starts.get(words[words.length - 1])!;
        words[words.length - 1] = m + 1;
        starts.set(m + 1, first);
        m += 2;
      }
      continue;
    }
    // "Foreign Office and other UK government officials": a conjunction inside capitalised words;
    // "300 natural and man-made disasters": between adjectives before the head
    const last = words.length ? t[words[words.length - 1]] : null;
    const after = t[m + 1];
    const adjectives =
      words.length <= 2 &&
      !words.some((x) => isCap(t[x])) &&
      after?.kind === "word" &&
      !lex.functionWords.has(after.lower) &&
      !lex.numberWords.has(after.lower) &&
      !/ed$/.test(after.lower);
    if (
      (w.lower === "and" || w.lower === "or") &&
      last &&
      (isCap(last) || (adjectives && !isPlural(last.lower) && !lex.measureUnits.has(last.lower)))
    ) {
      m++;
      continue;
    }
    break;
  }
  if (!words.length) return null;
  const compound = (w: number) =>
    t
      .slice(starts.get(w) ?? w, w + 1)
      .map((x) => x.text)
      .join("");
  if (singular) {
    const first = words[0];
    if (t[first].kind === "word" && !isCap(t[first])) return { head: first, to: first + 1, text: compound(first) };
    return null;
  }
  for (const w of words) {
    // ("with-profits policyholders": a compound opened by a function word before a noun is a modifier)
    if (lex.functionWords.has(t[starts.get(w) ?? w].lower) && w !== words[words.length - 1]) continue;
    // an acronym's plural counts people or things: "301 MPs", "14 Liberal MPs", "30 CEOs"
    // (a noun after it heads the phrase: "two MPs committees")
    const nounAfter = words.includes(w + 1) && !isCap(t[w + 1]) && isPlural(t[w + 1].lower);
    if (/^\p{Lu}{2,}s$/u.test(t[w].text) && !nounAfter) return { head: w, to: w + 1, text: compound(w) };
    if (!isCap(t[w]) && isPlural(t[w].lower)) return { head: w, to: w + 1, text: compound(w) };
    if (!isCap(t[w]) && lex.measureUnits.has(t[w].lower)) return { head: w, to: w + 1, text: compound(w) };
    // "3.8 GHz", "8 Mbps": a unit symbol in its own capitals (not a capitalised word, "Miles")
    if (lex.measureUnits.has(t[w].lower) && (/\p{Lu}/u.test(t[w].text.slice(1)) || /^[KMGT]bps$/.test(t[w].text)))
      return { head: w, to: w + 1, text: compound(w) };
  }
  let cap: number | null = null;
  // a capitalised plural heads the phrase only as a demonym ("21,000 Afghans") or in a Title Case headline
  for (const w of words) if (isCap(t[w]) && isPlural(t[w].lower) && (isDemonym(t[w].text) || titleCase(t))) cap = w;
  // a capitalised plural only heads the phrase when nothing lower-case follows it
  if (cap !== null && !words.some((w) => w > cap! && !isCap(t[w])))
    return { head: cap, to: cap + 1, text: compound(cap) };
  // after a number in lower case, a capitalised plural ending its run of capitals heads the phrase
  // ("six unnamed Roma Czechs", "three November Tests"); a capitalised number starts a title ("Four Weddings")
  // ("six unnamed Roma Czechs", "three November Tests", "11 Oscars"). It is a name's part when a noun
  // follows ("the 1977 Star Wars film") or a possessive; a capitalised number or a year starts a title
  // ("Four Weddings", "The 39 Steps").
  const number = t[k - 1];
  const before = t[k - 2];
  const title = number?.kind === "num" && (/^\d{4}$/.test(number.text) || !before || isCap(before));
  // "number eight Ryan Jones", "back-five forward Hodges": a position, and a surname ending in s
  const position =
    before && (before.lower === "number" || before.lower === "no" || (before.text === "-" && !number.space));
  // (or a finite verb: "four Britons held by the US", lexicon `quotes/finite`)
  const ends = (next: Token | undefined) =>
    !next ||
    (next.kind === "word"
      ? lex.functionWords.has(next.lower) || /(?:ed|ing)$/.test(next.lower) || FINITE.has(next.lower)
      : !/^['’]$/.test(next.text));
  if (number && !title && !position && (number.kind === "num" || !isCap(number)))
    for (const w of words) {
      if (isCap(t[w]) && isPlural(t[w].lower) && !isCap(t[w + 1] ?? t[w]) && ends(t[w + 1]))
        return { head: w, to: w + 1, text: compound(w) };
      if (!isCap(t[w]) && w > words[0]) break;
    }
  return null;
}

/** The unit written after a number (token `k` is the first token after it). */
function readUnit(t: readonly Token[], n: NumberRead, k: number, money: string | null): UnitRead | null {
  const lex = figureLexicon();
  phraseLists();
  const count = (unit: string | null, to: number, rule: string): UnitRead => ({
    category: "count",
    unit,
    factor: 1,
    to,
    bare: false,
    rule,
  });
  // joined suffix: "75m", "80p", "2kW"
  if (n.suffix !== null) {
    const s = n.suffix;
    // "tenfold": a multiplier written as one word
    if (s === "fold" && n.words) return count("fold", k, "count-multiplier");
    if (money && lex.suffixScales.has(s))
      return {
        category: "money",
        unit: money,
        factor: lex.suffixScales.get(s)!,
        to: k,
        bare: false,
        rule: "money-sign",
      };
    if (!money && lex.currencyWords.has(s)) {
      const c = lex.currencyWords.get(s)!;
      return { category: "money", unit: c.unit, factor: c.factor, to: k, bare: false, rule: "money-suffix" };
    }
    // ("3km/h": a speed keeps its time unit)
    if (!money && lex.measureUnits.has(s) && t[k]?.text === "/" && /^(?:s|h|hr|min)$/.test(t[k + 1]?.lower ?? ""))
      return count(`${s}/${t[k + 1].text}`, k + 2, "measure-suffix");
    if (!money && lex.measureUnits.has(s)) return count(t[k - 1].text, k, "measure-suffix");
    // "7.63secs", "90mins": a time unit joined to the numeral is a duration (lexicon `figures/time-units`)
    if (!money && lex.timeUnits.has(s))
      return {
        category: "duration",
        unit: lex.timeUnits.get(s)!,
        factor: 1,
        to: k,
        bare: false,
        rule: "duration-suffix",
      };
    // "2.5m high and 6m long": metres before a word of size, not millions.
    // "17m per second", "17m/s": a speed in metres.
    const speed =
      (t[k]?.lower === "per" && lex.timeUnits.has(t[k + 1]?.lower ?? "")) ||
      (t[k]?.text === "/" && /^(?:s|h|hr|min)$/.test(t[k + 1]?.lower ?? ""));
    // (the unit as written: "m", "m per second", "m/s")
    if (!money && s === "m" && (lex.dimensionWords.has(t[k]?.lower ?? "") || speed)) {
      const unit = speed ? `m${t[k].text === "/" ? "/" : " per "}${t[k + 1].text}` : "m";
      return { category: "count", unit, factor: 1, to: speed ? k + 2 : k, bare: false, rule: "measure-dimension" };
    }
    if (!money && lex.suffixScales.has(s)) {
      const f = lex.suffixScales.get(s)!;
      const c = currencyAt(t, k);
      if (c)
        return { category: "money", unit: c.unit, factor: f * c.factor, to: c.to, bare: false, rule: "money-word" };
      // "40m people" is forty million; "the 100m title" is a distance, not a figure
      const h = headNoun(t, k, false);
      if (h && s !== "m") return { ...count(h.text, h.to, "count-noun"), factor: f };
      if (h && s === "m" && lex.pluralNouns.has(t[h.head].lower))
        return { ...count(h.text, h.to, "count-noun"), factor: f };
      // ("drew an average of 10.9m viewers", "has 2m customers": any plural with decimals, or with no determiner
      // before the figure; not "the 100m hurdles", a race)
      const determined = /^(?:the|a|an|his|her|their|its|this|that|world)$/.test(t[n.from - 1]?.lower ?? "");
      const decimal = !Number.isInteger(n.value);
      // (nor a race's distance: "the 200m titles", "800m runners", "1500m champion")
      const distance = !decimal && RACE_METRES.has(n.value);
      if (
        h &&
        s === "m" &&
        isPlural(t[h.head].lower) &&
        (decimal || !determined) &&
        !distance &&
        !RACES.has(t[h.head].lower)
      )
        return { ...count(h.text, h.to, "count-noun"), factor: f };
      // "a life-time best of 16.76m", "cleared 4.88m": two decimal places and no noun after are metres (millions
      // are written with one: "£1.5m", "10.9m viewers")
      if (s === "m" && !h && /^\d{1,2}\.\d\d$/.test(t[n.from].text))
        return { category: "count", unit: "m", factor: 1, to: k, bare: false, rule: "measure-metres" };
    }
    return null;
  }
  if (money) return { category: "money", unit: money, factor: 1, to: k, bare: false, rule: "money-sign" };
  // percentages
  if (t[k]?.text === "%") return { category: "percent", unit: "%", factor: 1, to: k + 1, bare: false, rule: "percent" };
  for (const p of percentTokens!)
    if (at(t, k, p))
      return { category: "percent", unit: "%", factor: 1, to: k + p.length, bare: false, rule: "percent-words" };
  // currency words: "250 euros", "274.5 pence"
  const c = currencyAt(t, k);
  if (c) return { category: "money", unit: c.unit, factor: c.factor, to: c.to, bare: false, rule: "money-word" };
  // hyphenated: "90-day", "48-year-old", "6,000-strong community", "three-party"
  if (t[k]?.text === "-" && joined(t, k) && joined(t, k + 1) && t[k + 1]?.kind === "word") {
    const w = t[k + 1].lower;
    const time = lex.timeUnits.get(w);
    if (time) {
      let to = k + 2;
      if (t[to]?.text === "-" && t[to + 1]?.lower === "old") to += 2;
      else if (t[to]?.lower === "old") to += 1;
      return { category: "duration", unit: time, factor: 1, to, bare: false, rule: "duration-hyphen" };
    }
    // "10-times faster", "a 10-fold rise": a multiplier
    if ((w === "times" || w === "fold") && n.value > 1 && !n.scaled) return count(w, k + 2, "count-multiplier");
    if (lex.hyphenStop.has(w) || (n.words && n.value === 1)) return null;
    if (lex.hyphenAdjectives.has(w)) {
      const h = headNoun(t, k + 2, true);
      return count(h ? h.text : null, h ? h.to : k + 2, "count-hyphen-adjective");
    }
    if (lex.numberWords.has(w)) return null;
    return count(t[k + 1].text, k + 2, "count-hyphen");
  }
  // durations: "five years", "six months'"
  const time = lex.timeUnits.get(t[k]?.lower ?? "");
  if (time && t[k].kind === "word") {
    let to = k + 1;
    if (t[to] && (t[to].text === "'" || t[to].text === "’") && joined(t, to)) to++;
    return { category: "duration", unit: time, factor: 1, to, bare: false, rule: "duration" };
  }
  // "six of those months", "two of his six children"
  if (t[k]?.lower === "of" && lex.ofDeterminers.has(t[k + 1]?.lower ?? "")) {
    if (n.value === 1 && n.words) return null;
    let m = k + 2;
    const inner = t[m] ? readNumber(t, m) : null;
    if (inner && !inner.suffix) m = inner.to;
    const h = headNoun(t, m, false);
    if (h) {
      const tu = lex.timeUnits.get(t[h.head].lower);
      const to = inner ? k : h.to;
      if (tu) return { category: "duration", unit: tu, factor: 1, to, bare: false, rule: "duration-of" };
      return count(h.text, to, "count-of");
    }
    // ("104,000 jobs would be cut, with around 6,000 of those expected in Wales": a share of a group counted
    // before, bare, to take that count's unit)
    if (/^(?:those|these)$/.test(t[k + 1]?.lower ?? "") && !n.words)
      return { category: "count", unit: null, factor: 1, to: k, bare: true, rule: "bare" };
    return null;
  }
  // "about six out of 20 women"
  // ("117 million out of 833 million handsets": a whole in millions is a figure of its own)
  if (t[k]?.lower === "out" && t[k + 1]?.lower === "of" && t[k + 2]?.kind === "num") {
    const whole = readNumber(t, k + 2);
    const h = headNoun(t, whole?.to ?? k + 3, false);
    if (h) return count(h.text, whole?.scaled ? k : h.to, "count-out-of");
  }
  // "12 the number of provincial capitals"
  for (const b of bridgeTokens!)
    if (at(t, k, b)) {
      const h = headNoun(t, k + b.length, false);
      if (h) return count(h.text, h.to, "count-bridge");
    }
  // "competed four times" counts occasions; "four times as many", "400 times more likely" and
  // "by up to 10 times" are multipliers: counted too, as factors ("times"); "nine times out of ten" is a rate
  if (t[k]?.lower === "times" && t[k].kind === "word" && n.value > 1 && !n.scaled) {
    const after = t[k + 1];
    if (after?.lower === "out" && t[k + 2]?.lower === "of") return null;
    // "three times a year" is a frequency: still a count of occasions
    const rate = (after?.lower === "a" || after?.lower === "an") && lex.timeUnits.has(t[k + 2]?.lower ?? "");
    const by = t[n.from - 1]?.lower === "by" || (t[n.from - 3]?.lower === "by" && t[n.from - 2]?.lower === "up");
    const multiplier =
      by || (after?.kind === "word" && !rate && (lex.multiplierAfter.has(after.lower) || t[k + 2]?.lower === "than"));
    if (multiplier) return count(t[k].text, k + 1, "count-multiplier");
    return Number.isInteger(n.value) ? count(t[k].text, k + 1, "count-times") : null;
  }
  // "100,000 more sixth-form places", "two more years"
  if (lex.incrementWords.has(t[k]?.lower ?? "") && n.value !== 1) {
    const more = headNoun(t, k + 1, false);
    if (more && !lex.notUnits.has(t[more.head].lower)) {
      const tu = lex.timeUnits.get(t[more.head].lower);
      if (tu) return { category: "duration", unit: tu, factor: 1, to: more.to, bare: false, rule: "duration-more" };
      return count(more.text, more.to, "count-more");
    }
  }
  const h = headNoun(t, k, n.value === 1);
  // ("three quarters" is a fraction; "two consecutive quarters" counts periods: a word between makes the noun a unit)
  if (h && lex.notUnits.has(t[h.head].lower) && (h.head === k || !/s$/.test(t[h.head].lower))) return null;
  if (h) {
    const tu = lex.timeUnits.get(t[h.head].lower);
    if (tu) return { category: "duration", unit: tu, factor: 1, to: h.to, bare: false, rule: "duration" };
    return count(h.text, h.to, "count-noun");
  }
  return { category: "count", unit: null, factor: 1, to: k, bare: true, rule: "bare" };
}

/** A currency word at token `k` ("euros", "US dollars", "pence"). */
function currencyAt(t: readonly Token[], k: number): { unit: string; factor: number; to: number } | null {
  const lex = figureLexicon();
  phraseLists();
  for (const [p, key] of currencyWordTokens!) {
    if (p.length === 1 && p[0] === "p") continue;
    if (at(t, k, p)) {
      // "the 12 Euro zone countries": a currency word in a name is no unit
      if (lex.currencyCompounds.has(t[k + p.length]?.lower ?? "")) return null;
      const c = lex.currencyWords.get(key)!;
      return { unit: c.unit, factor: c.factor, to: k + p.length };
    }
  }
  return null;
}

/**
 * A currency named in words just before a scaled numeral ("Australian dollar 29.4bn", "euros 10m"),
 * with the token it starts at; only whole units, so "pence 5" is not money.
 */
function currencyWordBefore(t: readonly Token[], n: NumberRead): { unit: string; from: number; word: boolean } | null {
  const lex = figureLexicon();
  phraseLists();
  if (!n.scaled && !(n.suffix !== null && lex.suffixScales.has(n.suffix))) return null;
  for (const [p, key] of currencyWordTokens!) {
    const c = lex.currencyWords.get(key)!;
    if (c.factor !== 1 || !before(t, n.from, p)) continue;
    // "Australian dollar": take the adjective of nation written before a bare currency word
    const from = n.from - p.length;
    const adj = t[from - 1];
    if (p.length === 1 && adj && isCap(adj) && lex.subjects.has(subjectKey(adj.text))) {
      const both = lex.currencyWords.get(`${adj.lower} ${key}`) ?? lex.currencyWords.get(`${adj.lower} ${key}s`);
      if (both) return { unit: both.unit, from: from - 1, word: true };
    }
    return { unit: c.unit, from, word: true };
  }
  return null;
}

/** The currency sign written just before token `k` ("$", "US$", "£"), with the token it starts at. */
function currencySign(t: readonly Token[], k: number): { unit: string; from: number; word?: boolean } | null {
  const lex = figureLexicon();
  const s = t[k - 1];
  if (!s || !t[k] || s.kind !== "sym" || t[k].space) return null;
  const prefix = t[k - 2];
  if (prefix && prefix.kind === "word" && !s.space) {
    const u = lex.currencySymbols.get(prefix.lower + s.text);
    if (u) return { unit: u, from: k - 2 };
  }
  const u = lex.currencySymbols.get(s.text);
  return u ? { unit: u, from: k - 1 } : null;
}

/** The qualifier written before token `k` ("about", "more than", "an estimated", "sub-"). */
function qualifierBefore(t: readonly Token[], k: number): { from: number } | null {
  phraseLists();
  for (const q of qualifierTokens!) {
    if (!before(t, k, q)) continue;
    // "sub-$100" is joined; a hyphenated qualifier must touch what follows
    if (q[q.length - 1] === "-" && t[k].space) continue;
    // "taken it up to 26 weeks": "up" is the verb's particle, not a qualifier
    if (q[0] === "up" && figureLexicon().objectPronouns.has(t[k - q.length - 1]?.lower ?? "")) continue;
    return { from: k - q.length };
  }
  return null;
}

const titleCases = new WeakMap<readonly Token[], boolean>();
/** Whether a sentence is a Title Case headline ("Canada Sends 3,000 Troops"): most longer words capitalised. */
function titleCase(t: readonly Token[]): boolean {
  let v = titleCases.get(t);
  if (v === undefined) {
    const words = t.filter((x) => x.kind === "word" && x.text.length > 3);
    v = words.length >= 3 && words.filter(isCap).length >= 0.8 * words.length;
    titleCases.set(t, v);
  }
  return v;
}

/** Whether a lower-cased word starts or ends a qualifier ("Over", "About", "Some"). */
function isQualifierWord(word: string): boolean {
  phraseLists();
  return qualifierTokens!.some((q) => q[0] === word || q[q.length - 1] === word);
}

/** Whether the number at token `i` is part of a date, a time of day, a name or an ordinal. */
function notAFigure(t: readonly Token[], n: NumberRead): boolean {
  const lex = figureLexicon();
  const i = n.from;
  const prev = t[i - 1];
  const next = t[n.to];
  // "per 100 people" is a rate's base, not a figure
  if (prev?.lower === "per") return true;
  // "one in three homes": the base of a ratio, a proportion rather than a count
  const ratio = t[i - 2];
  const ratioNumber = ratio && (ratio.kind === "num" ? /^\d{1,2}$/.test(ratio.text) : lex.numberWords.has(ratio.lower));
  // "lost $4 in five days" measures a time, not a ratio
  if (prev?.lower === "in" && ratioNumber && t[i - 3]?.kind !== "sym") return true;
  // "one in five": the share's numerator
  const base = t[n.to + 1];
  const share = !n.scaled && n.suffix === null && prev?.kind !== "sym";
  if (
    share &&
    next?.lower === "in" &&
    base &&
    (base.kind === "num" ? /^\d{1,2}$/.test(base.text) : lex.numberWords.has(base.lower))
  )
    return true;
  if (n.words) return false;
  const raw = t[i].text;
  // joined to letters before ("A321", "x100m") or to a slash, colon or ampersand ("9/11", "10:30")
  if (prev && !t[i].space && (prev.kind === "word" || /^[/:#&.]$/.test(prev.text))) return true;
  if (next && !next.space && /^[/:]$/.test(next.text) && t[n.to + 1]?.kind === "num") return true;
  // "NX-01", "F-16": a numeral hyphenated to a word before it is part of a name
  if (prev?.text === "-" && !t[i].space && !prev.space && t[i - 2] && isCap(t[i - 2])) return true;
  // "FTSE 100", "Radio 4", "Boeing 747": a numeral right after a name (not in a Title Case headline)
  if (
    !titleCase(t) &&
    prev &&
    isCap(prev) &&
    // "the Bank's 2-3% target": a possessive is a determiner, not a name with a number
    !/['’]s$/.test(prev.lower) &&
    !lex.functionWords.has(prev.lower) &&
    !lex.months.has(prev.lower) &&
    !isQualifierWord(prev.lower) &&
    !lex.subjects.has(subjectKey(prev.text)) &&
    !lex.numberWords.has(prev.lower) &&
    i > 1
  )
    return true;
  if (
    n.suffix &&
    !lex.currencyWords.has(n.suffix) &&
    !lex.suffixScales.has(n.suffix) &&
    !lex.measureUnits.has(n.suffix) &&
    !lex.timeUnits.has(n.suffix)
  )
    return true;
  const int = /^\d+$/.test(raw) ? Number(raw) : NaN;
  // dates: "Aug. 15", "15 April", "January 9"
  if (int >= 1 && int <= 31) {
    const p = prev?.text === "." ? t[i - 2] : prev;
    if (p && lex.months.has(p.lower) && isCap(p)) return true;
    if (next && lex.months.has(next.lower) && isCap(next)) return true;
  }
  if (next && lex.timeOfDay.has(next.lower.replace(/\.$/, ""))) return true;
  // "10 737-800 planes": a model number hyphenated to another number names a product
  if (
    next &&
    !next.space &&
    next.text === "-" &&
    t[n.to + 1]?.kind === "num" &&
    !t[n.to + 1].space &&
    /^\d{3,}$/.test(raw)
  )
    return true;
  // "three top 20 singles": a rank after "top" is not a count
  if (prev?.lower === "top") return true;
  // "2005 offers the chance", "2004 was a record year": a year as its sentence's subject
  // (lexicon `dates/year-subject-verbs`)
  if (/^(?:19|20)\d\d$/.test(raw) && next && YEAR_SUBJECT_VERBS.has(next.lower)) return true;
  return false;
}

/**
 * Whether a reported change ("rose", "lifted", "by") stands within four words before token `k`, so
 * that "X to Y" is a change and a new level; a plan or forecast ("would cut … by") keeps a range.
 */
function changeBefore(t: readonly Token[], k: number): boolean {
  const lex = figureLexicon();
  for (let m = k - 1; m >= 0 && m >= k - 4; m--) {
    if (t[m].kind !== "word") return false;
    if (!lex.changeWords.has(t[m].lower)) continue;
    // "plans to cut 2,000 to 3,000", "would cut its profits by $3.8m to $4.9m": a forecast range
    if (t[m - 1]?.lower === "to") return false;
    for (let b = m - 1; b >= 0 && b >= m - 5 && t[b].kind === "word"; b--)
      if (lex.forecastWords.has(t[b].lower) && t[b].lower !== "to") return false;
    return true;
  }
  return false;
}

/**
 * Whether "one" counts its noun after a word of possession or restriction ("has one problem still
 * to solve", "only one side"): a one-word noun phrase, not a verb ("only one showed") or a duration.
 */
function countedOne(t: readonly Token[], n: NumberRead, unit: UnitRead): boolean {
  const lex = figureLexicon();
  if (!lex.oneCounters.has(t[n.from - 1]?.lower ?? "") || unit.to !== n.to + 1 || unit.category !== "count")
    return false;
  const noun = t[n.to].lower;
  if (/(ed|ing|ly)$/.test(noun) || lex.timeUnits.has(noun)) return false;
  const next = t[unit.to];
  // a content word after the noun must be a verb in the past ("only one bidder remained")
  return !next || next.kind !== "word" || lex.functionWords.has(next.lower) || isCap(next) || /ed$/.test(next.lower);
}

/**
 * The plural noun of "the number of X" written earlier in the clause of a bare number at token `k`
 * ("the number of people employed rose to 38.9 million" → people), or null. The search stops at
 * another number or a comma or clause break; "a number of" and "any number of" are vague.
 */
function numberOfBefore(t: readonly Token[], k: number): string | null {
  const lex = figureLexicon();
  for (let m = k - 1; m >= 1 && m >= k - 15; m--) {
    const w = t[m];
    if (w.kind === "num" || (w.kind === "sym" && /^[.,;:!?()"“”]$/.test(w.text))) return null;
    if (w.lower === "of" && t[m - 1].lower === "number") {
      // "a number of", "any number of" are vague
      if (/^an?$|^any$/.test(t[m - 2]?.lower ?? "")) return null;
      const h = headNoun(t, m + 1, false);
      return h && !lex.timeUnits.has(t[h.head].lower) ? h.text : null;
    }
  }
  return null;
}

/** Whether a four-digit numeral is a year ("in 2021"), judged by what follows it. */
function isYear(t: readonly Token[], n: NumberRead, unit: UnitRead | null): boolean {
  const raw = t[n.from].text;
  if (n.words || !/^\d{4}$/.test(raw) || n.suffix || n.scaled) return false;
  const v = Number(raw);
  if (v < 1000 || v > 2100) return false;
  if (unit && (unit.category === "percent" || unit.category === "money")) return false;
  if (unit && !unit.bare && unit.category === "count" && unit.unit && isPlural(unit.unit.toLowerCase())) {
    const p = t[n.from - 1]?.lower ?? "";
    if (figureLexicon().months.has(p)) return true;
    // "Based on 2004 figures", "the 2005 elections"
    if (figureLexicon().yearHeads.has(unit.unit.toLowerCase())) return true;
    // "the year 2004 shows", "financial year 2005"
    if (p === "year") return true;
    return [
      "in",
      "since",
      "the",
      "of",
      "by",
      "from",
      "until",
      "to",
      "between",
      "and",
      "before",
      "after",
      "during",
    ].includes(p);
  }
  return true;
}

// An age range whose low end starts at token `i`: after "between the ages of", "aged between" or "aged", with "and",
// "to" or a hyphen before its high end.
function readAgeRange(t: readonly Token[], i: number, n: NumberRead): FigureRead | null {
  const before = (k: number) => t[i - k]?.lower ?? "";
  const between =
    before(4) === "between" && before(3) === "the" && before(2) === "ages" && before(1) === "of"
      ? i - 4
      : before(2) === "aged" && before(1) === "between"
        ? i - 1
        : -1;
  if (between < 0 && before(1) !== "aged") return null;
  const link = t[n.to]?.lower ?? "";
  if (!(between >= 0 ? link === "and" : /^(?:to|-)$/.test(link))) return null;
  const high = readNumber(t, n.to + 1);
  if (!high || high.value <= n.value || high.value >= 120 || n.value >= 120) return null;
  const range = ageFigure(between >= 0 ? between : i, high.to, i, n, high.value, null, "duration-age-range");
  return { ...range, alsoConsumed: [n.to + 1] };
}

// An age in years read from tokens `from` to `to`, its number `n` at token `i`.
function ageFigure(
  from: number,
  to: number,
  i: number,
  n: NumberRead,
  high: number | null,
  approx: string | null,
  rule: string,
): FigureRead {
  return {
    from,
    to,
    numFrom: i,
    numTo: n.to,
    alsoConsumed: [],
    value: n.value,
    value_high: high,
    unit: "years",
    category: "duration",
    approx,
    bare: false,
    numberOf: null,
    rule,
  };
}

/**
 * Reads the figure whose number starts at token `i` of a sentence, with its currency sign,
 * qualifiers, unit and a range's upper bound; null where the number is not a figure.
 */
export function readFigure(t: readonly Token[], i: number): FigureRead | null {
  const lex = figureLexicon();
  phraseLists();
  const n = readNumber(t, i);
  if (!n) return null;
  if (n.words && n.value === 0) return null;
  // "69% of over-55s", "the over-60 age group", "under-13s": an age group, its bound an age in years
  // (not a team's name or level, "England Under-21", "an under-21 international")
  if (/^(?:over|under)$/.test(t[i - 2]?.text ?? "") && t[i - 1]?.text === "-" && joined(t, i - 1) && joined(t, i)) {
    if (n.words || n.value >= 120 || AGE_TEAM.has(t[n.to]?.lower ?? "")) return null;
    return ageFigure(i - 2, n.to, i, n, null, t[i - 2].text, "duration-age-group");
  }
  // "between the ages of 10 and 17", "aged between 18 and 34", "aged 16 to 18": an age range
  const ageRange = readAgeRange(t, i, n);
  if (ageRange) return ageRange;
  if (notAFigure(t, n)) return null;
  // "2021-08-13", "3-1": joined by a hyphen to a numeral before
  const h = t[i - 1];
  if (h && !t[i].space && /^[-–]$/.test(h.text) && t[i - 2]?.kind === "num" && !h.space) return null;
  const sign = n.words ? null : (currencySign(t, i) ?? currencyWordBefore(t, n));
  let from = sign ? sign.from : i;
  const unit = readUnit(t, n, n.to, sign?.unit ?? null);
  if (!unit) return null;
  if (isYear(t, n, unit)) return null;
  // "the Six Nations": a capitalised number word inside a name
  if (n.words && i > 0 && isCap(t[i]) && t[i - 1].kind === "word" && t[n.to] && isCap(t[n.to])) return null;
  // ("Ocean's Twelve raids box office": after a name's possessive too; "50 Cent's G-Unit crew": a numeral before a
  // capitalised possessive is a name's)
  if (n.words && i > 0 && isCap(t[i]) && /^\p{Lu}[\p{L}.-]*['’]s?$/u.test(t[i - 1].text)) return null;
  // ("TV channel Five has been criticised", "the Fantastic Four characters": a capitalised number word after a
  // word, not opening a sentence, names something; not after a heading in capitals, "… OTHER GAFFES Three people")
  if (n.words && i > 0 && isCap(t[i]) && t[i - 1].kind === "word" && !/^\p{Lu}+$/u.test(t[i - 1].text) && !titleCase(t))
    return null;
  if (!n.words && t[n.to] && isCap(t[n.to]) && /['’]s$/.test(t[n.to].text)) return null;
  let value = n.value * unit.factor;
  let to = unit.to;
  let { category, rule } = unit;
  if (sign?.word) rule = "money-word-before";
  if (n.words && n.value === 1 && !n.scaled && rule === "count-noun" && countedOne(t, n, unit)) rule = "count-one";
  let unitText = unit.unit;
  let bare = unit.bare;
  let high: number | null = null;
  const alsoConsumed: number[] = [];
  // "one" counts only with a scale, a qualifier or a rate ("one laptop per child")
  const q = qualifierBefore(t, from);
  // "one or two of his colleagues": "one" opens a range
  // ("for periods of between one and four hours": so does "between one and")
  const opensRange =
    (t[to]?.lower === "or" ||
      t[to]?.lower === "to" ||
      (t[to]?.lower === "and" && t[(q ? q.from : from) - 1]?.lower === "between")) &&
    readNumber(t, to + 1) !== null;
  // ("one minute, 46.68 seconds": "one" opens a compound time, a numeral with a smaller time unit after it)
  let k1 = to;
  if (t[k1]?.text === ",") k1++;
  if (t[k1]?.lower === "and") k1++;
  const opensCompound = category === "duration" && t[k1]?.kind === "num" && lex.timeUnits.has(t[k1 + 1]?.lower ?? "");
  if (n.words && n.value === 1 && !n.scaled && !q && !opensRange && !opensCompound) {
    if (unit.rule !== "count-noun") return null;
    if (t[to]?.lower !== "per" && !countedOne(t, n, unit)) return null;
  }
  // "the 3230 and 7710": four or more digits with no thousands separator and no unit name a model or code
  if (unit.bare && !n.words && /^\d{4,}$/.test(t[i].text)) return null;
  // ranges: "$40-50 billion", "between 500 and 600", "3% to 3.5%", "five or six years"
  const between = (q ? t[q.from - 1] : t[from - 1])?.lower === "between";
  const fromWord = t[from - 1]?.lower === "from" || (q && t[q.from - 1]?.lower === "from");
  let c = to;
  if (between && t[c]?.text === "(") {
    while (c < t.length && t[c].text !== ")") c++;
    c++;
  }
  const conn = t[c];
  const hyphen =
    conn && (conn.text === "-" || conn.text === "–") && (c === to ? !conn.space && joined(t, c + 1) : true);
  const connector =
    conn &&
    !fromWord &&
    !(conn.lower === "to" && !bare && changeBefore(t, q ? q.from : from)) &&
    (hyphen || conn.lower === "to" || conn.lower === "or" || (between && conn.lower === "and"));
  if (connector) {
    let k2 = c + 1;
    const sign2 =
      t[k2]?.kind === "sym"
        ? currencySign(t, k2 + 1)
        : t[k2]?.kind === "word" && t[k2 + 1]?.kind === "sym"
          ? currencySign(t, k2 + 2)
          : null;
    if (sign2) k2 = sign2.from + (t[sign2.from].kind === "word" ? 2 : 1);
    const n2 = readNumber(t, k2);
    if (n2 && !notAFigure(t, n2)) {
      const u2 = readUnit(t, n2, n2.to, sign2?.unit ?? sign?.unit ?? null);
      const sameKind = u2 && !u2.bare && (bare || (u2.category === category && (u2.unit ?? "") === (unitText ?? "")));
      const ownUnit = unit.to > n.to;
      // ("$40-50 billion": the low end shares the high end's scale; "700,000 and one million" has its own)
      const shared = !n.scaled && n.value <= n2.value / n2.scale;
      const low = n.value * (shared ? n2.scale : 1) * (ownUnit ? unit.factor : (u2?.factor ?? 1));
      // ("six or seven million": two bare numbers share the second's scale)
      const bareScaled = u2 !== null && u2.bare && bare && shared && n2.scale > 1;
      if (u2 && (sameKind || bareScaled) && n2.value * u2.factor >= low) {
        value = low;
        high = n2.value * u2.factor;
        category = u2.category;
        unitText = u2.unit;
        bare = bareScaled;
        rule = `range+${u2.rule}`;
        if (between) from = (q ? q.from : from) - 1;
        to = u2.to;
        for (let m = n2.from; m < n2.to; m++) alsoConsumed.push(m);
      }
    }
  }
  // "one million or more"
  let approx: string | null = null;
  for (const a of afterTokens!)
    if (at(t, to, a)) {
      approx = a.join(" ");
      to += a.length;
      // "10 or so images": the unit comes after the qualifier
      const after = bare && high === null ? readUnit(t, n, to, sign?.unit ?? null) : null;
      if (after && !after.bare && (after.category === "count" || after.category === "duration")) {
        value = n.value * after.factor;
        category = after.category;
        unitText = after.unit;
        bare = false;
        rule = `${after.rule}+qualifier-after`;
        to = after.to;
      }
      break;
    }
  // "used five PCs over three days", "earnings over the last ten years": "over" before a duration spans it
  // (but "for over three years", "lasted over an hour" count it).
  const spanning =
    q !== null &&
    category === "duration" &&
    t[q.from].lower === "over" &&
    q.from + 1 === i &&
    !/^(?:for|of|than|lasting|lasted|took|takes|spent)$/.test(t[q.from - 1]?.lower ?? "");
  if (q && !spanning) {
    from = q.from;
    approx = t
      .slice(q.from, sign ? sign.from : i)
      .map((x, m) => (m > 0 && x.space ? " " : "") + x.text)
      .join("")
      .replace(/\s+$/, "");
  }
  // "at the age of 84", "aged 48"
  if (bare) {
    for (const a of ageTokens!)
      if (before(t, from, a)) {
        category = "duration";
        unitText = "years";
        bare = false;
        rule = "duration-age";
      }
  }
  // "raise the pension age for council workers from 60 to 65": the bounds of an age a few words after it
  if (
    bare &&
    /^(?:from|to|at|and)$/.test(t[from - 1]?.lower ?? "") &&
    t.slice(Math.max(0, from - 7), from - 1).some((x) => x.lower === "age") &&
    !t.slice(Math.max(0, from - 7), from - 1).some((x) => x.kind === "num" || /^[.;:!?]$/.test(x.text))
  ) {
    category = "duration";
    unitText = "years";
    bare = false;
    rule = "duration-age-range";
  }
  // "when she was 14", "by then I will be 35": a person's age after a pronoun and a copula, ending the clause
  if (
    bare &&
    high === null &&
    /^[.,;!?]$|^(?:and|but|when|so)$/.test(t[n.to]?.lower ?? ".") &&
    AGE_COPULA.test(
      t
        .slice(Math.max(0, from - 3), from)
        .map((x) => x.lower)
        .join(" "),
    )
  ) {
    category = "duration";
    unitText = "years";
    bare = false;
    rule = "duration-age-copula";
  }
  // "the total number of jobs to go at the firm to 5,500": the noun counted earlier in the clause
  const numberOf = bare && category === "count" && high === null ? numberOfBefore(t, from) : null;
  if (category === "count" && unitText && lex.timeUnits.has(unitText.toLowerCase())) category = "duration";
  // Times, not durations: "in five years' time", "in two weeks time" (a date to come), "Two or three years ago" (a
  // range's "ago"), "on 75 minutes" (a match's minute), "never in a million years" (a figure of speech).
  if (category === "duration") {
    const prev = t[from - 1]?.lower ?? "";
    // (the second of a range too: "in three or four years' time")
    const inBefore = prev === "in" || (/^(?:or|to)$/.test(prev) && t[from - 3]?.lower === "in");
    if (inBefore && t[to]?.lower === "time") return null;
    // ("N years ago" is a date)
    if (t[to] && lex.agoWords.has(t[to].lower)) return null;
    if (prev === "on" && /^minutes?$/.test(unitText ?? "")) return null;
    if (prev === "in" && value >= 1e6 && t[from]?.lower === "a") return null;
  }
  for (let m = n.to, depth = 0; m < to; m++) {
    if (t[m].text === "(") depth++;
    else if (t[m].text === ")") depth--;
    else if (t[m].kind === "num" && depth === 0) alsoConsumed.push(m);
  }
  return {
    from,
    to,
    numFrom: i,
    numTo: n.to,
    alsoConsumed,
    value,
    value_high: high,
    unit: unitText,
    category,
    approx,
    bare,
    numberOf,
    rule,
  };
}

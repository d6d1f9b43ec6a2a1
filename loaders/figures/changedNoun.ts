import { lexiconSet } from "../lexicon/lexicon.ts";
import { figureLexicon } from "./figureLexicon.ts";
import type { Token } from "./tokenize.ts";

const AUXILIARIES = new Set(["has", "have", "had", "was", "were", "is", "are", "been", "be", "also", "then", "all"]);
const PARTICLES = new Set(["by", "to", "from", "up", "down"]);
const PREPOSITIONS = new Set([
  "of",
  "for",
  "in",
  "on",
  "at",
  "from",
  "with",
  "among",
  "across",
  "out",
  "over",
  "under",
]);
const DETERMINERS = lexiconSet("determiners");
const isAdverb = (w: Token) => /^\p{Ll}+ly$/u.test(w.text) || w.lower === "year-on-year";

/** The head of a noun phrase's words: before its first preposition, or in the "of" phrase of an amount. */
function headOf(np: readonly Token[]): Token | null {
  const lex = figureLexicon();
  const words = np.filter((w) => !lex.postnominal.has(w.lower));
  // "the number of Japanese films released": a trailing participle modifies the noun before it
  if (words.length > 1 && /ed$/.test(words[words.length - 1].lower)) words.pop();
  const prep = words.findIndex((w) => PREPOSITIONS.has(w.lower));
  const head = prep > 0 ? words[prep - 1] : words[words.length - 1];
  if (!head || head.kind !== "word" || lex.functionWords.has(head.lower) || lex.notUnits.has(head.lower)) return null;
  // "the volume of sales": an amount counts the head of its "of" phrase; a bare "total" counts nothing
  if (lex.quantityNouns.has(head.lower))
    return prep > 0 && words[prep].lower === "of" ? headOf(words.slice(prep + 1)) : null;
  return head;
}

/**
 * What a bare number after "to", "from" or "by" counts when a verb of change comes before it in
 * its clause: the verb's object ("trimmed its workforce by about 200,000" → workforce) or, with no
 * object, its subject ("loans for new property purchases fell 25% to 85,000" → loans). `from` is
 * the figure's first token (its qualifier, if any). Null when the noun is a name or not found.
 */
export function changedNoun(t: readonly Token[], from: number): string | null {
  const lex = figureLexicon();
  if (!PARTICLES.has(t[from - 1]?.lower ?? "")) return null;
  let v = from - 2;
  for (; v >= 0 && v >= from - 12; v--) {
    const w = t[v];
    if (w.kind === "sym" && /^[,;:()]$/.test(w.text)) return null;
    if (lex.clauseBreaks.has(w.lower)) return null;
    if (lex.changeVerbs.has(w.lower)) break;
  }
  if (v < 1 || !lex.changeVerbs.has(t[v].lower)) return null;
  // The object: the words between the verb and its particle, if any ("trimmed its workforce by")
  const object: Token[] = [];
  for (let m = v + 1; m < from - 1 && !PARTICLES.has(t[m].lower); m++) {
    if (t[m].kind === "num") return subjectOf(t, v);
    if (t[m].kind === "word" && !isAdverb(t[m]) && !DETERMINERS.has(t[m].lower)) object.push(t[m]);
  }
  // "doubled in a year to 13 million": a prepositional phrase is no object
  if (!object.length || PREPOSITIONS.has(object[0].lower)) return subjectOf(t, v);
  // "reduced Nissan's overheads": a possessive is a determiner
  const np = object.filter((w) => !/['’]s$/.test(w.text));
  const head = np.length ? headOf(np) : null;
  return head && /^\p{Ll}/u.test(head.text) ? head.text : null;
}

/** The head noun of the subject of the verb at token `v`, or null. */
function subjectOf(t: readonly Token[], v: number): string | null {
  const lex = figureLexicon();
  let m = v - 1;
  while (m >= 0 && (AUXILIARIES.has(t[m].lower) || isAdverb(t[m]))) m--;
  const np: Token[] = [];
  for (; m >= 0; m--) {
    const w = t[m];
    if (w.kind === "sym" && /^["“”']$/.test(w.text)) continue;
    // "The number waiting over 12 months also fell": a number inside is no noun phrase of a count
    if (w.kind === "num") return null;
    // "co-productions": a hyphenated compound is one word
    if (w.text === "-" && !w.space && np.length && !np[0].space && t[m - 1]?.kind === "word") {
      const first = t[m - 1];
      np[0] = {
        ...np[0],
        text: first.text + "-" + np[0].text,
        lower: first.lower + "-" + np[0].lower,
        start: first.start,
      };
      m--;
      continue;
    }
    if (w.kind !== "word" || DETERMINERS.has(w.lower) || lex.clauseBreaks.has(w.lower)) break;
    if (lex.functionWords.has(w.lower) && !PREPOSITIONS.has(w.lower)) break;
    np.unshift(w);
  }
  while (np.length && PREPOSITIONS.has(np[0].lower)) np.shift();
  if (!np.length) return null;
  const head = headOf(np);
  // "Unemployment fell …": a capital only where the sentence starts
  if (!head || (/^\p{Lu}/u.test(head.text) && !(head === np[0] && m < 0))) return null;
  return head.text;
}

import { clauseOf } from "./clauseOf.ts";
import { figureLexicon, subjectKey } from "./figureLexicon.ts";
import type { FigureRead } from "./readFigure.ts";
import type { Token } from "./tokenize.ts";

/** Runs of capitalised words in tokens `[from, to)` that can name an owner ("U.S.", "British Airways"). */
function entities(t: readonly Token[], from: number, to: number): { from: number; to: number; text: string }[] {
  const lex = figureLexicon();
  const out: { from: number; to: number; text: string }[] = [];
  const long = t.filter((y) => y.kind === "word" && y.text.length > 3);
  const titleCase = long.length >= 3 && long.filter((y) => /^\p{Lu}/u.test(y.text)).length >= 0.8 * long.length;
  let k = from;
  while (k < to) {
    const x = t[k];
    const name = (y: Token | undefined) =>
      y !== undefined &&
      y.kind === "word" &&
      /^\p{Lu}/u.test(y.text) &&
      !lex.notSubjects.has(y.lower.replace(/['’]s$/, "")) &&
      !lex.months.has(y.lower) &&
      !lex.numberWords.has(y.lower);
    if (!name(x)) {
      k++;
      continue;
    }
    let e = k + 1;
    while (e < to && name(t[e]) && !/['’]s$/.test(t[e - 1].text)) e++;
    // a sentence's first word is capitalised anyway: a name only if known or followed by a name
    if (k === 0 && e === 1 && !lex.subjects.has(subjectKey(x.text)) && !/\./.test(x.text)) {
      k = e;
      continue;
    }
    // in a Title Case headline a name runs into the verb ("Canada Sends"): keep a known name's words
    if (titleCase && e - k > 1)
      for (let m = e - 1; m > k; m--)
        if (
          lex.subjects.has(
            subjectKey(
              t
                .slice(k, m)
                .map((y) => y.text)
                .join(" "),
            ),
          )
        ) {
          e = m;
          break;
        }
    const text = t
      .slice(k, e)
      .map((y) => y.text)
      .join(" ")
      .replace(/['’]s$/, "");
    out.push({ from: k, to: e, text });
    k = e;
  }
  return out;
}

const pronoun = (x: Token | undefined) =>
  x !== undefined && /^(it|they|he|she|we|its|their|his|her|our)$/.test(x.lower);

/**
 * Who or what a figure belongs to, from its sentence: the first name in its clause before it
 * ("The U.S. is sending 3,000 troops" → "U.S."), else a name inside or after it in the clause
 * ("13 American troops", "21,000 Afghans Canada had promised"), else the sentence's first name
 * where the clause has none or opens with a pronoun; null where the sentence names nobody.
 */
export function figureSubject(tokens: readonly Token[], read: FigureRead): string | null {
  // "Mrs Parker Bowles, 57,": an age in apposition belongs to the name before it
  if (read.rule === "duration-age-apposition") {
    const names = entities(tokens, 0, read.from - 1);
    if (names.length && names[names.length - 1].to === read.from - 1) return names[names.length - 1].text;
  }
  const clause = clauseOf(tokens, read.from, read.to);
  let first = clause.from;
  while (first < read.from && tokens[first].kind !== "word") first++;
  if (pronoun(tokens[first])) {
    const sentence = entities(tokens, 0, clause.from);
    if (sentence.length) return sentence[0].text;
  }
  const before = entities(tokens, clause.from, read.from);
  if (before.length) return before[0].text;
  const inside = entities(tokens, read.numTo, read.to).filter((e) => e.text !== read.unit);
  if (inside.length) return inside[0].text;
  const after = entities(tokens, read.to, clause.to);
  if (after.length) return after[0].text;
  const sentence = entities(tokens, 0, clause.from);
  return sentence.length ? sentence[0].text : null;
}

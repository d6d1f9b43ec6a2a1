import { figureLexicon } from "./figureLexicon.ts";
import type { Token } from "./tokenize.ts";

/** A number read from tokens: its value and the token range `[from, to)` it spans. */
export interface NumberRead {
  value: number;
  from: number;
  to: number;
  /** Written in words ("five", "a thousand") rather than digits. */
  words: boolean;
  /** Letters joined to the numeral ("m" in "75m", "p" in "80p"), lower-cased, or null. */
  suffix: string | null;
  /** A scale word or suffix was applied ("700 million", "1.5bn"). */
  scaled: boolean;
  /** The multiplier of that scale (1 when none). */
  scale: number;
}

const joined = (toks: readonly Token[], k: number) => k < toks.length && !toks[k].space;

function parseNumeral(text: string): number {
  return Number(text.replace(/,/g, ""));
}

/** Reads a scale word after a number ("million", "thousand", "bn"), returning its multiplier. */
function scaleAt(toks: readonly Token[], k: number): number | null {
  const lex = figureLexicon();
  const t = toks[k];
  if (!t || t.kind !== "word") return null;
  return (
    lex.scales.get(t.lower) ??
    (t.space && (t.lower === "bn" || t.lower === "mn") ? 1e9 / (t.lower === "mn" ? 1e3 : 1) : null)
  );
}

/** Reads a numeral ("3,700", "1.5bn", "£75m" without its sign) starting at token `i`. */
function readNumeral(toks: readonly Token[], i: number): NumberRead | null {
  const lex = figureLexicon();
  let value = parseNumeral(toks[i].text);
  let to = i + 1;
  let suffix: string | null = null;
  let scaled = false;
  let scale = 1;
  if (joined(toks, to) && toks[to].kind === "word") {
    suffix = toks[to].lower;
    to++;
    const s = lex.suffixScales.get(suffix) ?? lex.scales.get(suffix);
    if (s !== undefined && suffix !== "m") {
      value *= s;
      scale = s;
      scaled = true;
      suffix = null;
    }
  }
  // ("$36.5-million": Canadian papers join the scale word with a hyphen)
  const hyphened =
    suffix === null && toks[to]?.text === "-" && joined(toks, to) && joined(toks, to + 1)
      ? scaleAt(toks, to + 1)
      : null;
  if (hyphened !== null && hyphened >= 1e6) {
    value *= hyphened;
    scale = hyphened;
    scaled = true;
    to += 2;
  } else if (suffix === null) {
    const s = scaleAt(toks, to);
    if (s !== null && s !== 100 && toks[to].lower !== "dozen") {
      value *= s;
      scale = s;
      scaled = true;
      to++;
    }
  }
  return { value, from: i, to, words: false, suffix, scaled, scale };
}

// "-and-a-half" or " and a half" at token `k`: the fraction's value and the token after it.
function fractionAfter(toks: readonly Token[], k: number): { value: number; to: number } | null {
  const lex = figureLexicon();
  const seq = (n: number) =>
    toks
      .slice(k, k + n)
      .map((x) => x.lower)
      .join(" ");
  if (seq(5) === "- and - a -" && [k, k + 1, k + 2, k + 3, k + 4, k + 5].every((m) => joined(toks, m))) {
    const value = lex.fractions.get(toks[k + 5]?.lower ?? "");
    return value === undefined ? null : { value, to: k + 6 };
  }
  if (seq(2) === "and a") {
    const value = lex.fractions.get(toks[k + 2]?.lower ?? "");
    return value === undefined ? null : { value, to: k + 3 };
  }
  return null;
}

/** Reads a number written in words ("twenty-one thousand", "a quarter of a million") at token `i`. */
function readWords(toks: readonly Token[], i: number): NumberRead | null {
  const lex = figureLexicon();
  const lower = (k: number) => toks[k]?.lower ?? "";
  let k = i;
  // "half a million", "a quarter of a million"
  let fraction = 1;
  if ((lower(k) === "a" || lower(k) === "one") && lex.fractions.has(lower(k + 1))) k++;
  if (lex.fractions.has(lower(k))) {
    const f = lex.fractions.get(lower(k))!;
    let m = k + 1;
    if (lower(m) === "of") m++;
    if ((lower(m) === "a" || lower(m) === "an") && lex.scales.has(lower(m + 1)) && lower(m + 1) !== "hundred") {
      fraction = f;
      k = m;
    } else return null;
  }
  let total = 0;
  let current = 0;
  let any = false;
  if ((lower(k) === "a" || lower(k) === "an") && lex.scales.has(lower(k + 1))) {
    current = 1;
    any = true;
    k++;
  }
  let lastWasHundred = false;
  let scale = 1;
  while (k < toks.length) {
    const w = lower(k);
    const n = lex.numberWords.get(w) ?? Infinity;
    const fits =
      !any || current === 0 || (lastWasHundred && n < 100) || (current % 100 >= 20 && current % 10 === 0 && n < 10);
    if (n !== Infinity && toks[k].kind === "word" && fits) {
      let v = n;
      // "twenty-one"
      if (v >= 20 && v < 100 && lower(k + 1) === "-" && joined(toks, k + 1) && joined(toks, k + 2)) {
        const u = lex.numberWords.get(lower(k + 2));
        if (u !== undefined && u > 0 && u < 10) {
          v += u;
          k += 2;
        }
      }
      current += v;
      any = true;
      lastWasHundred = false;
      k++;
      continue;
    }
    const s = lex.scales.get(w);
    if (s !== undefined && any && toks[k].kind === "word") {
      if (s === 100) {
        current = (current || 1) * 100;
        lastWasHundred = true;
      } else if (w === "dozen") {
        current = (current || 1) * 12;
      } else {
        total += (current || 1) * s;
        scale = s;
        current = 0;
        lastWasHundred = false;
      }
      k++;
      continue;
    }
    // "two-and-a-half", "one and a half (million)": a fraction added to the number before it.
    const half = any && current > 0 ? fractionAfter(toks, k) : null;
    if (half) {
      current += half.value;
      k = half.to;
      continue;
    }
    if (w === "and" && lastWasHundred && lex.numberWords.has(lower(k + 1))) {
      k++;
      continue;
    }
    break;
  }
  if (!any) return null;
  // "one point three per cent": digits spoken after "point" make a decimal
  let decimal = "";
  if (lower(k) === "point" && total === 0 && current < 1000) {
    let m = k + 1;
    while (m < toks.length && toks[m].kind === "word" && (lex.numberWords.get(lower(m)) ?? 10) < 10) {
      decimal += String(lex.numberWords.get(lower(m)));
      m++;
    }
    if (decimal) k = m;
  }
  const value = (total + current + (decimal ? Number(`0.${decimal}`) : 0)) * fraction;
  const scaled = scale > 1;
  return { value, from: i, to: k, words: true, suffix: null, scaled, scale };
}

/** Reads a number (numeral or number words, with any scale) starting at token `i`, or null. */
export function readNumber(toks: readonly Token[], i: number): NumberRead | null {
  const t = toks[i];
  if (!t) return null;
  if (t.kind === "num") return readNumeral(toks, i);
  if (t.kind === "word") {
    // "tenfold", "threefold": a number word with "fold" joined to it
    const fold = /^([a-z]+)fold$/.exec(t.lower);
    const value = fold ? figureLexicon().numberWords.get(fold[1]) : undefined;
    if (value !== undefined && value > 1)
      return { value, from: i, to: i + 1, words: true, suffix: "fold", scaled: false, scale: 1 };
    return readWords(toks, i);
  }
  return null;
}

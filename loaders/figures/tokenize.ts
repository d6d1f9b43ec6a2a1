/** A word, numeral or symbol of a sentence, with its offsets into the article text. */
export interface Token {
  text: string;
  lower: string;
  kind: "num" | "word" | "sym";
  start: number;
  end: number;
  /** Whether whitespace separates this token from the one before it. */
  space: boolean;
}

const TOKEN = /\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’]\p{L}+)*|\S/gu;

/** Splits `text[start, end)` into tokens: numerals, words (with "U.S." as one word) and symbols. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const body = text.slice(start, end);
  TOKEN.lastIndex = 0;
  let last = 0;
  for (let m = TOKEN.exec(body); m; m = TOKEN.exec(body)) {
    const t = m[0];
    const kind = /^\d/.test(t) ? "num" : /^\p{L}/u.test(t) ? "word" : "sym";
    out.push({
      text: t,
      lower: t.toLowerCase(),
      kind,
      start: start + m.index,
      end: start + m.index + t.length,
      space: out.length === 0 || m.index > last,
    });
    last = m.index + t.length;
  }
  return out;
}

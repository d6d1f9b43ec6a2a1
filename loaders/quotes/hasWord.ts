const LETTER = /\p{L}/u;

/** Whether `word` stands in `text` as a word of its own (no letter either side), case as written. */
export function hasWord(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1))
    if (!LETTER.test(text[i - 1] ?? "") && !LETTER.test(text[i + word.length] ?? "")) return true;
  return false;
}

/** Whether a lower-case word looks like a plural noun: it ends in "s", but not "ss", "us" or "is" ("consumers", not "bonus"). */
export function looksPlural(word: string): boolean {
  return /^\p{Ll}{3,}s$/u.test(word) && !/(?:ss|us|is)$/.test(word);
}

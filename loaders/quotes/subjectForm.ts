const FORMS: Record<string, string> = { him: "he", her: "she", them: "they" };

/** The subject form of an object pronoun (`him` → `he`), for speakers met as objects ("quoted him as saying"). */
export function subjectForm(word: string): string {
  return FORMS[word.toLowerCase()] ?? word.toLowerCase();
}

import { lexiconSet } from "../lexicon/lexicon.ts";

const subjectVerbs = lexiconSet("dates/subject-verbs");
const pastVerbs = lexiconSet("dates/past-verbs");

/** Words before a date that make it a modifier inside a noun phrase. */
export const DETERMINERS = lexiconSet("determiners");

/** Words that open a relative clause. */
export const RELATIVE_PRONOUNS = new Set(["who", "which", "whom", "whose"]);

/** Whether a word is a finite verb that makes the noun phrase before it a clause's subject. */
export function subjectVerb(word: string): boolean {
  return subjectVerbs.has(word) || pastVerbs.has(word) || (word.length > 4 && word.endsWith("ed"));
}

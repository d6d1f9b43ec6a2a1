/**
 * Whether the name ending at `end` is a possessor ("Mr Mallon's claim", "the Smiths' house"), not the
 * subject of a contracted "is" or "has" ("Adam Curry's pressing ahead", "Curry's been").
 */
export function isPossessor(text: string, end: number): boolean {
  if (!/^['’]s?\b/.test(text.slice(end, end + 2))) return false;
  return !/^['’]s\s+(?:\p{Ll}+ing|been|got|not|also|now|still|never|always)\b/u.test(text.slice(end, end + 20));
}

/**
 * Whether the name ending at `end` is a possessor ("Mr Mallon's claim", "the Smiths' house", "Souness' remarks"), not the
 * subject of a contracted "is" or "has" ("Adam Curry's pressing ahead", "Curry's been").
 */
export function isPossessor(text: string, end: number): boolean {
  // ("Souness' remarks": a name in -s takes the apostrophe alone)
  if (/s$/.test(text.slice(end - 1, end)) && /^['’]\s+\p{L}/u.test(text.slice(end, end + 3))) return true;
  if (!/^['’]s\b/.test(text.slice(end, end + 2))) return false;
  return !/^['’]s\s+(?:\p{Ll}+ing|been|got|not|also|now|still|never|always)\b/u.test(text.slice(end, end + 20));
}

import type { Entities } from "./entities.ts";

const bare = (name: string) => name.replace(/^the\s+/i, "");
const wordsOf = (name: string) => bare(name).split(/\s+/);

// "Lib" of "Liberal", "Dems" of "Democrats", "Fed" of "Federal": a clipped word (three letters or more,
// a plural clipped with its "s") or the word itself.
function clipped(short: string, word: string, strict: boolean): boolean {
  const s = short.toLowerCase(),
    w = word.toLowerCase();
  if (!strict && s === w) return true;
  if (s.length < 3 || s.length >= w.length || !/^\p{Lu}/u.test(short)) return false;
  return w.startsWith(s) || (s.endsWith("s") && w.endsWith("s") && w.startsWith(s.slice(0, -1)));
}

// "the Lib Dems" for "the Liberal Democrats" (word by word, one word at least clipped); "the Fed" for
// "the Federal Reserve" (a short clipping of the first word, or of the word after a country's initials, not
// "Russia" of "the Russian Federation").
function clips(short: string, full: string): boolean {
  const s = wordsOf(short),
    w = wordsOf(full);
  // ("the Fed" for "the US Federal Reserve": past a country's initials too)
  const first = w.length > 2 && /^\p{Lu}{2,3}$/u.test(w[0]) ? w[1] : w[0];
  if (s.length === 1 && w.length > 1)
    return s[0].length <= 4 && first.length >= s[0].length + 3 && clipped(s[0], first, true);
  return (
    s.length === w.length && s.every((x, i) => clipped(x, w[i], false)) && s.some((x, i) => clipped(x, w[i], true))
  );
}

/**
 * The fullest name the article gives the organisation `name`: the name its initials or bracketed acronym
 * stand for ("the IAEA" → "the International Atomic Energy Agency"), a name it clips ("the Lib Dems" →
 * "the Liberal Democrats") or the department or ministry of a portfolio ("Defence"); else `name`. (Not a
 * nickname: "the Tories" stays as the article writes it.)
 */
export function fullOrganisationName(name: string, ents: Entities): string {
  const acronym = ents.acronyms.get(bare(name));
  if (acronym) return acronym;
  const fuller = new Set<string>();
  for (const m of ents.mentions) if (m.kind === "organization" && clips(name, m.name)) fuller.add(m.name);
  // ("Defence says" with "the Department of Defence": a portfolio alone for its department or ministry)
  if (!fuller.size && /^\p{Lu}\p{Ll}+$/u.test(name)) {
    const office = new RegExp(`^(?:Department|Ministry)\\s+(?:of|for)\\s+${name}$`);
    for (const m of ents.mentions) if (m.kind === "organization" && office.test(bare(m.name))) fuller.add(m.name);
  }
  // (one such name only: two would leave it unclear which is meant)
  return fuller.size === 1 ? [...fuller][0] : name;
}
